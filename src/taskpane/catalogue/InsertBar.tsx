import * as React from "react";
import { Button, Link, MessageBar, MessageBarBody, Spinner, Text, useId } from "@fluentui/react-components";
import type { Figure } from "../../core/report/figures/figure-types";
import { useSelectedCell } from "../app/selected-cell";
import { useStickyBarStyles } from "../app/sticky-bar";
import { InsertResultBar } from "./InsertResultBar";
import { useT } from "../i18n/i18n";
import { insertHow, type FigureInsert } from "./use-figure-insert";

interface Props {
  figure: Figure;
  insert: FigureInsert;
  /** Moves to the insert options, further up the preview. */
  onShowOptions?: () => void;
}

/** Says where and how the figure goes ("Insert at Sheet1!B2 · values · chart") and inserts it, always in reach. */
export function InsertBar({ figure, insert, onShowOptions }: Props): React.ReactElement {
  const styles = useStickyBarStyles();
  const { address } = useSelectedCell();
  const t = useT();
  const blockerId = useId("insert-blocker");
  const { options, busy, outcome, blocker, explained } = insert;
  const where =
    options.target === "newSheet"
      ? t("insert.onNewSheet")
      : t("insert.at", { address: address ?? t("insert.selectedCell") });
  return (
    <div className={styles.bar} role="region" aria-label={t("insert.region")} data-insert-bar={figure.id}>
      <div aria-live="polite">
        {outcome && (
          <InsertResultBar outcome={outcome} busy={busy} onInsertOnNewSheet={() => void insert.run("newSheet")} />
        )}
      </div>
      {explained && (
        <MessageBar intent="info" layout="multiline" id={blockerId}>
          <MessageBarBody>{blocker}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        {figure.insertable && (
          <Text size={200} className={styles.summary} data-insert-summary>
            {t("insert.summary")} <span className={styles.where}>{where}</span> ·{" "}
            {insertHow(options, insert.hasChart, t)}
            {onShowOptions && (
              <>
                {" "}
                ·{" "}
                <Link as="button" inline onClick={onShowOptions}>
                  {t("insert.change")}
                </Link>
              </>
            )}
          </Text>
        )}
        <Button
          className={styles.action}
          appearance="primary"
          disabledFocusable={blocker !== undefined || busy}
          aria-describedby={explained ? blockerId : undefined}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => void insert.run(options.target)}
        >
          {t(busy ? "insert.inserting" : "insert.insert")}
        </Button>
      </div>
    </div>
  );
}

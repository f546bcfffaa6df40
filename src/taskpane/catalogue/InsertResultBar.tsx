import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { InsertResult } from "../../excel/insert-types";
import { goToTable } from "../../excel/selection";
import { useCoreText } from "../i18n/core-text";
import { useT } from "../i18n/i18n";

/** The outcome of an insert: the writer's result, or an exception it threw. */
export type InsertOutcome =
  { kind: "result"; result: InsertResult; target: "selection" | "newSheet" } | { kind: "failed"; message: string };

const useStyles = makeStyles({
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

function Success({ result }: { result: Extract<InsertResult, { ok: true }> }): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const said = useCoreText();
  const [problem, setProblem] = React.useState<string | undefined>();
  return (
    <MessageBar intent="success" layout="multiline" data-insert-result="ok">
      <MessageBarBody>
        <MessageBarTitle>{t("result.inserted")}</MessageBarTitle>
        {t("result.table", { table: result.table, address: result.address })}
        {result.chart ? t("result.withChart", { chart: result.chart }) : ""}
        {t("list.stop")}
        {result.notes.length > 0 && (
          <ul className={styles.notes}>
            {result.notes.map((note, i) => (
              <li key={i}>{said(note)}</li>
            ))}
          </ul>
        )}
        {problem && <div role="alert">{problem}</div>}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => void goToTable(result.table).then(setProblem)}>
          {t("result.goTo")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface Props {
  outcome: InsertOutcome;
  onInsertOnNewSheet: () => void;
  busy: boolean;
}

export function InsertResultBar({ outcome, onInsertOnNewSheet, busy }: Props): React.ReactElement {
  const t = useT();
  const said = useCoreText();
  if (outcome.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" data-insert-result="error">
        <MessageBarBody>
          <MessageBarTitle>{t("result.failed")}</MessageBarTitle>
          {said(outcome.message)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const { result, target } = outcome;
  if (result.ok) return <Success result={result} />;
  // Only where a new sheet avoids the obstacle (a full, merged or protected target); not, say, a missing requirement
  // set.
  const offerNewSheet = target === "selection" && (result.occupied !== undefined || result.newSheetHelps === true);
  return (
    <MessageBar intent="warning" layout="multiline" data-insert-result="refused">
      <MessageBarBody>
        <MessageBarTitle>{t("result.nothing")}</MessageBarTitle>
        {said(result.reason)}
      </MessageBarBody>
      {offerNewSheet && (
        <MessageBarActions>
          <Button size="small" onClick={onInsertOnNewSheet} disabled={busy}>
            {t("result.newSheet")}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

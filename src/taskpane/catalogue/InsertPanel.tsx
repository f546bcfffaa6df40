import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Figure } from "../../core/report/figures/figure-types";
import { insertFigure } from "../../excel/insert-figure";
import type { InsertOptions } from "../../excel/insert-types";
import { insertBlocker, useHost } from "../app/host-context";
import { InsertOptionsForm } from "./InsertOptionsForm";
import { InsertResultBar, type InsertOutcome } from "./InsertResultBar";

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  insert: { alignSelf: "flex-start" },
});

const NOT_INSERTABLE = "This item cannot be inserted: its data is not in the bundled sources (see the note above).";

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function InsertPanel({ figure }: { figure: Figure }): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  const headingId = useId("insert-heading");
  const blockerId = useId("insert-blocker");
  const hasChart = figure.chart !== undefined;
  const [options, setOptions] = React.useState<InsertOptions>({ target: "selection", mode: "values", chart: hasChart, sourceNote: true });
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<InsertOutcome | undefined>();
  const blocker = figure.insertable ? insertBlocker(host) : NOT_INSERTABLE;
  // While the host is still being detected the button waits without a message; a reason is shown once known.
  const explained = blocker !== undefined && (host.kind !== "detecting" || !figure.insertable);

  const run = async (target: InsertOptions["target"]): Promise<void> => {
    const chosen: InsertOptions = { ...options, target, chart: options.chart && hasChart };
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ kind: "result", result: await insertFigure(figure, chosen), target });
    } catch (err) {
      setOutcome({ kind: "failed", message: message(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-insert-panel={figure.id}>
      <h3 id={headingId} className={styles.heading}>Insert into Excel</h3>
      {figure.insertable && <InsertOptionsForm options={options} hasChart={hasChart} onChange={setOptions} />}
      {explained && (
        <MessageBar intent="info" layout="multiline" id={blockerId}>
          <MessageBarBody>{blocker}</MessageBarBody>
        </MessageBar>
      )}
      <Button
        className={styles.insert}
        appearance="primary"
        disabledFocusable={blocker !== undefined || busy}
        aria-describedby={explained ? blockerId : undefined}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        onClick={() => void run(options.target)}
      >
        {busy ? "Inserting…" : "Insert"}
      </Button>
      <div aria-live="polite">
        {outcome && <InsertResultBar outcome={outcome} busy={busy} onInsertOnNewSheet={() => void run("newSheet")} />}
      </div>
    </section>
  );
}

import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, useId } from "@fluentui/react-components";
import { insertFormulaAtSelection, type FormulaInsertResult } from "../../excel/insert-formula";
import { insertBlocker, useHost } from "../app/host-context";
import { useSelectedCell } from "../app/selected-cell";
import { useStickyBarStyles } from "../app/sticky-bar";
import { useCoreText } from "../i18n/core-text";
import { useT } from "../i18n/i18n";

type Outcome = FormulaInsertResult | { ok: false; reason: string; thrown: true };

/** The builder's insert bar: the formula, the cell it goes into, and the button, always in reach. */
export function InsertFormula({ formula }: { formula: string }): React.ReactElement {
  const styles = useStickyBarStyles();
  const { address } = useSelectedCell();
  const host = useHost();
  const t = useT();
  const said = useCoreText();
  const blocker = insertBlocker(host, t);
  const blockerId = useId("formula-blocker");
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome | undefined>();
  React.useEffect(() => setOutcome(undefined), [formula]);

  const insert = async (): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await insertFormulaAtSelection(formula));
    } catch (err) {
      setOutcome({ ok: false, reason: err instanceof Error ? err.message : String(err), thrown: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.bar} role="region" aria-label={t("formula.region")}>
      <div aria-live="polite">
        {outcome?.ok === true && (
          <MessageBar intent="success" data-formula-insert="ok">
            <MessageBarBody>
              <MessageBarTitle>{t("formula.inserted")}</MessageBarTitle>
              {t("formula.insertedIn", { formula: outcome.formula, address: outcome.address })}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok === false && (
          <MessageBar
            intent={"thrown" in outcome ? "error" : "warning"}
            layout="multiline"
            data-formula-insert="refused"
          >
            <MessageBarBody>
              <MessageBarTitle>{t("formula.nothingInserted")}</MessageBarTitle>
              {said(outcome.reason)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {blocker && host.kind !== "detecting" && (
        <MessageBar intent="info" id={blockerId}>
          <MessageBarBody>{blocker}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Text size={200} className={styles.summary} data-insert-summary>
          {t("formula.into")} <span className={styles.where}>{address ?? t("formula.activeCell")}</span>{" "}
          {t("formula.ifEmpty")}
        </Text>
        <Button
          className={styles.action}
          appearance="primary"
          disabledFocusable={blocker !== undefined || busy}
          aria-describedby={blocker && host.kind !== "detecting" ? blockerId : undefined}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={() => void insert()}
        >
          {t("formula.insert")}
        </Button>
      </div>
    </div>
  );
}

import * as React from "react";
import { Button, Caption1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { subscribeOutcomes } from "../../excel/workbook/outcomes";
import { recalculateAseanCells, repairAseanFormulas, type ReenterResult } from "../../excel/workbook/reenter-formulas";
import { repairOnOpenBlocker, repairOnOpenEnabled, setRepairOnOpen } from "../../excel/workbook/repair-on-open";
import { useT, type Translate } from "../i18n/i18n";
import { OperationStatus } from "./OperationStatus";
import type { Outcome } from "./OutcomeBar";
import { useOperation } from "./use-operation";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

type Result = { kind: "repair" | "recalculate" | "opened"; result: ReenterResult };

function outcomeOf(r: Result, t: Translate): Outcome {
  if (!r.result.ok)
    return {
      ok: false,
      title: t(r.kind === "recalculate" ? "repair.notRecalculated" : "repair.notRepaired"),
      text: r.result.reason,
    };
  const title = t(r.kind === "opened" ? "repair.opened" : r.kind === "repair" ? "repair.done" : "repair.recalculated");
  return { ok: true, title, text: r.result.message };
}

/** Repairing #NAME? cells, recalculating after an update, and the option to repair on open. */
export function RepairSection({ blocker }: { blocker?: string }): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const op = useOperation<Result>();
  const { show } = op;
  const [onOpen, setOnOpen] = React.useState(false);
  const [optionNote, setOptionNote] = React.useState<string | undefined>();
  const optionBlocker = blocker ?? repairOnOpenBlocker();
  React.useEffect(
    () =>
      subscribeOutcomes((o) => {
        if (o.kind === "repair") show({ kind: "opened", result: o.result });
      }),
    [show],
  );
  React.useEffect(() => {
    if (optionBlocker) return;
    let live = true;
    repairOnOpenEnabled()
      .then((on) => live && setOnOpen(on))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [optionBlocker]);
  const toggle = async (on: boolean): Promise<void> => {
    const done = await setRepairOnOpen(on);
    if (done.ok) setOnOpen(on);
    setOptionNote(done.message);
  };
  const disabled = blocker !== undefined || op.busy;
  return (
    <>
      <div className={styles.buttons}>
        <Button
          disabledFocusable={disabled}
          onClick={() =>
            void op.run(async (onProgress) => ({ kind: "repair", result: await repairAseanFormulas({ onProgress }) }))
          }
        >
          {t("repair.repair")}
        </Button>
        <Button
          disabledFocusable={disabled}
          onClick={() =>
            void op.run(async (onProgress) => ({
              kind: "recalculate",
              result: await recalculateAseanCells({ onProgress }),
            }))
          }
        >
          {t("repair.recalculate")}
        </Button>
      </div>
      <Switch
        label={t("repair.onOpen")}
        checked={onOpen}
        disabled={optionBlocker !== undefined}
        onChange={(_, d) => void toggle(d.checked)}
      />
      {(optionNote ?? (blocker ? undefined : optionBlocker)) && (
        <Caption1 className={styles.hint}>{optionNote ?? optionBlocker}</Caption1>
      )}
      <OperationStatus op={op} outcomeOf={(r) => outcomeOf(r, t)} />
    </>
  );
}

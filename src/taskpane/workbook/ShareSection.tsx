import * as React from "react";
import { Button, Radio, RadioGroup, Field, makeStyles, tokens } from "@fluentui/react-components";
import type { PrepareResult, RestoreResult } from "../../excel/workbook/operation-types";
import { subscribeOutcomes } from "../../excel/workbook/outcomes";
import { prepareForSharing } from "../../excel/workbook/prepare-sharing";
import { restoreLiveFormulas } from "../../excel/workbook/restore-formulas";
import { useLanguage, useT, type Translate } from "../i18n/i18n";
import { OperationStatus } from "./OperationStatus";
import type { Outcome } from "./OutcomeBar";
import { useOperation } from "./use-operation";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Result = { kind: "prepare"; result: PrepareResult } | { kind: "restore"; result: RestoreResult };

function outcomeOf(r: Result, t: Translate): Outcome {
  if (!r.result.ok)
    return {
      ok: false,
      title: t(r.kind === "prepare" ? "share.notPrepared" : "share.notRestored"),
      text: r.result.reason,
    };
  if (r.kind === "prepare")
    return { ok: true, title: t(r.result.cells === 0 ? "share.nothing" : "share.ready"), text: r.result.message };
  const edited = r.result.edited.map((e) => e.cell);
  return { ok: true, title: t("share.live"), text: r.result.message, items: edited };
}

/**
 * Prepare for sharing (the whole workbook or the selection) and Restore live formulas, with a
 * progress bar while they run. The ribbon's Prepare for sharing reports here as well.
 */
export function ShareSection({ blocker }: { blocker?: string }): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const { language } = useLanguage();
  const [scope, setScope] = React.useState<"workbook" | "selection">("workbook");
  const op = useOperation<Result>();
  const { show } = op;
  React.useEffect(
    () =>
      subscribeOutcomes((o) => {
        if (o.kind === "prepare") show(o);
      }),
    [show],
  );
  const disabled = blocker !== undefined || op.busy;
  return (
    <>
      <Field label={t("share.convert")}>
        <RadioGroup
          layout="horizontal"
          value={scope}
          onChange={(_, d) => setScope(d.value as "workbook" | "selection")}
        >
          <Radio value="workbook" label={t("share.whole")} />
          <Radio value="selection" label={t("share.selection")} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={disabled}
          onClick={() =>
            void op.run(async (onProgress) => ({
              kind: "prepare",
              result: await prepareForSharing(scope, { onProgress, language }),
            }))
          }
        >
          {t("share.prepare")}
        </Button>
        <Button
          disabledFocusable={disabled}
          onClick={() =>
            void op.run(async (onProgress) => ({ kind: "restore", result: await restoreLiveFormulas({ onProgress }) }))
          }
        >
          {t("share.restore")}
        </Button>
      </div>
      <OperationStatus op={op} outcomeOf={(r) => outcomeOf(r, t)} />
    </>
  );
}

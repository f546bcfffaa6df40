import * as React from "react";
import { Caption1, Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Language } from "../../core/i18n/language";
import { cellLanguageBlocker, setWorkbookCellLanguage, workbookCellLanguage } from "../../excel/workbook/cell-language";
import type { ReenterResult } from "../../excel/workbook/reenter-formulas";
import { useT, type Translate } from "../i18n/i18n";
import { OperationStatus } from "./OperationStatus";
import type { Outcome } from "./OutcomeBar";
import { useOperation } from "./use-operation";

type Choice = Language | "office";
type Result = { kind: "language"; result: ReenterResult };

function outcomeOf(r: Result, t: Translate): Outcome {
  return r.result.ok
    ? { ok: true, title: t("language.done"), text: r.result.message }
    : { ok: false, title: t("language.notDone"), text: r.result.reason };
}

/** The language this workbook's ASEAN cells speak: each reader's Office language, or one for everyone. */
export function LanguageSection({ blocker }: { blocker?: string }): React.ReactElement {
  const t = useT();
  const op = useOperation<Result>();
  const [choice, setChoice] = React.useState<Choice>("office");
  const unavailable = blocker ?? cellLanguageBlocker();
  React.useEffect(() => {
    if (unavailable) return;
    let live = true;
    workbookCellLanguage()
      .then((l) => live && setChoice(l ?? "office"))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [unavailable]);
  const choose = (next: Choice): void => {
    setChoice(next);
    void op.run(async (onProgress) => ({
      kind: "language",
      result: await setWorkbookCellLanguage(next === "office" ? undefined : next, { onProgress }),
    }));
  };
  const note = blocker
    ? undefined
    : unavailable === "noExcel"
      ? t("language.noExcel")
      : unavailable && t("language.noSettings");
  return (
    <>
      <Field label={t("language.label")}>
        <RadioGroup
          value={choice}
          disabled={unavailable !== undefined || op.busy}
          onChange={(_, d) => choose(d.value as Choice)}
        >
          <Radio value="office" label={t("language.office")} />
          <Radio value="en" label={t("language.en")} />
          <Radio value="zh" label={t("language.zh")} />
        </RadioGroup>
      </Field>
      {note && <Caption1>{note}</Caption1>}
      <OperationStatus op={op} outcomeOf={(r) => outcomeOf(r, t)} />
    </>
  );
}

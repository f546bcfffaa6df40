import * as React from "react";
import { Button, Field, Select, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useLanguage, useT } from "../i18n/i18n";
import { useCoreTable, useCoreText } from "../i18n/core-text";
import { CopyRegular } from "@fluentui/react-icons";
import { useHost } from "../app/host-context";
import { useSelectedCell } from "../app/selected-cell";
import { copyText } from "./copy-text";
import { citationOf, evaluateFormula, formulaText, readFromText, referencesOf } from "./formula";
import { FUNCTION_FORMS, formFor, formIn, initialValues, type FunctionId } from "./function-forms";
import { FormulaResult } from "./FormulaResult";
import { InsertFormula } from "./InsertFormula";
import { ParamInput } from "./ParamInput";
import { useCellReads } from "./use-cell-reads";
import { dataYears } from "./year-choices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground2 },
  params: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  wide: { gridColumn: "1 / -1" },
  formula: {
    display: "block",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  formulaRow: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  formulaText: { flexGrow: 1, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Function names are the same in every language, as Excel's own are. */
const NAMESPACE = "ASEAN";
const functionName = (id: string): string => `${NAMESPACE}.${id}`;

/** Every year a value can have, for when the other arguments do not narrow it yet. */
const ALL_YEARS = Array.from({ length: new Date().getFullYear() - 1990 + 1 }, (_, i) => 1990 + i);

export function FormulaBuilder(): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const { language } = useLanguage();
  const coreText = useCoreText();
  const coreTable = useCoreTable();
  const [id, setId] = React.useState<FunctionId>("TRADE");
  const form = React.useMemo(() => formIn(formFor(id), language), [id, language]);
  const [values, setValues] = React.useState<string[]>(() => initialValues(form));
  const text = formulaText(form, values);
  const host = useHost();
  const { address } = useSelectedCell();
  const references = React.useMemo(() => referencesOf(form, values), [form, values]);
  const read = useCellReads(references, host.kind === "excel", address);
  // The core answers in well under a millisecond for every function, so the value follows each keystroke.
  const computed = React.useMemo(() => evaluateFormula(form, values, read, t), [form, values, read, t]);
  // As a cell in the pane's language shows it: a table's words and SOURCE's citation in that language.
  const value = React.useMemo(
    () =>
      Array.isArray(computed) ? coreTable(id, computed) : typeof computed === "string" ? coreText(computed) : computed,
    [computed, id, coreTable, coreText],
  );
  const citation = React.useMemo(() => citationOf(form, values, read, t), [form, values, read, t]);
  const readFrom = React.useMemo(() => readFromText(form, values, read, t), [form, values, read, t]);
  const years = React.useMemo(() => dataYears(form, values) ?? ALL_YEARS, [form, values]);
  const [copied, setCopied] = React.useState<string | undefined>();
  React.useEffect(() => setCopied(undefined), [text]);

  const choose = (next: FunctionId): void => {
    setId(next);
    setValues(initialValues(formFor(next)));
  };

  return (
    <div className={styles.root}>
      <Field label={t("builder.function")} hint={form.summary}>
        <Select value={id} onChange={(_, d) => choose(d.value as FunctionId)}>
          {FUNCTION_FORMS.map((f) => (
            <option key={f.id} value={f.id}>
              {functionName(f.id)}
            </option>
          ))}
        </Select>
      </Field>
      {form.params.length > 0 && (
        <div className={styles.params}>
          {form.params.map((p, i) => (
            <div
              key={`${id}-${p.name}`}
              className={
                p.kind === "country" || p.kind === "factId" || p.kind === "seriesOptions" || p.kind === "unit"
                  ? styles.wide
                  : undefined
              }
            >
              <ParamInput
                param={p}
                value={values[i] ?? ""}
                onChange={(v) => setValues((old) => old.map((o, j) => (j === i ? v : o)))}
                years={years}
                selectedCell={host.kind === "excel" ? address : undefined}
              />
            </div>
          ))}
        </div>
      )}
      <section className={styles.section} aria-label={t("builder.formula")}>
        <h2 className={styles.heading}>{t("builder.formula")}</h2>
        <div className={styles.formulaRow}>
          <code className={mergeClasses(styles.formula, styles.formulaText)} data-formula-text>
            {text}
          </code>
          <Button
            icon={<CopyRegular />}
            onClick={() => void copyText(text).then((ok) => setCopied(t(ok ? "builder.copied" : "builder.copyFailed")))}
          >
            {t("builder.copy")}
          </Button>
        </div>
        <Text size={200} className={styles.summary} aria-live="polite" data-copy-status>
          {copied}
        </Text>
      </section>
      <section className={styles.section} aria-label={t("builder.value")}>
        <h2 className={styles.heading}>{t("builder.value")}</h2>
        <Text size={200} className={styles.summary}>
          {t("builder.valueHint")}
        </Text>
        <FormulaResult value={value} fraction={form.fraction === true} />
        {readFrom && (
          <Text size={200} className={styles.summary} data-formula-read-from>
            {readFrom}
          </Text>
        )}
        {citation && (
          <Text size={200} className={styles.summary} data-formula-citation>
            {coreText(citation)}
          </Text>
        )}
      </section>
      <InsertFormula formula={text} />
    </div>
  );
}

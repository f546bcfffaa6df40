import * as React from "react";
import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { citationOf, evaluateFormula, formulaText } from "./formula";
import { FUNCTION_FORMS, formFor, initialValues, type FunctionId } from "./function-forms";
import { FormulaResult } from "./FormulaResult";
import { InsertFormula } from "./InsertFormula";
import { ParamInput } from "./ParamInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground2 },
  params: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  wide: { gridColumn: "1 / -1" },
  formula: {
    display: "block", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export function FormulaBuilder(): React.ReactElement {
  const styles = useStyles();
  const [id, setId] = React.useState<FunctionId>("TRADE");
  const form = formFor(id);
  const [values, setValues] = React.useState<string[]>(() => initialValues(form));
  const text = formulaText(form, values);
  // The core answers in well under a millisecond for every function, so the value follows each keystroke.
  const value = React.useMemo(() => evaluateFormula(form, values), [form, values]);
  const citation = React.useMemo(() => citationOf(form, values), [form, values]);

  const choose = (next: FunctionId): void => {
    setId(next);
    setValues(initialValues(formFor(next)));
  };

  return (
    <div className={styles.root}>
      <Field label="Function" hint={form.summary}>
        <Select value={id} onChange={(_, d) => choose(d.value as FunctionId)}>
          {FUNCTION_FORMS.map((f) => <option key={f.id} value={f.id}>ASEAN.{f.id}</option>)}
        </Select>
      </Field>
      {form.params.length > 0 && (
        <div className={styles.params}>
          {form.params.map((p, i) => (
            <div key={`${id}-${p.name}`} className={p.kind === "country" || p.kind === "factId" || p.kind === "seriesOptions" || p.kind === "unit" ? styles.wide : undefined}>
              <ParamInput param={p} value={values[i] ?? ""} onChange={(v) => setValues((old) => old.map((o, j) => (j === i ? v : o)))} />
            </div>
          ))}
        </div>
      )}
      <section className={styles.section} aria-label="Formula">
        <h3 className={styles.heading}>Formula</h3>
        <code className={styles.formula} data-formula-text>{text}</code>
      </section>
      <section className={styles.section} aria-label="Value">
        <h3 className={styles.heading}>Value</h3>
        <Text size={200} className={styles.summary}>Computed here by the same code the function runs in Excel.</Text>
        <FormulaResult value={value} fraction={form.fraction === true} />
        {citation && <Text size={200} className={styles.summary} data-formula-citation>{citation}</Text>}
      </section>
      <InsertFormula formula={text} />
    </div>
  );
}

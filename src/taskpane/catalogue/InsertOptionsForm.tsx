import * as React from "react";
import { Checkbox, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { InsertOptions } from "../../excel/insert-types";
import { useT } from "../i18n/i18n";

const useStyles = makeStyles({
  options: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
});

interface Props {
  options: InsertOptions;
  hasChart: boolean;
  /** Said when live formulas are chosen but some cells can only be values. */
  valuesOnly?: string;
  onChange: (options: InsertOptions) => void;
}

/** Where the figure goes, values or live formulas, and whether the chart and the source note come with it. */
export function InsertOptionsForm({ options, hasChart, valuesOnly, onChange }: Props): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const set = <K extends keyof InsertOptions>(key: K, value: InsertOptions[K]): void =>
    onChange({ ...options, [key]: value });
  return (
    <>
      <div className={styles.options}>
        <Field label={t("options.where")}>
          <RadioGroup
            value={options.target}
            onChange={(_, d) => set("target", d.value === "newSheet" ? "newSheet" : "selection")}
          >
            <Radio value="selection" label={t("options.selection")} />
            <Radio value="newSheet" label={t("options.newSheet")} />
          </RadioGroup>
        </Field>
        <Field
          label={t("options.cells")}
          validationState={options.mode === "formulas" && valuesOnly ? "warning" : "none"}
          validationMessage={options.mode === "formulas" ? valuesOnly : undefined}
        >
          <RadioGroup
            value={options.mode}
            onChange={(_, d) => set("mode", d.value === "formulas" ? "formulas" : "values")}
          >
            <Radio value="values" label={t("options.values")} />
            <Radio value="formulas" label={t("options.formulas")} />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.checks}>
        <Checkbox
          label={t(hasChart ? "options.chart" : "options.noChart")}
          checked={options.chart && hasChart}
          disabled={!hasChart}
          onChange={(_, d) => set("chart", d.checked === true)}
        />
        <Checkbox
          label={t("options.sourceNote")}
          checked={options.sourceNote}
          onChange={(_, d) => set("sourceNote", d.checked === true)}
        />
      </div>
    </>
  );
}

import * as React from "react";
import { Checkbox, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { InsertOptions } from "../../excel/insert-types";

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
  const set = <K extends keyof InsertOptions>(key: K, value: InsertOptions[K]): void =>
    onChange({ ...options, [key]: value });
  return (
    <>
      <div className={styles.options}>
        <Field label="Where">
          <RadioGroup
            value={options.target}
            onChange={(_, d) => set("target", d.value === "newSheet" ? "newSheet" : "selection")}
          >
            <Radio value="selection" label="At the selected cell" />
            <Radio value="newSheet" label="On a new sheet" />
          </RadioGroup>
        </Field>
        <Field
          label="Cells"
          validationState={options.mode === "formulas" && valuesOnly ? "warning" : "none"}
          validationMessage={options.mode === "formulas" ? valuesOnly : undefined}
        >
          <RadioGroup
            value={options.mode}
            onChange={(_, d) => set("mode", d.value === "formulas" ? "formulas" : "values")}
          >
            <Radio value="values" label="Values" />
            <Radio value="formulas" label="Live =ASEAN formulas" />
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.checks}>
        <Checkbox
          label={hasChart ? "Chart" : "Chart (none for this item)"}
          checked={options.chart && hasChart}
          disabled={!hasChart}
          onChange={(_, d) => set("chart", d.checked === true)}
        />
        <Checkbox
          label="Source note"
          checked={options.sourceNote}
          onChange={(_, d) => set("sourceNote", d.checked === true)}
        />
      </div>
    </>
  );
}

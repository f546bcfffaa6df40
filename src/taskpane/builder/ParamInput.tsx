import * as React from "react";
import { Checkbox, Field, Input, Label, Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import {
  CURRENCIES, FACT_FIELDS, FDI_MEASURES, FLOWS, GROUPS, RATIO_CURRENCIES, SERIES_OPTIONS, UNITS, WHOLES, yearChoices, type Choice,
} from "./choices";
import type { ParamSpec } from "./function-forms";
import { countryChoices, factChoices, searchCountries, searchFacts } from "./picker-search";
import { SearchCombobox } from "./SearchCombobox";

const useStyles = makeStyles({
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

const LAST_YEAR = new Date().getFullYear();

interface Props {
  param: ParamSpec;
  value: string;
  onChange: (value: string) => void;
}

function ChoiceSelect({ param, value, onChange, choices }: Props & { choices: readonly Choice[] }): React.ReactElement {
  return (
    <Select value={value} onChange={(_, d) => onChange(d.value)}>
      {param.optional && <option value="">{param.omitted ?? "(leave out)"}</option>}
      {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
    </Select>
  );
}

/**
 * A group of checkboxes with a label of its own, not inside a Field: a Field gives its one control id
 * to every checkbox in it, so each would be labelled by (and toggle) the first.
 */
function SeriesOptions({ label, value, onChange }: Omit<Props, "param"> & { label: string }): React.ReactElement {
  const styles = useStyles();
  const labelId = useId("series-options");
  const chosen = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const toggle = (option: string, on: boolean): void => {
    const next = SERIES_OPTIONS.map((o) => o.value).filter((o) => (o === option ? on : chosen.includes(o)));
    onChange(next.join(", "));
  };
  return (
    <div role="group" aria-labelledby={labelId}>
      <Label id={labelId}>{label}</Label>
      <div className={styles.checks}>
        {SERIES_OPTIONS.map((o) => (
          <Checkbox key={o.value} label={o.label} checked={chosen.includes(o.value)} onChange={(_, d) => toggle(o.value, d.checked === true)} />
        ))}
      </div>
    </div>
  );
}

const labelIn = (choices: () => readonly Choice[]) => (value: string): string => choices().find((c) => c.value === value)?.label ?? value;
const countryLabelOf = labelIn(countryChoices);
const factLabelOf = labelIn(factChoices);

/** One parameter of the formula being built, with the control its kind calls for. */
export function ParamInput(props: Props): React.ReactElement {
  const { param, value, onChange } = props;
  const label = `${param.label}${param.optional ? " (optional)" : ""}`;
  if (param.kind === "country") {
    return <SearchCombobox label={label} search={searchCountries} labelOf={countryLabelOf} value={value} onChange={onChange} placeholder="Type a code or a name" showAlso />;
  }
  if (param.kind === "seriesOptions") return <SeriesOptions label={label} value={value} onChange={onChange} />;
  if (param.kind === "factId") {
    return <SearchCombobox label={label} search={searchFacts} labelOf={factLabelOf} value={value} onChange={onChange} placeholder="Type part of an id or a label" />;
  }
  const control = ((): React.ReactElement => {
    switch (param.kind) {
      case "year": return <ChoiceSelect {...props} choices={yearChoices(LAST_YEAR)} />;
      case "flow": return <ChoiceSelect {...props} choices={FLOWS} />;
      case "unit": return <ChoiceSelect {...props} choices={UNITS} />;
      case "group": return <ChoiceSelect {...props} choices={GROUPS} />;
      case "of": return <ChoiceSelect {...props} choices={WHOLES} />;
      case "fdiMeasure": return <ChoiceSelect {...props} choices={FDI_MEASURES} />;
      case "currency": return <ChoiceSelect {...props} choices={CURRENCIES} />;
      case "ratioCurrency": return <ChoiceSelect {...props} choices={RATIO_CURRENCIES} />;
      case "factField": return <ChoiceSelect {...props} choices={FACT_FIELDS} />;
      case "top":
        return <Input type="number" min={1} max={1000} value={value} placeholder="all" onChange={(_, d) => onChange(d.value)} />;
    }
  })();
  return <Field label={label}>{control}</Field>;
}

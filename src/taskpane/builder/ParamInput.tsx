import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  Select,
  Tooltip,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { TableCursorRegular } from "@fluentui/react-icons";
import { cellReference, referenceLabel } from "./cell-reference";
import {
  CHECK_OPTION_CHOICES,
  CURRENCIES,
  FACT_FIELDS,
  FDI_MEASURES,
  FLOWS,
  GROUPS,
  RATIO_CURRENCIES,
  SERIES_OPTIONS,
  UNITS,
  WHOLES,
  type Choice,
} from "./choices";
import type { ParamSpec } from "./function-forms";
import {
  countryChoices,
  factChoices,
  searchCountries,
  searchFacts,
  searchYears,
  withCellReferences,
  type PickerSearch,
} from "./picker-search";
import { SearchCombobox } from "./SearchCombobox";
import { CHOICE_LABEL_ZH, OMITTED_ZH } from "../../core/i18n/function-text-zh";
import { useLanguage, useT } from "../i18n/i18n";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

/** The picker's own value for "leave it out", which the form stores as "". */
const LEAVE_OUT = "(leave out)";
/** What a parameter says when leaving it out means nothing more particular, in each language. */
const LEFT_OUT_WORDS = new Set([LEAVE_OUT, OMITTED_ZH[LEAVE_OUT]]);

interface Props {
  param: ParamSpec;
  value: string;
  onChange: (value: string) => void;
  /** Years with data for the other arguments as they stand, oldest first. */
  years: readonly number[];
  /** The workbook's active cell, when in Excel, to use as the argument. */
  selectedCell: string | undefined;
}

const SELECTS: Partial<Record<ParamSpec["kind"], readonly Choice[]>> = {
  flow: FLOWS,
  unit: UNITS,
  group: GROUPS,
  of: WHOLES,
  fdiMeasure: FDI_MEASURES,
  currency: CURRENCIES,
  ratioCurrency: RATIO_CURRENCIES,
  factField: FACT_FIELDS,
  checkOptions: CHECK_OPTION_CHOICES,
};

/** What a cell-or-range parameter asks for (CHECK's answers and key cells). */
const RANGE_PLACEHOLDER: Partial<Record<ParamSpec["kind"], string>> = {
  answers: "An answer cell, e.g. C6",
  exerciseKey: "Its key cell, e.g. 'Exercise 7 key'!A6",
};

/** A choice's label in the pane's language. */
function useChoiceLabel(): (label: string) => string {
  const { language } = useLanguage();
  return (label) => (language === "zh" ? (CHOICE_LABEL_ZH[label] ?? label) : label);
}

function ChoiceSelect({
  param,
  value,
  onChange,
  choices,
}: Pick<Props, "param" | "value" | "onChange"> & { choices: readonly Choice[] }): React.ReactElement {
  const t = useT();
  const choiceLabel = useChoiceLabel();
  const reference = cellReference(value);
  return (
    <Select value={value} onChange={(_, d) => onChange(d.value)}>
      {param.optional && <option value="">{param.omitted ?? t("param.leaveOutBare")}</option>}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {choiceLabel(c.label)}
        </option>
      ))}
      {reference && <option value={value}>{referenceLabel(reference)}</option>}
    </Select>
  );
}

/**
 * A group of checkboxes with a label of its own, not inside a Field: a Field gives its one control id
 * to every checkbox in it, so each would be labelled by (and toggle) the first.
 */
function SeriesOptions({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}): React.ReactElement {
  const styles = useStyles();
  const choiceLabel = useChoiceLabel();
  const labelId = useId("series-options");
  const chosen = value
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const toggle = (option: string, on: boolean): void => {
    const next = SERIES_OPTIONS.map((o) => o.value).filter((o) => (o === option ? on : chosen.includes(o)));
    onChange(next.join(", "));
  };
  return (
    <div role="group" aria-labelledby={labelId}>
      <Label id={labelId}>{label}</Label>
      <div className={styles.checks}>
        {SERIES_OPTIONS.map((o) => (
          <Checkbox
            key={o.value}
            label={choiceLabel(o.label)}
            checked={chosen.includes(o.value)}
            onChange={(_, d) => toggle(o.value, d.checked === true)}
          />
        ))}
      </div>
    </div>
  );
}

const labelIn =
  (choices: () => readonly Choice[]) =>
  (value: string): string => {
    const reference = cellReference(value);
    if (reference) return referenceLabel(reference);
    return choices().find((c) => c.value === value)?.label ?? value;
  };
const countryLabelOf = labelIn(countryChoices);
const factLabelOf = labelIn(factChoices);
const yearLabelOf = labelIn(() => []);

/** Leaving out an optional year is a choice of its own, listed first. */
function withLeaveOut(search: PickerSearch, meaning: string): PickerSearch {
  const choice = { value: LEAVE_OUT, label: meaning };
  return (query) => {
    const offer = search(query);
    return query.trim() === "" ? { ...offer, options: [choice, ...offer.options] } : offer;
  };
}

function Picker({
  param,
  value,
  onChange,
  years,
  label,
}: Omit<Props, "selectedCell"> & { label: string }): React.ReactElement {
  const t = useT();
  const { language } = useLanguage();
  const meaning = t("param.leaveOut", {
    meaning: param.omitted && !LEFT_OUT_WORDS.has(param.omitted) ? param.omitted : t("param.itsDefault"),
  });
  const yearSearch = React.useMemo(() => {
    const search = withCellReferences(searchYears(years));
    return param.optional ? withLeaveOut(search, meaning) : search;
  }, [years, param.optional, meaning]);
  const take = (v: string): void => onChange(v === LEAVE_OUT ? "" : v);
  switch (param.kind) {
    case "country":
      return (
        <SearchCombobox
          label={label}
          search={language === "zh" ? countrySearchZh : countrySearch}
          labelOf={language === "zh" ? countryLabelOfZh : countryLabelOf}
          value={value}
          onChange={take}
          placeholder={t("param.country")}
          showAlso
        />
      );
    case "factId":
      return (
        <SearchCombobox
          label={label}
          search={factSearch}
          labelOf={factLabelOf}
          value={value}
          onChange={take}
          placeholder={t("param.fact")}
        />
      );
    default:
      return (
        <SearchCombobox
          label={label}
          search={yearSearch}
          labelOf={yearLabelOf}
          value={value}
          onChange={take}
          placeholder={param.optional ? meaning : t("param.year")}
        />
      );
  }
}

const countrySearch = withCellReferences(searchCountries);

/** A country named first in Chinese, its English name beside it, for a Chinese pane. */
const chineseFirst = (c: Choice): Choice =>
  c.also ? { value: c.value, label: `${c.also} (${c.value})`, also: c.label.replace(/ \([^)]*\)$/, "") } : c;
const countrySearchZh: PickerSearch = (query) => {
  const offer = countrySearch(query);
  return {
    ...offer,
    options: offer.options.map(chineseFirst),
    ...(offer.exact ? { exact: chineseFirst(offer.exact) } : {}),
  };
};
const countryLabelOfZh = labelIn(() => countryChoices().map(chineseFirst));
const factSearch = withCellReferences(searchFacts);

/**
 * One parameter of the formula being built, with the control its kind calls for, and a way to take the selected cell
 * instead.
 */
export function ParamInput(props: Props): React.ReactElement {
  const styles = useStyles();
  const { param, value, onChange, selectedCell } = props;
  const t = useT();
  const label = param.optional ? t("param.optional", { label: param.label }) : param.label;
  if (param.kind === "seriesOptions") return <SeriesOptions label={label} value={value} onChange={onChange} />;
  const control = ((): React.ReactElement => {
    if (param.kind === "country" || param.kind === "factId" || param.kind === "year")
      return <Picker {...props} label={label} />;
    const rangePlaceholder = RANGE_PLACEHOLDER[param.kind];
    if (rangePlaceholder) {
      return (
        <Field label={label}>
          <Input type="text" value={value} placeholder={rangePlaceholder} onChange={(_, d) => onChange(d.value)} />
        </Field>
      );
    }
    if (param.kind === "top") {
      return (
        <Field label={label}>
          <Input
            type="text"
            inputMode="numeric"
            value={value}
            placeholder={t("param.all")}
            onChange={(_, d) => onChange(d.value)}
          />
        </Field>
      );
    }
    return (
      <Field label={label}>
        <ChoiceSelect param={param} value={value} onChange={onChange} choices={SELECTS[param.kind] ?? []} />
      </Field>
    );
  })();
  if (!selectedCell) return control;
  const useCell = t("param.useCell", { cell: selectedCell, param: param.label });
  return (
    <div className={styles.row}>
      <div className={styles.grow}>{control}</div>
      <Tooltip content={useCell} relationship="label">
        <Button
          appearance="subtle"
          icon={<TableCursorRegular />}
          onClick={() => onChange(selectedCell)}
          data-use-cell={param.name}
        />
      </Tooltip>
    </div>
  );
}

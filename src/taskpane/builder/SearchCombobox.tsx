import * as React from "react";
import { Field, Option, OptionGroup, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { PickerSearch } from "./picker-search";
import { useT } from "../i18n/i18n";
import { RankedCombobox } from "./RankedCombobox";

const useStyles = makeStyles({
  also: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
  listbox: { maxHeight: "260px" },
  // Fluent gives a combobox a minimum width of its own, too wide for a half-width field of a narrow pane.
  box: { minWidth: 0, width: "100%" },
  input: { minWidth: 0 },
});

interface Props {
  label: string;
  search: PickerSearch;
  /** The text the box shows for a value that is chosen. */
  labelOf: (value: string) => string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** Show each option's secondary text (e.g. the Chinese name) in the list. */
  showAlso?: boolean;
}

const MAX_SHOWN = 60;

/**
 * A picker that filters and ranks its list as the user types; the best match is highlighted, so Enter
 * takes what the list shows first. Leaving it without choosing takes an exact match, and otherwise
 * puts the current choice back and says so: typed text never silently stands for an old value.
 */
export function SearchCombobox({
  label,
  search,
  labelOf,
  value,
  onChange,
  placeholder,
  showAlso,
}: Props): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const baseId = useId("pick").replace(/[^A-Za-z0-9_-]/g, "");
  const [text, setText] = React.useState(() => labelOf(value));
  /** What is being typed; undefined while the box shows the current choice. */
  const [query, setQuery] = React.useState<string | undefined>();
  const [open, setOpen] = React.useState(false);
  const [note, setNote] = React.useState<string | undefined>();
  React.useEffect(() => setText(labelOf(value)), [value, labelOf]);

  const offer = React.useMemo(() => search(query ?? ""), [search, query]);
  const shown = offer.options.slice(0, MAX_SHOWN);
  const optionId = (i: number): string => `${baseId}-option-${i}`;

  /** Set when a choice was just taken, so that the list closing in the same click does not undo it. */
  const justTaken = React.useRef(false);
  const take = (chosen: string): void => {
    justTaken.current = true;
    setQuery(undefined);
    setNote(undefined);
    setText(labelOf(chosen));
    onChange(chosen);
  };

  // The list closing (Escape, Enter, a click elsewhere) with text typed: an exact match counts as chosen,
  // anything else puts the current choice back and says so. When the close comes with a choice (Enter on
  // a highlighted option), Fluent reports the choice right after, and it wins.
  const closed = (): void => {
    const taken = justTaken.current;
    justTaken.current = false;
    if (query === undefined || taken) return;
    const typed = query.trim();
    if (offer.exact) {
      take(offer.exact.value);
      return;
    }
    setQuery(undefined);
    setText(labelOf(value));
    if (typed === "" || typed === labelOf(value)) return;
    const why = t(offer.options.length === 0 || offer.suggested ? "search.nothingCalled" : "search.notChosen", {
      typed,
    });
    setNote(t("search.stillUses", { why, label: labelOf(value) }));
  };

  const items = shown.map((c, i) => (
    <Option key={c.value} id={optionId(i)} value={c.value} text={c.label}>
      {c.label}
      {showAlso && c.also ? <span className={styles.also}>{c.also}</span> : null}
    </Option>
  ));
  const typing = query !== undefined && query.trim() !== "";
  return (
    <Field label={label} validationState={note ? "warning" : "none"} validationMessage={note}>
      <RankedCombobox
        className={styles.box}
        input={{ className: styles.input }}
        value={text}
        selectedOptions={[value]}
        placeholder={placeholder}
        open={open}
        onOpenChange={(_, d) => {
          setOpen(d.open);
          if (!d.open) closed();
        }}
        listbox={{ className: styles.listbox }}
        // Rendered in place rather than in a portal at the end of the page, so the list stays inside the pane's
        // landmarks.
        inlinePopup
        activeOptionId={typing && shown.length > 0 ? optionId(0) : undefined}
        activeKey={query}
        onInput={(e) => {
          justTaken.current = false;
          setText((e.target as HTMLInputElement).value);
          setQuery((e.target as HTMLInputElement).value);
          setNote(undefined);
        }}
        onOptionSelect={(_, d) => {
          // Fluent also reports a cleared selection while typing; only a real choice counts.
          if (d.optionValue) take(d.optionValue);
        }}
      >
        {offer.suggested && shown.length > 0 ? (
          <OptionGroup label={t("search.didYouMean")}>{items}</OptionGroup>
        ) : (
          items
        )}
        {shown.length === 0 && (
          <Option key="none" value="" text="" disabled>
            {t("search.noMatch")}
          </Option>
        )}
      </RankedCombobox>
    </Field>
  );
}

import * as React from "react";
import { Combobox, Option, makeStyles, tokens } from "@fluentui/react-components";
import { filterChoices, type Choice } from "./choices";

const useStyles = makeStyles({
  also: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
  listbox: { maxHeight: "260px" },
});

interface Props {
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** Show the secondary text of each choice (e.g. the Chinese name) in the list. */
  showAlso?: boolean;
}

const MAX_SHOWN = 60;

/**
 * A combobox that filters a long list as the user types (codes, English and Chinese names); leaving it
 * without choosing restores the current choice rather than keeping half-typed text.
 */
export function SearchCombobox({ choices, value, onChange, placeholder, showAlso }: Props): React.ReactElement {
  const styles = useStyles();
  const labelOf = React.useCallback((v: string): string => choices.find((c) => c.value === v)?.label ?? v, [choices]);
  const [text, setText] = React.useState(labelOf(value));
  const [typing, setTyping] = React.useState(false);
  React.useEffect(() => setText(labelOf(value)), [value, labelOf]);
  const shown = filterChoices(choices, typing ? text : "", MAX_SHOWN);
  return (
    <Combobox
      value={text}
      selectedOptions={[value]}
      placeholder={placeholder}
      listbox={{ className: styles.listbox }}
      onInput={(e) => {
        setText((e.target as HTMLInputElement).value);
        setTyping(true);
      }}
      onOptionSelect={(_, data) => {
        setTyping(false);
        if (data.optionValue) {
          onChange(data.optionValue);
          setText(labelOf(data.optionValue));
        }
      }}
      onOpenChange={(_, data) => {
        if (!data.open) {
          setTyping(false);
          setText(labelOf(value));
        }
      }}
    >
      {shown.map((c) => (
        <Option key={c.value} value={c.value} text={c.label}>
          {c.label}
          {showAlso && c.also ? <span className={styles.also}>{c.also.split(" ")[0]}</span> : null}
        </Option>
      ))}
      {shown.length === 0 && <Option key="none" value="" text="" disabled>No match</Option>}
    </Combobox>
  );
}

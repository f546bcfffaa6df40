import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/i18n";
import { InsertOptionsForm } from "./InsertOptionsForm";
import type { FigureInsert } from "./use-figure-insert";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

interface Props {
  insert: FigureInsert;
  valuesOnly: string | undefined;
  headingId: string;
  headingRef: React.RefObject<HTMLHeadingElement>;
}

/** Where and how the figure is inserted; the insert bar below carries the button. */
export function InsertPanel({ insert, valuesOnly, headingId, headingRef }: Props): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {t("options.heading")}
      </h3>
      <InsertOptionsForm
        options={insert.options}
        hasChart={insert.hasChart}
        valuesOnly={valuesOnly}
        onChange={insert.setOptions}
      />
    </section>
  );
}

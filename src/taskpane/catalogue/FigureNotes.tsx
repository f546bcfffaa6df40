import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Figure } from "../../core/report/figures/figure-types";
import { useT } from "../i18n/i18n";

const useStyles = makeStyles({
  notes: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  // Notes quote long formulas with no break opportunities; they must wrap inside a narrow pane.
  detail: { margin: 0, overflowWrap: "anywhere" },
});

export function FigureNotes({ figure }: { figure: Figure }): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  return (
    <dl className={styles.notes}>
      <div>
        <dt className={styles.term}>{t("notes.source")}</dt>
        <dd className={styles.detail}>{figure.sourceNote.replace(/^(?:Source:|来源：)\s*/, "")}</dd>
      </div>
      {figure.dataNote && (
        <div>
          <dt className={styles.term}>{t("notes.about")}</dt>
          <dd className={styles.detail}>{figure.dataNote}</dd>
        </div>
      )}
    </dl>
  );
}

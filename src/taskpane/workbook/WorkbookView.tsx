import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { insertBlocker, useHost } from "../app/host-context";
import { useT } from "../i18n/i18n";
import { EditionSection } from "./EditionSection";
import { ExerciseTablesSection } from "./ExerciseTablesSection";
import { LanguageSection } from "./LanguageSection";
import { RepairSection } from "./RepairSection";
import { ShareSection } from "./ShareSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** The life of a workbook after its first formula: sharing it, repairing its ASEAN cells, keeping up with the data. */
interface Props {
  onNotice?: () => void;
  /** Opens a catalogue item with its exercise form. */
  onMakeExercise?: (itemId: string) => void;
}

export function WorkbookView({ onNotice, onMakeExercise }: Props): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const blocker = insertBlocker(useHost(), t);
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="workbook-share">
        <h2 id="workbook-share" className={styles.heading}>
          {t("workbook.share")}
        </h2>
        <Caption1 className={styles.hint}>{t("workbook.shareHint")}</Caption1>
        {blocker && <Caption1>{blocker}</Caption1>}
        <ShareSection {...(blocker ? { blocker } : {})} />
      </section>
      <section className={styles.section} aria-labelledby="workbook-repair">
        <h2 id="workbook-repair" className={styles.heading}>
          {t("workbook.repair")}
        </h2>
        <Caption1 className={styles.hint}>{t("workbook.repairHint")}</Caption1>
        <RepairSection {...(blocker ? { blocker } : {})} />
      </section>
      <section className={styles.section} aria-labelledby="workbook-language">
        <h2 id="workbook-language" className={styles.heading}>
          {t("language.heading")}
        </h2>
        <Caption1 className={styles.hint}>{t("language.hint")}</Caption1>
        <LanguageSection {...(blocker ? { blocker } : {})} />
      </section>
      <section className={styles.section} aria-labelledby="workbook-edition">
        <h2 id="workbook-edition" className={styles.heading}>
          {t("workbook.edition")}
        </h2>
        <EditionSection {...(blocker ? { blocker } : {})} {...(onNotice ? { onNotice } : {})} />
      </section>
      {onMakeExercise && (
        <section className={styles.section} aria-labelledby="workbook-exercises">
          <h2 id="workbook-exercises" className={styles.heading}>
            {t("workbook.exercises")}
          </h2>
          <Caption1 className={styles.hint}>{t("workbook.exercisesHint")}</Caption1>
          <ExerciseTablesSection {...(blocker ? { blocker } : {})} onMakeExercise={onMakeExercise} />
        </section>
      )}
    </div>
  );
}

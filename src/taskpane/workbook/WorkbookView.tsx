import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { insertBlocker, useHost } from "../app/host-context";
import { EditionSection } from "./EditionSection";
import { ExerciseTablesSection } from "./ExerciseTablesSection";
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
  const blocker = insertBlocker(useHost());
  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="workbook-share">
        <h2 id="workbook-share" className={styles.heading}>
          Share
        </h2>
        <Caption1 className={styles.hint}>
          People without the add-in see #NAME? in ASEAN cells. Prepare for sharing turns the formulas into their values
          and lists each cell&apos;s source on the sheet &quot;ASEAN sources&quot;; Restore live formulas puts them
          back.
        </Caption1>
        {blocker && <Caption1>{blocker}</Caption1>}
        <ShareSection {...(blocker ? { blocker } : {})} />
      </section>
      <section className={styles.section} aria-labelledby="workbook-repair">
        <h2 id="workbook-repair" className={styles.heading}>
          Repair
        </h2>
        <Caption1 className={styles.hint}>
          A workbook saved where the add-in was not loaded shows #NAME? in its ASEAN cells until they are entered again;
          and ASEAN cells do not recalculate by themselves after an update of the add-in&apos;s data.
        </Caption1>
        <RepairSection {...(blocker ? { blocker } : {})} />
      </section>
      <section className={styles.section} aria-labelledby="workbook-edition">
        <h2 id="workbook-edition" className={styles.heading}>
          Data edition
        </h2>
        <EditionSection {...(blocker ? { blocker } : {})} {...(onNotice ? { onNotice } : {})} />
      </section>
      {onMakeExercise && (
        <section className={styles.section} aria-labelledby="workbook-exercises">
          <h2 id="workbook-exercises" className={styles.heading}>
            Exercises
          </h2>
          <Caption1 className={styles.hint}>
            Trainers: make an exercise from a table inserted from the catalogue.
          </Caption1>
          <ExerciseTablesSection {...(blocker ? { blocker } : {})} onMakeExercise={onMakeExercise} />
        </section>
      )}
    </div>
  );
}

import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/i18n";
import { readInsertedTables, type InsertedTable } from "../../excel/exercise/inserted-tables";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
});

interface Props {
  blocker?: string;
  /** Opens the catalogue item with its exercise form. */
  onMakeExercise: (itemId: string) => void;
}

/** "Make an exercise" from a table inserted earlier: the tables that came from catalogue items. */
export function ExerciseTablesSection({ blocker, onMakeExercise }: Props): React.ReactElement {
  const styles = useStyles();
  const tr = useT();
  const [found, setFound] = React.useState<InsertedTable[] | { problem: string } | undefined>();
  const [busy, setBusy] = React.useState(false);
  const find = async (): Promise<void> => {
    setBusy(true);
    try {
      setFound(await readInsertedTables());
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button disabled={busy || blocker !== undefined} onClick={() => void find()}>
        {tr("exercise.find")}
      </Button>
      <div aria-live="polite" data-inserted-tables>
        {found && "problem" in found && <Caption1>{found.problem}</Caption1>}
        {Array.isArray(found) && found.length === 0 && <Caption1>{tr("exercise.noTables")}</Caption1>}
        {Array.isArray(found) && found.length > 0 && (
          <ul className={styles.list}>
            {found.map((t) => (
              <li key={t.table} className={styles.item}>
                <Button appearance="subtle" onClick={() => onMakeExercise(t.itemId)} title={t.title}>
                  {tr("exercise.makeFrom", { table: t.table })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

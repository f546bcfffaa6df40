import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useCoreText } from "../i18n/core-text";
import { useLanguage, useT } from "../i18n/i18n";
import { EXERCISE_MESSAGES_ZH } from "../../core/exercise/messages-zh";
import { render } from "../../core/exercise/messages";
import { TASK_TYPES, type TaskKind } from "../../core/exercise/task-types";
import { insertBlocker, useHost } from "../app/host-context";
import { MAX_TASKS, useExercise, type ExerciseOutcome } from "./use-exercise";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  kinds: { display: "flex", flexDirection: "column" },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS },
});

function Outcome({ outcome }: { outcome: ExerciseOutcome }): React.ReactElement {
  const styles = useStyles();
  const tr = useT();
  // The writers' and the core's reasons, in the pane's language as the other outcomes are.
  const said = useCoreText();
  if (outcome.kind === "charts") {
    return (
      <ul aria-label={tr("exercise.chartTasks")}>
        {outcome.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    );
  }
  if (outcome.kind === "key") {
    return (
      <table className={styles.table} aria-label={tr("exercise.keyTable", { variant: outcome.answers.variant })}>
        <thead>
          <tr>
            <th className={styles.cell}>#</th>
            <th className={styles.cell}>{tr("exercise.answer")}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.answers.answers.map((a) => (
            <tr key={a.task} title={a.instruction}>
              <td className={styles.cell}>{a.task}</td>
              <td className={styles.cell}>{a.answer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <MessageBar intent={outcome.kind === "problem" ? "error" : "success"} layout="multiline">
      <MessageBarBody>{said(outcome.text)}</MessageBarBody>
    </MessageBar>
  );
}

/** "Make an exercise" from a catalogue item, and the trainer's answer keys. */
export function ExercisePanel({ itemId, openAt }: { itemId: string; openAt?: number }): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  const [open, setOpen] = React.useState(openAt !== undefined);
  const toggleRef = React.useRef<HTMLButtonElement>(null);
  // Opened from an inserted table: the form opens and comes into view, after the preview took focus.
  React.useEffect(() => {
    if (openAt === undefined) return undefined;
    setOpen(true);
    const timer = window.setTimeout(() => {
      toggleRef.current?.scrollIntoView({ block: "start" });
      toggleRef.current?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [openAt]);
  const form = useExercise(itemId);
  const formId = useId("exercise-form");
  const kindsLabel = useId("exercise-kinds");
  const tr = useT();
  const { language } = useLanguage();
  const blocker = insertBlocker(host, tr);
  const { choices, set } = form;
  const toggle = (kind: TaskKind, on: boolean): void =>
    set(
      "kinds",
      TASK_TYPES.map((t) => t.kind).filter((k) => (k === kind ? on : choices.kinds.includes(k))),
    );
  const count = Number(choices.count);
  const countOk = Number.isInteger(count) && count >= 1 && count <= MAX_TASKS;
  const passOk = choices.passphrase.length >= 8;
  const ready = !form.busy && blocker === undefined;
  return (
    <section className={styles.root} aria-label={tr("exercise.region")}>
      <Button ref={toggleRef} aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
        {tr("exercise.make")}
      </Button>
      {open && (
        <form
          id={formId}
          className={styles.kinds}
          onSubmit={(e) => {
            e.preventDefault();
            if (ready && countOk && passOk && choices.kinds.length > 0) void form.make();
          }}
        >
          <div role="group" aria-labelledby={kindsLabel} className={styles.kinds}>
            <Label id={kindsLabel}>{tr("exercise.tasks")}</Label>
            {TASK_TYPES.map((t) => (
              <Checkbox
                key={t.kind}
                label={render(t.label, {}, language === "zh" ? EXERCISE_MESSAGES_ZH : undefined)}
                checked={choices.kinds.includes(t.kind)}
                onChange={(_, d) => toggle(t.kind, d.checked === true)}
              />
            ))}
          </div>
          <div className={styles.row}>
            <Field
              label={tr("exercise.count")}
              validationState={countOk ? "none" : "error"}
              validationMessage={countOk ? undefined : tr("exercise.countRange", { max: MAX_TASKS })}
            >
              <Input
                type="number"
                min={1}
                max={MAX_TASKS}
                value={choices.count}
                onChange={(_, d) => set("count", d.value)}
              />
            </Field>
            <Field label={tr("exercise.seed")} hint={tr("exercise.seedHint")}>
              <Input value={choices.seed} onChange={(_, d) => set("seed", d.value)} />
            </Field>
          </div>
          <Field label={tr("exercise.classWord")} hint={tr("exercise.classWordHint")}>
            <Input value={choices.classWord} onChange={(_, d) => set("classWord", d.value)} />
          </Field>
          <Field label={tr("exercise.passphrase")} hint={tr("exercise.passphraseHint")}>
            <Input type="password" value={choices.passphrase} onChange={(_, d) => set("passphrase", d.value)} />
          </Field>
          <div className={styles.row}>
            <Button
              type="submit"
              appearance="primary"
              disabled={!ready || !countOk || !passOk || choices.kinds.length === 0}
            >
              {tr("exercise.write")}
            </Button>
            <Button disabled={!ready || !passOk} onClick={() => void form.showKey()}>
              {tr("exercise.showKey")}
            </Button>
            <Button disabled={!ready} onClick={() => void form.checkCharts()}>
              {tr("exercise.checkCharts")}
            </Button>
          </div>
          <Field label={tr("exercise.seeds")} hint={tr("exercise.seedsHint")}>
            <Textarea value={choices.seeds} onChange={(_, d) => set("seeds", d.value)} />
          </Field>
          <div className={styles.row}>
            <Button disabled={!ready || !countOk || choices.kinds.length === 0} onClick={() => void form.exportKey()}>
              {tr("exercise.export")}
            </Button>
          </div>
          {blocker && <MessageBar intent="info">{blocker}</MessageBar>}
          {form.busy && <Spinner size="tiny" label={tr("exercise.working")} />}
          <div aria-live="polite" data-exercise-outcome={form.outcome?.kind ?? ""}>
            {form.outcome && <Outcome outcome={form.outcome} />}
          </div>
        </form>
      )}
    </section>
  );
}

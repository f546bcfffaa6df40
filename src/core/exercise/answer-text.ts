/** The right answers as a trainer reads them: in the answer key the pane shows and the exported sheet. */
import type { AseanCore } from "../api";
import { isDomainError } from "../errors";
import type { NameLookup } from "../i18n/messages-zh";
import type { Exercise, ExerciseRequest, Task } from "./exercise-types";
import { generateExercise } from "./generate";
import { renderMessage, type MessageTable } from "./messages";
import { exerciseNamedIn } from "./names-zh";

/** A task's right answer; a partner named in English, or through `names` in another language. */
export function answerText(c: AseanCore, task: Task, names?: NameLookup): string {
  const v = task.expected;
  if (v === null) return "—";
  if (typeof v === "string") {
    const en = c.codes.get(v)?.en ?? v;
    return `${names?.(en) ?? en} (${v})`;
  }
  if (task.answer === "fraction") return `${(v * 100).toFixed(2)} % (${v.toPrecision(6)})`;
  if (task.answer === "rank") return String(v);
  return v.toFixed(3);
}

export interface KeyRow {
  readonly seed: string;
  readonly task: number;
  readonly instruction: string;
  readonly answer: string;
}

/** The language of a key: its sentences' table and the names of countries (English when absent). */
export interface KeyLanguage {
  readonly table?: Partial<MessageTable>;
  readonly names?: NameLookup;
}

export function keyRows(c: AseanCore, exercise: Exercise, language: KeyLanguage = {}): KeyRow[] {
  return exercise.tasks.map((t) => ({
    seed: exercise.request.seed,
    task: t.number,
    instruction: renderMessage(t.instruction, language.table),
    answer: answerText(c, t, language.names),
  }));
}

/** The answers of the same exercise for each seed of a list, for the trainer's exported key. */
export function keyRowsForSeeds(
  c: AseanCore,
  request: Omit<ExerciseRequest, "seed">,
  seeds: readonly string[],
  language: KeyLanguage = {},
): KeyRow[] | { problem: string } {
  const rows: KeyRow[] = [];
  for (const seed of seeds) {
    const e = generateExercise(c, { ...request, seed });
    if (isDomainError(e)) return { problem: e.message };
    rows.push(...keyRows(c, language.names ? exerciseNamedIn(e, language.names) : e, language));
  }
  return rows;
}

/** "1001, 1002; 1003" or one per line: the seeds of a list, each once. */
export function seedList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  ];
}

/** The trainer's exercise form: its choices, and the outcome of writing, exporting or opening a key. */
import { useState } from "react";
import { core } from "../../core/api";
import { isDomainError } from "../../core/errors";
import { keyRowsForSeeds, seedList, type KeyLanguage } from "../../core/exercise/answer-text";
import { generateExercise, MAX_TASKS } from "../../core/exercise/generate";
import { openSeal, type SealedAnswers } from "../../core/exercise/seal";
import type { TaskKind } from "../../core/exercise/task-types";
import { verdictText } from "../../core/exercise/check-function";
import { render } from "../../core/exercise/messages";
import { readSealedKey, writeKeyExport } from "../../excel/exercise/answer-key-sheets";
import { checkChartTasks } from "../../excel/exercise/check-charts";
import { writeExercise } from "../../excel/exercise/write-exercise";
import { EXERCISE_MESSAGES_ZH } from "../../core/exercise/messages-zh";
import { chineseName } from "../../core/i18n/chinese-names";
import { message, useLanguage } from "../i18n/i18n";

export interface ExerciseChoices {
  kinds: TaskKind[];
  count: string;
  seed: string;
  classWord: string;
  passphrase: string;
  seeds: string;
}

export type ExerciseOutcome =
  | { kind: "written"; text: string }
  | { kind: "exported"; text: string }
  | { kind: "key"; answers: SealedAnswers }
  | { kind: "charts"; lines: string[] }
  | { kind: "problem"; text: string };

export interface ExerciseForm {
  choices: ExerciseChoices;
  set: <K extends keyof ExerciseChoices>(key: K, value: ExerciseChoices[K]) => void;
  busy: boolean;
  outcome: ExerciseOutcome | undefined;
  make: () => Promise<void>;
  exportKey: () => Promise<void>;
  showKey: () => Promise<void>;
  checkCharts: () => Promise<void>;
}

const INITIAL: ExerciseChoices = {
  kinds: ["lookup", "growth", "share", "balance"],
  count: "6",
  seed: "1",
  classWord: "",
  passphrase: "",
  seeds: "",
};

/** An exercise and its key from a Chinese pane: its sentences and its countries' names in Chinese. */
const IN_CHINESE: KeyLanguage = { table: EXERCISE_MESSAGES_ZH, names: chineseName };

export function useExercise(itemId: string): ExerciseForm {
  const { language } = useLanguage();
  const keyLanguage = language === "zh" ? IN_CHINESE : {};
  const [choices, setChoices] = useState<ExerciseChoices>(INITIAL);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExerciseOutcome | undefined>();
  const set = <K extends keyof ExerciseChoices>(key: K, value: ExerciseChoices[K]): void =>
    setChoices((c) => ({ ...c, [key]: value }));
  const request = () => ({
    itemId,
    kinds: choices.kinds,
    count: Number(choices.count),
    ...(choices.classWord.trim() !== "" ? { classWord: choices.classWord.trim() } : {}),
  });
  const running = async (work: () => Promise<ExerciseOutcome>): Promise<void> => {
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome(await work());
    } catch (err) {
      setOutcome({ kind: "problem", text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  const make = (): Promise<void> =>
    running(async () => {
      const e = generateExercise(core(), { ...request(), seed: choices.seed.trim() || "1" });
      if (isDomainError(e)) return { kind: "problem", text: e.message };
      const r = await writeExercise(e, choices.passphrase, keyLanguage);
      return r.ok
        ? { kind: "written", text: message(language, "exercise.written", { sheet: r.sheet }) }
        : { kind: "problem", text: r.reason };
    });
  const exportKey = (): Promise<void> =>
    running(async () => {
      const seeds = seedList(choices.seeds);
      if (seeds.length === 0) return { kind: "problem", text: message(language, "exercise.noSeeds") };
      const rows = keyRowsForSeeds(core(), request(), seeds, keyLanguage);
      if ("problem" in rows) return { kind: "problem", text: rows.problem };
      const r = await writeKeyExport(rows, {
        sheet: message(language, "exercise.keySheet"),
        headers: [
          message(language, "exercise.keySeed"),
          message(language, "exercise.keyTask"),
          message(language, "exercise.keyInstruction"),
          message(language, "exercise.answer"),
        ],
      });
      if (!r.ok) return { kind: "problem", text: r.reason };
      const count = seeds.length;
      if (r.where === "workbook")
        return { kind: "exported", text: message(language, "exercise.exportedWorkbook", { count }) };
      const onSheet = message(language, "exercise.exported", { count, sheet: r.sheet });
      const why = r.why === undefined ? "" : ` ${message(language, "exercise.noNewWorkbook", { why: r.why })}`;
      return { kind: "exported", text: `${onSheet}${why}` };
    });
  const showKey = (): Promise<void> =>
    running(async () => {
      const read = await readSealedKey();
      if ("problem" in read) return { kind: "problem", text: read.problem };
      const opened = await openSeal(read.sealed, choices.passphrase);
      return "problem" in opened ? { kind: "problem", text: opened.problem } : { kind: "key", answers: opened };
    });
  const checkCharts = (): Promise<void> =>
    running(async () => {
      const r = await checkChartTasks();
      if (!r.ok) return { kind: "problem", text: r.reason };
      const table = keyLanguage.table;
      if (r.verdicts.length === 0) return { kind: "problem", text: render("chart.noTask", {}, table) };
      return {
        kind: "charts",
        lines: r.verdicts.map(({ task, verdict }) =>
          render("chart.task", { n: task, verdict: verdictText(verdict, table) }, table),
        ),
      };
    });
  return { choices, set, busy, outcome, make, exportKey, showKey, checkCharts };
}

export { MAX_TASKS };

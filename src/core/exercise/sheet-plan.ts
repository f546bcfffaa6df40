/**
 * Where everything of an exercise goes on its sheet, and what the very hidden key sheet holds: a
 * title, how to answer, one row per task (number, instruction, the empty answer cell, the CHECK
 * formula), the score, then the data each task gives, as values. The key sheet holds, in the rows of
 * the tasks, each task's key (hashes only), and in A1 the answers sealed with the trainer's passphrase.
 * Pure, so the writer and the tests place cells alike.
 */
import type { Exercise, GivenTable, Task } from "./exercise-types";
import { render, renderMessage, type Message, type MessageTable } from "./messages";
import { keyTexts } from "./answer-key";

export type PlanValue = string | number;

export interface SheetPlan {
  /** Row by row from A1: texts, numbers and formulas ("=..."); "" for an empty cell. */
  readonly cells: PlanValue[][];
  readonly formats: string[][];
  /** Rows (from 0) of the header, the tasks and the score. */
  readonly headerRow: number;
  readonly taskRows: readonly number[];
  readonly scoreRow: number;
  /** Where each task's data starts: its first data row, first column (the header is the row above). */
  readonly givenAt: ReadonlyMap<number, { row: number; col: number; rows: number; cols: number }>;
  /** Key sheet: the text of each task's key cell, by row (column A). */
  readonly keys: readonly { row: number; text: string }[];
}

export const COLUMNS = { number: 0, task: 1, answer: 2, feedback: 3 } as const;
export const FIRST_TASK_ROW = 5;
export const SEALED_KEY_CELL = "A1";
const WIDTH = 6;

const a1 = (row: number, col: number): string => `${String.fromCharCode(65 + col)}${row + 1}`;
const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

function textOf(x: Message | number, table?: Partial<MessageTable>): PlanValue {
  return typeof x === "number" ? x : renderMessage(x, table);
}

function accepted(task: Task, table?: Partial<MessageTable>): string {
  const t = task.tolerance;
  if (t.kind === "exact") return "";
  if (t.kind === "rel") return render("task.tolerance.rel", { width: t.width * 100 }, table);
  if (task.answer === "fraction") return render("task.tolerance.points", { width: t.width * 100 }, table);
  return render("task.tolerance.abs", { width: t.width }, table);
}

export function planSheet(exercise: Exercise, keySheet: string, table?: Partial<MessageTable>): SheetPlan {
  const rows: PlanValue[][] = [];
  const formats: string[][] = [];
  const put = (row: number, col: number, v: PlanValue, format = "General"): void => {
    while (rows.length <= row) {
      rows.push(Array<PlanValue>(WIDTH).fill(""));
      formats.push(Array<string>(WIDTH).fill("General"));
    }
    rows[row][col] = v;
    formats[row][col] = format;
  };
  const n = exercise.tasks.length;
  put(0, 0, render("sheet.title", { title: exercise.itemTitle }, table));
  put(
    1,
    0,
    render(
      "sheet.subtitle",
      { variant: exercise.request.seed, item: exercise.itemTitle, edition: exercise.edition },
      table,
    ),
  );
  put(2, 0, render("sheet.howTo", {}, table));
  const headerRow = FIRST_TASK_ROW - 1;
  put(headerRow, COLUMNS.number, render("sheet.header.number", {}, table));
  put(headerRow, COLUMNS.task, render("sheet.header.task", {}, table));
  put(headerRow, COLUMNS.answer, render("sheet.header.answer", {}, table));
  put(headerRow, COLUMNS.feedback, render("sheet.header.feedback", {}, table));
  const key = quoteSheet(keySheet);
  const texts = keyTexts(exercise);
  const keys: { row: number; text: string }[] = [];
  const taskRows = exercise.tasks.map((task, i) => {
    const row = FIRST_TASK_ROW + i;
    put(row, COLUMNS.number, task.number);
    put(row, COLUMNS.task, renderMessage(task.instruction, table) + accepted(task, table));
    put(row, COLUMNS.answer, "", task.answer === "fraction" ? "0.0%" : "General");
    put(row, COLUMNS.feedback, `=ASEAN.CHECK(${a1(row, COLUMNS.answer)},${key}!${a1(row, 0)})`);
    keys.push({ row, text: texts[i] });
    return row;
  });
  const scoreRow = FIRST_TASK_ROW + n + 1;
  const first = FIRST_TASK_ROW;
  const last = FIRST_TASK_ROW + n - 1;
  put(scoreRow, COLUMNS.task, render("sheet.score", {}, table));
  put(
    scoreRow,
    COLUMNS.feedback,
    `=ASEAN.CHECK(${a1(first, COLUMNS.answer)}:${a1(last, COLUMNS.answer)},` +
      `${key}!${a1(first, 0)}:${a1(last, 0)},"score")`,
  );
  const givenAt = new Map<number, { row: number; col: number; rows: number; cols: number }>();
  let row = scoreRow + 2;
  for (const task of exercise.tasks) {
    const g: GivenTable | undefined = task.given;
    if (!g) continue;
    put(row, COLUMNS.task, renderMessage(g.caption, table));
    g.header.forEach((h, j) => put(row + 1, COLUMNS.task + j, textOf(h, table)));
    g.rows.forEach((r, i) => r.forEach((v, j) => put(row + 2 + i, COLUMNS.task + j, v, g.formats[j] ?? "General")));
    givenAt.set(task.number, { row: row + 2, col: COLUMNS.task, rows: g.rows.length, cols: g.header.length });
    row += g.rows.length + 3;
  }
  return { cells: rows, formats, headerRow, taskRows, scoreRow, givenAt, keys };
}

/**
 * A task's solution as Excel formulas at this plan's places: the answer's formula, and the helper
 * cells (address and formula) it needs beside the task's data. For tests and for trainers' keys.
 */
export function solutionFormulas(
  plan: SheetPlan,
  task: Task,
): { formula: string; helpers: { row: number; col: number; formula: string }[] } | undefined {
  if (!task.solution) return undefined;
  const at = plan.givenAt.get(task.number);
  const cell = (r: number, c: number): string => (at ? a1(at.row + r, at.col + c) : "#REF!");
  const column = (c: number): string => (at ? `${cell(0, c)}:${cell(at.rows - 1, c)}` : "#REF!");
  const helpCol = at ? at.col + at.cols : 0;
  const resolve = (template: string, own?: number): string =>
    template
      .replace(/\{(\d+),(\d+)\}/g, (_, r: string, c: string) => cell(Number(r), Number(c)))
      .replace(/\{row,(\d+)\}/g, (_, c: string) => cell(own ?? 0, Number(c)))
      .replace(/\{col:(\d+)\}/g, (_, c: string) => column(Number(c)))
      .replace(/\{help\}/g, () => (at ? `${a1(at.row, helpCol)}:${a1(at.row + at.rows - 1, helpCol)}` : "#REF!"));
  const helper = task.solution.helper;
  const helpers =
    helper && at
      ? Array.from({ length: at.rows }, (_, i) => ({ row: at.row + i, col: helpCol, formula: resolve(helper, i) }))
      : [];
  return { formula: resolve(task.solution.formula), helpers };
}

export { a1 as cellAddress };

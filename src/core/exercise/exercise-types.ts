/** An exercise as data: what the writer puts on the sheet, what the key keeps hashed, and the solution. */
import type { Message } from "./messages";
import type { AnswerKind, StoredMistake, TaskKind, Tolerance } from "./task-types";

export type GivenValue = string | number;

/** The data a task gives, written as values under the task list. */
export interface GivenTable {
  readonly caption: Message;
  readonly header: readonly (Message | number)[];
  readonly rows: readonly (readonly GivenValue[])[];
  /** Excel number format per column. */
  readonly formats: readonly string[];
}

/** A typical wrong answer the key keeps, hashed, with the words of its hint. */
export interface WrongAnswer {
  readonly kind: StoredMistake;
  readonly value: number | string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * How the answer is computed with Excel's own formulas, over the given data: {r,c} is the cell of
 * data row r and column c (from 0); {col:c} the whole column c; {help} the helper column, each of whose
 * cells holds `helper` with {row,c} meaning column c of its own row.
 */
export interface Solution {
  readonly formula: string;
  readonly helper?: string;
}

export interface Task {
  readonly number: number;
  readonly kind: TaskKind;
  readonly instruction: Message;
  readonly given?: GivenTable;
  readonly answer: AnswerKind;
  readonly tolerance: Tolerance;
  /** The right answer: a number, a partner's code, or null for a chart (checked in the pane). */
  readonly expected: number | string | null;
  readonly wrong: readonly WrongAnswer[];
  readonly solution?: Solution;
}

export interface ExerciseRequest {
  readonly itemId: string;
  readonly kinds: readonly TaskKind[];
  readonly count: number;
  /** The student's number (or any text): the same seed gives the same exercise. */
  readonly seed: string;
  /** A word only the trainer knows, mixed into the variant so students cannot make the same one. */
  readonly classWord?: string;
}

export interface Exercise {
  readonly request: ExerciseRequest;
  readonly itemTitle: string;
  readonly edition: string;
  readonly salt: string;
  readonly tasks: readonly Task[];
}

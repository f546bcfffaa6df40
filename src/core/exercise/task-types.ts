/**
 * The kinds of task an exercise can hold, as data: what kind of answer each takes, how close an answer
 * must be, and which typical slips its key records (as hashes) so that CHECK can name them.
 */
import type { MessageKey } from "./messages";

export type TaskKind = "lookup" | "growth" | "cagr" | "share" | "balance" | "rank" | "fastest" | "chart";

/** number: US$ billion; fraction: a rate or a share (15.9 % = 0.159); partner: a code or a name. */
export type AnswerKind = "number" | "fraction" | "rank" | "partner" | "none";

/** abs: within width of the answer; rel: within width × the answer; exact: the same value. */
export type Tolerance = { readonly kind: "abs" | "rel"; readonly width: number } | { readonly kind: "exact" };

/** Slips recognised from the right answer alone, at check time. */
export type DerivedMistake = "percent" | "fraction" | "scale" | "sign";
/** Slips whose values the generator computes and the key keeps (hashed), tagged by kind. */
export type StoredMistake =
  | "previousYear"
  | "partnerFigure"
  | "wholePeriod"
  | "periods"
  | "reversed"
  | "largestIncrease"
  | "largestValue"
  | "inverted";
export type MistakeKind = DerivedMistake | StoredMistake;

export interface TaskType {
  readonly kind: TaskKind;
  /** What the trainer picks in the pane. */
  readonly label: MessageKey;
  readonly answer: AnswerKind;
  readonly tolerance: Tolerance;
  /** Whether the task asks for a function (its given data, if any, is then written as live formulas). */
  readonly usesFunctions: boolean;
}

const FRACTION: Tolerance = { kind: "abs", width: 0.0005 };
const BILLIONS: Tolerance = { kind: "abs", width: 0.005 };

export const TASK_TYPES: readonly TaskType[] = [
  {
    kind: "lookup",
    label: "type.lookup",
    answer: "number",
    tolerance: { kind: "rel", width: 0.001 },
    usesFunctions: true,
  },
  { kind: "growth", label: "type.growth", answer: "fraction", tolerance: FRACTION, usesFunctions: false },
  { kind: "cagr", label: "type.cagr", answer: "fraction", tolerance: FRACTION, usesFunctions: false },
  { kind: "share", label: "type.share", answer: "fraction", tolerance: FRACTION, usesFunctions: false },
  { kind: "balance", label: "type.balance", answer: "number", tolerance: BILLIONS, usesFunctions: false },
  { kind: "rank", label: "type.rank", answer: "rank", tolerance: { kind: "exact" }, usesFunctions: false },
  { kind: "fastest", label: "type.fastest", answer: "partner", tolerance: { kind: "exact" }, usesFunctions: false },
  { kind: "chart", label: "type.chart", answer: "none", tolerance: { kind: "exact" }, usesFunctions: false },
];

export const TASK_KINDS: readonly TaskKind[] = TASK_TYPES.map((t) => t.kind);

export function taskType(kind: TaskKind): TaskType {
  return TASK_TYPES.find((t) => t.kind === kind) as TaskType;
}

export const isTaskKind = (x: string): x is TaskKind => (TASK_KINDS as readonly string[]).includes(x);

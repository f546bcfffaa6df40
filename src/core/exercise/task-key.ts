/**
 * One task's answer key as text, kept in a cell of the exercise's very hidden key sheet:
 * "AX1:" + the key as base64url JSON + ":" + a checksum of that. It holds hashes, never a value: the
 * task's number and kind, its tolerance, the hash of the right answer's bucket and the hashes of the
 * typical wrong answers, each tagged by the slip it shows, with the words its hint needs.
 */
import { base64url, textHash } from "./answer-hash";
import type { MessageParams } from "./messages";
import { isTaskKind, type AnswerKind, type StoredMistake, type TaskKind, type Tolerance } from "./task-types";

export const KEY_VERSION = 1;
const PREFIX = `AX${KEY_VERSION}:`;
const CHECKSUM_CHARS = 8;

export interface StoredHint {
  readonly kind: StoredMistake;
  readonly hash: string;
  readonly params?: MessageParams;
}

export interface TaskKey {
  readonly salt: string;
  /** The task's number on the sheet (part of every hash, so equal answers of two tasks hash apart). */
  readonly task: number;
  readonly kind: TaskKind;
  readonly answer: AnswerKind;
  readonly tolerance: Tolerance;
  /** The right answer's hash; "" for chart tasks (checked against their points). */
  readonly hash: string;
  readonly hints: readonly StoredHint[];
  /** A chart task's points: a hash of each year with its value's bucket (see chart-check.ts). */
  readonly points?: readonly string[];
}

const ANSWERS: readonly AnswerKind[] = ["number", "fraction", "rank", "partner", "none"];
const HINTS: readonly StoredMistake[] = [
  "previousYear",
  "partnerFigure",
  "wholePeriod",
  "periods",
  "reversed",
  "largestIncrease",
  "largestValue",
  "inverted",
];

function fromBase64url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

export function encodeTaskKey(key: TaskKey): string {
  const payload = base64url(new TextEncoder().encode(JSON.stringify({ v: KEY_VERSION, ...key })));
  return `${PREFIX}${payload}:${textHash(payload, CHECKSUM_CHARS)}`;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

function toleranceOf(x: unknown): Tolerance | undefined {
  if (!isRecord(x)) return undefined;
  if (x.kind === "exact") return { kind: "exact" };
  if ((x.kind === "abs" || x.kind === "rel") && typeof x.width === "number" && x.width > 0)
    return { kind: x.kind, width: x.width };
  return undefined;
}

function paramsOf(x: unknown): MessageParams | undefined {
  if (!isRecord(x)) return undefined;
  return Object.values(x).every((v) => typeof v === "string" || typeof v === "number")
    ? (x as MessageParams)
    : undefined;
}

function hintOf(x: unknown): StoredHint | undefined {
  if (!isRecord(x) || typeof x.hash !== "string" || !HINTS.includes(x.kind as StoredMistake)) return undefined;
  const params = x.params === undefined ? undefined : paramsOf(x.params);
  if (x.params !== undefined && !params) return undefined;
  return { kind: x.kind as StoredMistake, hash: x.hash, ...(params ? { params } : {}) };
}

/** The key in a cell's text, or why it cannot be read (a text for the #VALUE! message). */
export function decodeTaskKey(text: string): TaskKey | { problem: string } {
  const trimmed = text.trim();
  if (!trimmed.startsWith("AX")) return { problem: "it is not an exercise key" };
  if (!trimmed.startsWith(PREFIX)) return { problem: "it was made by another version of the add-in" };
  const parts = trimmed.slice(PREFIX.length).split(":");
  if (parts.length !== 2 || textHash(parts[0], CHECKSUM_CHARS) !== parts[1])
    return { problem: "its checksum does not match" };
  const json = fromBase64url(parts[0]);
  let x: unknown;
  try {
    x = json === undefined ? undefined : JSON.parse(json);
  } catch {
    x = undefined;
  }
  const tolerance = isRecord(x) ? toleranceOf(x.tolerance) : undefined;
  const hints = isRecord(x) && Array.isArray(x.hints) ? x.hints.map(hintOf) : [];
  if (
    !isRecord(x) ||
    x.v !== KEY_VERSION ||
    typeof x.salt !== "string" ||
    typeof x.task !== "number" ||
    typeof x.kind !== "string" ||
    !isTaskKind(x.kind) ||
    !ANSWERS.includes(x.answer as AnswerKind) ||
    !tolerance ||
    typeof x.hash !== "string" ||
    !Array.isArray(x.hints) ||
    (x.points !== undefined && !(Array.isArray(x.points) && x.points.every((p) => typeof p === "string"))) ||
    hints.some((h) => h === undefined)
  )
    return { problem: "its content is not a task key" };
  return {
    salt: x.salt,
    task: x.task,
    kind: x.kind,
    answer: x.answer as AnswerKind,
    tolerance,
    hash: x.hash,
    hints: hints as StoredHint[],
    ...(Array.isArray(x.points) ? { points: x.points as string[] } : {}),
  };
}

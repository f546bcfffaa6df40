/**
 * Answers kept as salted hashes of buckets. A number is bucketed at its task's tolerance (so answers
 * within the tolerance share a bucket or fall in the next one); a check hashes the answer's bucket and
 * both neighbours, which handles answers near a bucket's edge: within the tolerance is always accepted,
 * more than twice the tolerance away never is. Hashes are SHA-256, cut to 72 bits: the key does not
 * need more against a guess, and stays short.
 */
import { sha256 } from "@noble/hashes/sha2";
import type { Tolerance } from "./task-types";

const HASH_CHARS = 12;

/** The bucket a number falls in; for relative tolerances, buckets are even steps of the logarithm. */
export function bucketOf(value: number, tolerance: Tolerance): number | string {
  if (tolerance.kind === "exact") return String(value);
  if (tolerance.kind === "abs") return Math.round(value / tolerance.width);
  if (value === 0) return "0";
  const step = Math.round(Math.log(Math.abs(value)) / Math.log1p(tolerance.width));
  return `${value < 0 ? "-" : "+"}${step}`;
}

/** The answer's bucket and its neighbours: the buckets whose hash accepts it. */
export function bucketsNear(value: number, tolerance: Tolerance): (number | string)[] {
  const b = bucketOf(value, tolerance);
  if (typeof b === "number") return [b, b - 1, b + 1];
  const m = /^([+-])(-?\d+)$/.exec(b);
  if (!m) return [b];
  const step = Number(m[2]);
  return [b, `${m[1]}${step - 1}`, `${m[1]}${step + 1}`];
}

/** Bytes as base64 (an exported key's file, for Excel to open). */
export function base64(bytes: Uint8Array): string {
  let bin = "";
  for (const byte of bytes) bin += String.fromCharCode(byte);
  return btoa(bin);
}

function base64url(bytes: Uint8Array): string {
  return base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The hash the key keeps: of the exercise's salt, the task's number, what the value is and its bucket. */
export function answerHash(salt: string, task: number, tag: string, bucket: number | string): string {
  const text = `${salt}|${task}|${tag}|${bucket}`;
  return base64url(sha256(new TextEncoder().encode(text))).slice(0, HASH_CHARS);
}

export function textHash(text: string, chars: number): string {
  return base64url(sha256(new TextEncoder().encode(text))).slice(0, chars);
}

export { base64url };

/**
 * Checks an answer against its task key, and names a typical slip where the answer matches one: a
 * percentage typed as a whole number, a fraction 100 times too small, millions for billions, the wrong
 * sign, or one of the wrong values the key keeps (the previous year's figure, the partner's figure, ...).
 * Hints are generic: they say what the slip is, never the answer or its digits.
 */
import { answerHash, bucketsNear } from "./answer-hash";
import type { Message } from "./messages";
import type { TaskKey } from "./task-key";

export type Verdict =
  | { readonly kind: "blank" }
  | { readonly kind: "trainer" }
  | { readonly kind: "right" }
  | { readonly kind: "wrong"; readonly hint?: Message };

/** A partner's code for a text typed as an answer, or undefined for a text that names none. */
export type PartnerResolver = (text: string) => string | undefined;

const matches = (key: TaskKey, tag: string, hash: string, value: number): boolean =>
  Number.isFinite(value) &&
  bucketsNear(value, key.tolerance).some((b) => answerHash(key.salt, key.task, tag, b) === hash);

/** The number an answer cell holds: Excel passes numbers; a text such as "15.9%" or "1,234.5" is read too. */
export function answerNumber(answer: unknown): number | undefined {
  if (typeof answer === "number") return answer;
  if (typeof answer !== "string") return undefined;
  const m = /^\s*([+-]?[\d,]*\.?\d+(?:[eE][+-]?\d+)?)\s*(%?)\s*$/.exec(answer);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ""));
  return m[2] === "%" ? n / 100 : n;
}

const isBlank = (answer: unknown): boolean =>
  answer === null || answer === undefined || (typeof answer === "string" && answer.trim() === "");

/** Example fractions for a percentage hint: the first that is not the right answer is shown. */
const EXAMPLES = [0.159, 0.072, 0.25];

function percentExample(right: (v: number) => boolean): { pct: string; frac: string; tiny: string } {
  const x = EXAMPLES.find((v) => !right(v)) ?? EXAMPLES[0];
  return { pct: `${+(x * 100).toFixed(1)}%`, frac: String(x), tiny: String(+(x / 100).toFixed(5)) };
}

function derivedHint(key: TaskKey, a: number): Message | undefined {
  const right = (v: number): boolean => matches(key, "ok", key.hash, v);
  if (key.answer === "fraction") {
    if (right(a / 100)) return { key: "mistake.percent", params: percentExample(right) };
    if (right(a * 100)) return { key: "mistake.fraction", params: percentExample(right) };
  }
  if (key.answer === "number") {
    for (const factor of [1000, 1e6, 1e9])
      if (right(a / factor) || right(a * factor)) return { key: "mistake.scale", params: { factor } };
  }
  if (a !== 0 && right(-a)) return { key: "mistake.sign" };
  return undefined;
}

function storedHint(key: TaskKey, matchesHint: (tag: string, hash: string) => boolean): Message | undefined {
  const hit = key.hints.find((h) => matchesHint(h.kind, h.hash));
  return hit ? { key: `mistake.${hit.kind}`, ...(hit.params ? { params: hit.params } : {}) } : undefined;
}

function wrong(hint: Message | undefined): Verdict {
  return hint ? { kind: "wrong", hint } : { kind: "wrong" };
}

export function checkAnswer(key: TaskKey, answer: unknown, partnerOf: PartnerResolver): Verdict {
  if (key.answer === "none") return { kind: "trainer" };
  if (isBlank(answer)) return { kind: "blank" };
  if (key.answer === "partner") {
    const code = typeof answer === "string" ? partnerOf(answer) : undefined;
    if (!code) return { kind: "wrong", hint: { key: "check.notPartner" } };
    const same = (tag: string, hash: string): boolean => answerHash(key.salt, key.task, tag, code) === hash;
    if (same("ok", key.hash)) return { kind: "right" };
    return wrong(storedHint(key, same));
  }
  const a = answerNumber(answer);
  if (a === undefined) return { kind: "wrong", hint: { key: "check.notNumber" } };
  if (matches(key, "ok", key.hash, a)) return { kind: "right" };
  return wrong(storedHint(key, (tag, hash) => matches(key, tag, hash, a)) ?? derivedHint(key, a));
}

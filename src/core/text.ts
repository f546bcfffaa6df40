/** Folds what people type (case, width, spacing, punctuation) so that "viet nam", "Viet-Nam" and
 *  "ＶＩＥＴ　ＮＡＭ" meet the same key. */
export function foldKey(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_.,'’()（）]+/g, "");
}

/** Two rows of the edit-distance table, kept between calls: suggestions compare one text with every name. */
let prevRow = new Uint16Array(64);
let curRow = new Uint16Array(64);

/** Edit distance, capped: anything above `cap` is reported as cap + 1. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (prevRow.length <= b.length) {
    prevRow = new Uint16Array(2 * (b.length + 1));
    curRow = new Uint16Array(2 * (b.length + 1));
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

/** "2000–2020, 2023–2024" from a sorted list of years. */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < years.length; i++) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    parts.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j;
  }
  return parts.join(", ");
}

/** A record's own entry for a key typed by a user: "constructor" or "__proto__" are words, not members. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/**
 * No argument any function takes is anywhere near this long (the longest name known is under 60
 * characters); it is also the longest text a formula can hold as a literal. Longer text is refused at
 * once, so it is neither searched for suggestions nor remembered.
 */
export const MAX_TEXT_LENGTH = 255;

/** Longest piece of what a user typed that a message repeats. */
export const QUOTE_LIMIT = 40;

/**
 * Control characters and the invisible marks that reorder text (bidi embeddings, overrides, isolates):
 * echoed into a hover message they would garble it or make it read as something else.
 */
const UNSAFE = new RegExp(
  [
    String.raw`[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]`,
    String.raw`[\ud800-\udbff](?![\udc00-\udfff])`,
    String.raw`(?<![\ud800-\udbff])[\udc00-\udfff]`,
  ].join("|"),
  "g",
);

/** Text made safe to show in a message: unsafe characters dropped, at most `limit` characters wide (never
 *  splitting a character; `width` says how wide each one shows), with "…" where it was cut. */
export function excerpt(text: string, limit: number, width: (char: string) => number = () => 1): string {
  // Only the start can be shown, so only the start is cleaned: a 32,767-character argument costs no more than a short
  // one.
  const start = text.slice(0, 4 * limit);
  const chars = Array.from(start.replace(UNSAFE, ""));
  let [shown, used] = [0, 0];
  while (shown < chars.length && used + width(chars[shown]) <= limit) used += width(chars[shown++]);
  const cut = shown < chars.length || start.length < text.length;
  return `${chars.slice(0, shown).join("")}${cut ? "…" : ""}`;
}

/**
 * What a user typed, made safe to repeat in a message, in double quotes: at most QUOTE_LIMIT characters as
 * shown. A double quote inside is doubled, as in a formula's text, so the quoted part ends where it seems to.
 */
export function quoteInput(text: string): string {
  return `"${excerpt(text, QUOTE_LIMIT, (c) => (c === '"' ? 2 : 1)).replace(/"/g, '""')}"`;
}

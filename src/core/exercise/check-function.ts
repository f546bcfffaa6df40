/**
 * =ASEAN.CHECK(answers, key, [options]): each answer cell against the task key in the key cell of the
 * same row and column, one result per answer (✓, ✗ with a hint, blank for no answer yet), TRUE/FALSE
 * with the option "true/false", or one score such as "7/10" with the option "score". Pure and
 * synchronous: keys hold hashes, so checking needs no secret and no wait.
 */
import { scalarArg } from "../args";
import type { Codes } from "../codes";
import { quoteInput } from "../text";
import { invalidValue, isDomainError, type DomainError } from "../errors";
import type { Matrix, MatrixCell } from "../matrix";
import { checkAnswer, type PartnerResolver, type Verdict } from "./check";
import { render, renderMessage, type MessageTable } from "./messages";
import { decodeTaskKey, type TaskKey } from "./task-key";

export interface CheckOptions {
  readonly booleans: boolean;
  readonly score: boolean;
}

const OPTION_WORDS: Readonly<Record<string, keyof CheckOptions>> = {
  "true/false": "booleans",
  truefalse: "booleans",
  boolean: "booleans",
  booleans: "booleans",
  bool: "booleans",
  tf: "booleans",
  score: "score",
};

type Grid = readonly (readonly unknown[])[];

const gridOf = (raw: unknown): Grid =>
  Array.isArray(raw) && raw.every(Array.isArray) ? (raw as unknown[][]) : [[raw]];

export function parseAnswers(_name: string, raw: unknown): Grid {
  return gridOf(raw);
}

/** The key cells: a task key, or null for a cell without one (a row that is not a task). */
export function parseKeys(name: string, raw: unknown): (TaskKey | null)[][] | DomainError {
  const out: (TaskKey | null)[][] = [];
  for (const row of gridOf(raw)) {
    const keys: (TaskKey | null)[] = [];
    for (const cell of row) {
      if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) {
        keys.push(null);
        continue;
      }
      const key = typeof cell === "string" ? decodeTaskKey(cell) : { problem: "a key is a text, not a number" };
      if ("problem" in key) return invalidValue(`${name}: ${render("error.damagedKey", { why: key.problem })}`);
      keys.push(key);
    }
    out.push(keys);
  }
  return out;
}

export function parseCheckOptions(name: string, raw: unknown): CheckOptions | DomainError {
  const options = { booleans: false, score: false };
  const v = scalarArg(name, raw);
  if (isDomainError(v)) return v;
  if (v === null) return options;
  const refuse = (word: string): DomainError =>
    invalidValue(`${name}: ${render("error.options", { word: quoteInput(word) })}`);
  if (typeof v !== "string") return refuse(String(v));
  for (const word of v
    .toLowerCase()
    .split(/[\s,;]+/)
    .filter((w) => w !== "")) {
    if (!Object.hasOwn(OPTION_WORDS, word)) return refuse(word);
    options[OPTION_WORDS[word]] = true;
  }
  return options;
}

function cellOf(v: Verdict, options: CheckOptions, table?: Partial<MessageTable>): MatrixCell {
  if (v.kind === "blank") return "";
  if (v.kind === "trainer") return options.booleans ? "" : render("check.chart", {}, table);
  if (options.booleans) return v.kind === "right";
  if (v.kind === "right") return render("check.right", {}, table);
  const mark = render("check.wrong", {}, table);
  return v.hint ? `${mark} ${renderMessage(v.hint, table)}` : mark;
}

/** A verdict as CHECK shows it by default (✓, ✗ with a hint, blank), e.g. for a chart task checked in the pane. */
export const verdictText = (v: Verdict, table?: Partial<MessageTable>): string =>
  String(cellOf(v, { booleans: false, score: false }, table));

export function partnerResolver(codes: Codes): PartnerResolver {
  return (text) => {
    const r = codes.resolve(text.trim());
    return r.ok ? r.entity.code : undefined;
  };
}

export function runCheck(
  answers: Grid,
  keys: (TaskKey | null)[][] | DomainError,
  options: CheckOptions,
  partnerOf: PartnerResolver,
  table?: Partial<MessageTable>,
): Matrix | DomainError {
  if (isDomainError(keys)) return keys;
  const count = (g: readonly (readonly unknown[])[]): string => `${g.length}×${g[0]?.length ?? 0}`;
  const sameShape = answers.length === keys.length && answers.every((row, i) => row.length === keys[i].length);
  if (!sameShape) return invalidValue(`key: ${render("error.shape", { keys: count(keys), answers: count(answers) })}`);
  const verdicts = answers.map((row, i) =>
    row.map((answer, j): Verdict | undefined => {
      const key = keys[i][j];
      return key ? checkAnswer(key, answer, partnerOf) : undefined;
    }),
  );
  if (options.score) {
    const graded = verdicts.flat().filter((v): v is Verdict => v !== undefined && v.kind !== "trainer");
    const right = graded.filter((v) => v.kind === "right").length;
    return [[render("score.text", { right, total: graded.length }, table)]];
  }
  return verdicts.map((row) => row.map((v) => (v ? cellOf(v, options, table) : "")));
}

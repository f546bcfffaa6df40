/*
 * npm run --silent asean -- FUNCTION ARG...
 * Prints what a cell would get from =ASEAN.FUNCTION(ARG, ...): a number, a spilled array as JSON, or
 * the error and its message. Arguments that look like numbers are passed as numbers, as typed in a
 * formula; an empty argument ("") is an omitted optional one; a JSON 2-D array (rows of cells) is a
 * range, as Excel passes one: '[["MY"],["VN"]]' is a column of two. Exit 0 for any function result,
 * 2 for misuse of the tool itself. Functions and their argument counts come from the core's registry.
 * `--lang zh-CN` (before the function) prints messages, citations, spilled tables' words and CHECK's feedback
 * in Chinese, as a cell in Chinese Office shows them; English otherwise.
 */
import { core } from "../core/api";
import { ERROR_CODE, isDomainError } from "../core/errors";
import { EXERCISE_MESSAGES_ZH, feedbackIn } from "../core/exercise/messages-zh";
import { guarded } from "../core/guard";
import { chineseName } from "../core/i18n/chinese-names";
import { languageOf, type Language } from "../core/i18n/language";
import { messageIn } from "../core/i18n/messages-zh";
import { spillIn, spillTextZh } from "../core/i18n/spill-text-zh";
import type { Matrix } from "../core/matrix";
import { arity, FUNCTION_IDS, isFunctionId, REGISTRY } from "../core/registry/registry";

type CellArg = string | number | boolean | null;

/** A range written as JSON rows of cells, or undefined when the text is not one. */
function rangeArg(text: string): CellArg[][] | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  const isCell = (c: unknown): boolean => c === null || ["string", "number", "boolean"].includes(typeof c);
  if (!Array.isArray(v) || v.length === 0 || !v.every(Array.isArray)) return undefined;
  const rows = v as unknown[][];
  if (rows[0].length === 0 || !rows.every((r) => r.length === rows[0].length && r.every(isCell))) return undefined;
  return rows as CellArg[][];
}

/** Whether an argument is meant as a range: it starts as a JSON array does. */
const looksLikeRange = (text: string): boolean => text.trimStart().startsWith("[");

export function cliArg(text: string): CellArg | CellArg[][] {
  if (text === "") return null;
  if (looksLikeRange(text)) return rangeArg(text) ?? text;
  return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : text;
}

/**
 * What a cell in `language` shows of a result: messages, SOURCE's citations and a spilled table's words in its
 * words, CHECK's hints too.
 */
export function inLanguage(id: string, result: unknown, language: Language): unknown {
  if (language === "en") return result;
  const table = isFunctionId(id) && id !== "CHECK" && REGISTRY[id].spills && Array.isArray(result);
  const v = table ? spillIn(id, result as Matrix, language, (text) => spillTextZh(text, chineseName)) : result;
  const say = (text: string): string => messageIn(text, language, chineseName);
  const cell = (c: unknown): unknown =>
    isDomainError(c)
      ? { ...c, message: say(c.message) }
      : typeof c === "string" && id === "SOURCE"
        ? say(c)
        : typeof c === "string" && id === "CHECK"
          ? feedbackIn(c, EXERCISE_MESSAGES_ZH)
          : c;
  return Array.isArray(v) ? v.map((row: unknown) => (Array.isArray(row) ? row.map(cell) : cell(row))) : cell(v);
}

/**
 * Excel shows a one-cell spill as a plain value: a spilling function that fails as a whole prints its error and
 * message.
 */
export function formatResult(v: unknown): string {
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return formatResult(v[0][0]);
  if (isDomainError(v)) return `${ERROR_CODE[v.error]}: ${v.message}`;
  if (Array.isArray(v))
    return JSON.stringify(v.map((row: unknown[]) => row.map((c) => (isDomainError(c) ? ERROR_CODE[c.error] : c))));
  return String(v);
}

function usage(): string {
  return (
    `Usage: npm run --silent asean -- [--lang zh-CN] FUNCTION [ARG...]\nFunctions: ${FUNCTION_IDS.join(", ")}\n` +
    `Example: npm run --silent asean -- TRADE CN MY 2024\n` +
    `In Chinese: npm run --silent asean -- --lang zh-CN SOURCE CN MY 2024\n` +
    `A range, one result per cell: npm run --silent asean -- TRADE CN '[["MY"],["VN"]]' 2024`
  );
}

/** The language asked for with `--lang TAG` or `--lang=TAG` before the function, and the arguments after it. */
function languageOption(argv: readonly string[]): { language: Language; rest: string[] } | string {
  const [first, ...others] = argv;
  if (first === "--lang") {
    const [tag, ...rest] = others;
    return tag ? { language: languageOf(tag), rest } : "--lang needs a language, e.g. --lang zh-CN.";
  }
  if (first?.startsWith("--lang=")) return { language: languageOf(first.slice("--lang=".length)), rest: others };
  return { language: "en", rest: [...argv] };
}

export function run(argv: string[]): { out: string; code: number } {
  const option = languageOption(argv);
  if (typeof option === "string") return { out: `${option}\n${usage()}`, code: 2 };
  const { language } = option;
  const [name, ...rest] = option.rest;
  if (!name || name === "--help" || name === "-h") return { out: usage(), code: name ? 0 : 2 };
  const id = name.toUpperCase().replace(/^ASEAN\./, "");
  if (!isFunctionId(id)) return { out: `Unknown function "${name}".\n${usage()}`, code: 2 };
  const { minArgs, maxArgs } = arity(id);
  if (rest.length < minArgs || rest.length > maxArgs) {
    return {
      out:
        `${name.toUpperCase()} takes ` +
        `${minArgs === maxArgs ? minArgs : `${minArgs} to ${maxArgs}`} ` +
        `arguments, got ` +
        `${rest.length}.`,
      code: 2,
    };
  }
  const bad = rest.find((t) => looksLikeRange(t) && rangeArg(t) === undefined);
  if (bad !== undefined)
    return {
      out: `${bad} is not a range: write one as JSON rows of equal length, e.g. '[["MY"],["VN"]]' or '[[2023,2024]]'.`,
      code: 2,
    };
  const args = rest.map(cliArg);
  while (args.length < maxArgs) args.push(null);
  // As in a cell: a function never fails, and a damaged dataset or anything unexpected is said as #VALUE!.
  return {
    out: formatResult(
      inLanguage(
        id,
        guarded(() => core().callEach(id, args)),
        language,
      ),
    ),
    code: 0,
  };
}

if (require.main === module) {
  const { out, code } = run(process.argv.slice(2));
  (code === 2 ? process.stderr : process.stdout).write(out + "\n");
  process.exit(code);
}

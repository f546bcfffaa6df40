/**
 * The ASEAN.* calls inside a formula as Office.js reads it (English function names, "," between
 * arguments), found without evaluating anything: which functions a cell uses, with which constant or
 * reference arguments, and whether its formula was saved while the add-in was not loaded
 * ("_xldudf_ASEAN_TRADE(", possibly behind a workbook prefix such as "[2]!").
 */

type Constant = string | number | boolean | null;
/** One value as a function receives it. */
export type ArgValue = Constant;
/** What an argument hands the function: one value, or the rows of a range or array constant. */
export type ArgValues = ArgValue | readonly (readonly ArgValue[])[];

/**
 * An argument as written: a constant, an array constant ({"MY";"VN"}), a reference to a cell or a rectangle of
 * cells, nothing (omitted), or anything else.
 */
export type CallArg =
  | { readonly kind: "value"; readonly value: Constant }
  | { readonly kind: "array"; readonly rows: readonly (readonly Constant[])[] }
  | { readonly kind: "ref"; readonly sheet?: string; readonly ref: string }
  | { readonly kind: "other"; readonly text: string };

export interface AseanCall {
  /** The function id, upper case: "TRADE". */
  readonly id: string;
  readonly args: readonly CallArg[];
  /** Saved without the add-in: the call reads _xldudf_ASEAN_<ID>. */
  readonly broken: boolean;
  /** Where the call's name (with any workbook prefix) starts and where its closing parenthesis ends. */
  readonly start: number;
  readonly end: number;
}

// A name that ends right before the call: any "[2]!" or "Book.xla!" prefix, then the function name.
const CALL = /(?:(?:\[[^\]]*\]|[A-Za-z0-9_.]+)!)?(_xldudf_)?ASEAN([._])([A-Za-z][A-Za-z0-9]*)\s*\(/iy;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/** End of the string literal opening at i (index after its closing quote). */
function skipString(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    if (text[j] === '"') {
      if (text[j + 1] === '"') j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** The arguments between the parenthesis at `open` and its match, split at top-level commas. */
function splitArgs(text: string, open: number): { parts: string[]; end: number } | undefined {
  const parts: string[] = [];
  let depth = 0;
  let from = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      i = skipString(text, i) - 1;
    } else if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      i = close < 0 ? text.length : close;
    } else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") {
      if (depth === 0) {
        parts.push(text.slice(from, i));
        return { parts: parts.length === 1 && parts[0].trim() === "" ? [] : parts, end: i + 1 };
      }
      depth--;
    } else if (ch === "," && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?$/i;
const CELL = "\\$?[A-Za-z]{1,3}\\$?\\d+";
const CELL_REF = new RegExp(`^(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(${CELL}(?::${CELL})?)$`);

/** A constant as written, if the text is one. */
function constant(text: string): { value: Constant } | undefined {
  if (text === "") return { value: null };
  if (/^"([^"]|"")*"$/.test(text)) return { value: text.slice(1, -1).replace(/""/g, '"') };
  if (NUMBER.test(text)) return { value: Number(text) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  return undefined;
}

/** `text` split at each `sep` outside string literals. */
function splitOutsideStrings(text: string, sep: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') i = skipString(text, i) - 1;
    else if (text[i] === sep) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, text.slice(from)];
}

/** The rows of an array constant ("{1,2;3,4}": "," between columns, ";" between rows), if they are rectangular. */
function arrayConstant(text: string): Constant[][] | undefined {
  if (!text.startsWith("{") || !text.endsWith("}")) return undefined;
  const rows: Constant[][] = [];
  for (const line of splitOutsideStrings(text.slice(1, -1), ";")) {
    const row: Constant[] = [];
    for (const item of splitOutsideStrings(line, ",")) {
      const c = item.trim() === "" ? undefined : constant(item.trim());
      if (!c) return undefined;
      row.push(c.value);
    }
    rows.push(row);
  }
  return rows.every((r) => r.length === rows[0].length) ? rows : undefined;
}

export function classifyArg(raw: string): CallArg {
  const text = raw.trim();
  const c = constant(text);
  if (c) return { kind: "value", value: c.value };
  const rows = arrayConstant(text);
  if (rows) return { kind: "array", rows };
  const ref = CELL_REF.exec(text);
  if (ref) {
    const sheet = ref[1]?.startsWith("'") ? ref[1].slice(1, -1).replace(/''/g, "'") : ref[1];
    return { kind: "ref", ...(sheet !== undefined ? { sheet } : {}), ref: ref[2].replace(/\$/g, "").toUpperCase() };
  }
  return { kind: "other", text };
}

/** Every ASEAN call of a formula, outermost and nested alike, in the order they start. */
export function aseanCalls(formula: string): AseanCall[] {
  if (typeof formula !== "string" || !formula.startsWith("=")) return [];
  const calls: AseanCall[] = [];
  for (let i = 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      i = skipString(formula, i) - 1;
      continue;
    }
    if (NAME_CHAR.test(formula[i - 1])) continue;
    CALL.lastIndex = i;
    const m = CALL.exec(formula);
    if (!m) continue;
    const broken = m[1] !== undefined;
    // A live call reads ASEAN.<ID>; a saved-without-the-add-in one _xldudf_ASEAN_<ID>.
    if (broken !== (m[2] === "_")) continue;
    const split = splitArgs(formula, i + m[0].length - 1);
    if (!split) continue;
    calls.push({ id: m[3].toUpperCase(), args: split.parts.map(classifyArg), broken, start: i, end: split.end });
    // On from the opening parenthesis: calls nested in the arguments are found too, the name is not found again.
    i += m[0].length - 1;
  }
  return calls;
}

/** The formula holds a live ASEAN call (its value comes from the add-in). */
export const usesAsean = (formula: unknown): boolean =>
  typeof formula === "string" && aseanCalls(formula).some((c) => !c.broken);

/** The formula holds a call saved while the add-in was not loaded. */
export const brokenAsean = (formula: unknown): boolean =>
  typeof formula === "string" && aseanCalls(formula).some((c) => c.broken);

/** The same formula with every saved-without-the-add-in call named as the add-in names it. */
export function repairedFormula(formula: string): string {
  let out = "";
  let at = 0;
  for (const call of aseanCalls(formula).filter((c) => c.broken)) {
    if (call.start < at) continue;
    const open = formula.indexOf("(", call.start);
    out += `${formula.slice(at, call.start)}ASEAN.${call.id}`;
    at = open;
  }
  return out + formula.slice(at);
}

/** The one call a formula consists of ("=ASEAN.TRADE(...)" and nothing else), if it does. */
export function soleCall(formula: string): AseanCall | undefined {
  const calls = aseanCalls(formula);
  const first = calls[0];
  if (!first || first.start !== 1 || formula.slice(first.end).trim() !== "") return undefined;
  return first;
}

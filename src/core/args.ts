import type { Codes, Entity } from "./codes";
import { invalidValue, type DomainError } from "./errors";
import { FLOW_ALIASES, type Flow } from "./flows";
import { foldKey, lookup, MAX_TEXT_LENGTH, quoteInput } from "./text";
import { DEFAULT_UNIT, UNIT_ALIASES, UNITS, type Unit, type UnitId } from "./units";

/**
 * The one place where what a cell hands a function (a number, text, a boolean, null for an omitted
 * optional argument, or a 2-D array for a range) becomes a core type or a DomainError that names the
 * argument. Every face calls these; no function body coerces on its own.
 */
export type Scalar = string | number | boolean | null;

export function scalarArg(name: string, raw: unknown): Scalar | DomainError {
  let v = raw;
  if (Array.isArray(v)) {
    const cells = v.flat();
    if (cells.length > 1) return invalidValue(`${name}: expects one value, not a range of ${cells.length} cells.`);
    v = cells.length === 0 ? null : cells[0];
    if (Array.isArray(v)) return invalidValue(`${name}: expects one value.`);
  }
  if (v === undefined || v === null) return null;
  if (typeof v === "string") {
    const t = v.trim();
    if (t.length > MAX_TEXT_LENGTH)
      return invalidValue(
        `${name}: ${quoteInput(t)} is a text of ${t.length.toLocaleString("en")} characters, longer than any ` +
          `value it takes.`,
      );
    return t === "" ? null : t;
  }
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : invalidValue(`${name}: ${String(v)} is not a usable number.`);
  }
  if (typeof v === "boolean") return v;
  return invalidValue(`${name}: expects a single value.`);
}

const quote = (v: Scalar): string => (typeof v === "string" ? quoteInput(v) : String(v));

export function countryArg(name: string, raw: unknown, codes: Codes): Entity | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return invalidValue(`${name}: is required, e.g. "CN", "MY", "ASEAN" or "中国".`);
  if (typeof v !== "string")
    return invalidValue(`${name}: ${quote(v)} is not a country; use a code or name such as "CN", "MY" or "ASEAN".`);
  const res = codes.resolve(v);
  if (res.ok) return res.entity;
  const hint =
    res.suggestions.length > 0
      ? ` Did you mean ${res.suggestions.map((e) => `"${e.code}" (${e.en})`).join(", ")}?`
      : ` Use an ISO code ("MY", "MYS"), a name ("Malaysia", "马来西亚") or a group ("ASEAN", "RCEP", "WORLD").`;
  return invalidValue(`${name}: ${quote(v)} is not a known country or group.${hint}`);
}

export type YearArg = number | "latest";

/** Whole numbers up to this are years (Excel's dates end in 9999); a year without data is then #N/A, not #VALUE!. */
const LAST_CALENDAR_YEAR = 9999;
/** Excel's date serial of 31 December 9999, its last date. */
const LAST_DATE_SERIAL = 2958465;
/**
 * Day 0 of Excel's date serials (the 1900 system counts a 29 February 1900 that never was, so later serials run from
 * here).
 */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A year: a whole number or numeric text, or "latest". Any whole year is accepted, so that one outside
 * the data is answered by the query with #N/A naming the years that exist; a number that can only be a
 * date (such as 45658, 1 January 2025) or a fraction is the wrong kind of argument (#VALUE!).
 */
export function yearArg(name: string, raw: unknown): YearArg | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return invalidValue(`${name}: is required, e.g. 2024 or "latest".`);
  if (typeof v === "string" && foldKey(v) === "latest") return "latest";
  const n = typeof v === "string" && /^[+-]?\d+(\.\d*)?$/.test(v) ? Number(v) : v;
  if (typeof n === "number" && n > LAST_CALENDAR_YEAR && n < LAST_DATE_SERIAL + 1) {
    const date = new Date(SERIAL_EPOCH_MS + Math.floor(n) * 86_400_000);
    const day = date.toISOString().slice(0, 10);
    return invalidValue(
      `${name}: ${quote(v)} is a date (${day}) in Excel's numbering, not a year; use YEAR() of the date, e.g. ` +
        `${date.getUTCFullYear()}.`,
    );
  }
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > LAST_CALENDAR_YEAR) {
    return invalidValue(`${name}: ${quote(v)} is not a year; use a whole year such as 2024, or "latest".`);
  }
  return n;
}

export function flowArg(name: string, raw: unknown): Flow | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return "total";
  const flow = typeof v === "string" ? lookup(FLOW_ALIASES, foldKey(v)) : undefined;
  return (
    flow ??
    invalidValue(`${name}: ${quote(v)} is not a flow; use "total", "exports", "imports" or "balance" (T, X, M, B).`)
  );
}

export function unitArg(name: string, raw: unknown): Unit | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return DEFAULT_UNIT;
  if (typeof v === "string") {
    const upper = v.toUpperCase().replace(/\s+/g, "_") as UnitId;
    const id = lookup(UNITS, upper) ? upper : lookup(UNIT_ALIASES, foldKey(v));
    if (id) return UNITS[id];
  }
  return invalidValue(
    `${name}: ${quote(v)} is not a unit; use ${Object.keys(UNITS)
      .map((u) => `"${u}"`)
      .join(", ")}.`,
  );
}

/** Makes a required parameter's parser optional: null when the argument is left out. */
export function optional<T>(
  parse: (name: string, raw: unknown) => T | DomainError,
): (name: string, raw: unknown) => T | null | DomainError {
  return (name, raw) => {
    const v = scalarArg(name, raw);
    if (v !== null && typeof v === "object") return v;
    return v === null ? null : parse(name, v);
  };
}

/** An optional year: null when omitted. */
export const optionalYearArg = optional(yearArg);

export function wholeNumberArg(name: string, raw: unknown, min: number, max: number): number | null | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return null;
  const n = typeof v === "string" && /^[+-]?\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || n < min || n > max) {
    return invalidValue(`${name}: ${quote(v)} is not a whole number from ${min} to ${max}.`);
  }
  return n;
}

/** Any of the given words (folded), e.g. a measure or a currency; the first is the default. */
export function choiceArg<T extends string>(
  name: string,
  raw: unknown,
  choices: Record<string, T>,
  fallback: T,
): T | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return fallback;
  const hit = typeof v === "string" ? lookup(choices, foldKey(v)) : undefined;
  if (hit) return hit;
  const names = [...new Set(Object.values(choices))].map((c) => `"${c}"`).join(", ");
  return invalidValue(`${name}: ${quote(v)} is not one of ${names}.`);
}

export interface SeriesOptions {
  headers: boolean;
  horizontal: boolean;
  newestFirst: boolean;
  status: boolean;
}

const OPTION_WORDS: Record<string, Partial<SeriesOptions>> = {
  noheaders: { headers: false },
  noheader: { headers: false },
  headers: { headers: true },
  header: { headers: true },
  horizontal: { horizontal: true },
  h: { horizontal: true },
  vertical: { horizontal: false },
  v: { horizontal: false },
  newestfirst: { newestFirst: true },
  desc: { newestFirst: true },
  descending: { newestFirst: true },
  oldestfirst: { newestFirst: false },
  asc: { newestFirst: false },
  ascending: { newestFirst: false },
  status: { status: true },
  nostatus: { status: false },
};
/** Headers=Yes, Status=N, …: the words that turn a yes-or-no option on or off. */
const yesOrNo = (option: "headers" | "status"): Record<string, Partial<SeriesOptions>> =>
  Object.fromEntries(
    [
      ["yes", true],
      ["no", false],
      ["y", true],
      ["n", false],
      ["true", true],
      ["false", false],
    ].map(([word, on]) => [word, { [option]: on }]),
  );
const OPTION_PAIRS: Record<string, Record<string, Partial<SeriesOptions>>> = {
  headers: yesOrNo("headers"),
  orient: {
    h: { horizontal: true },
    v: { horizontal: false },
    horizontal: { horizontal: true },
    vertical: { horizontal: false },
  },
  sort: {
    desc: { newestFirst: true },
    asc: { newestFirst: false },
    d: { newestFirst: true },
    a: { newestFirst: false },
  },
  status: yesOrNo("status"),
};

/**
 * Spill options as words ("noheaders, horizontal, newestfirst, status") or Name=Value pairs in the style
 * data add-ins use ("Headers=No; Orient=H; Sort=Desc; Status=Yes"), separated by commas, semicolons or spaces.
 */
export function seriesOptionsArg(name: string, raw: unknown): SeriesOptions | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  const opts: SeriesOptions = { headers: true, horizontal: false, newestFirst: false, status: false };
  if (v === null) return opts;
  if (typeof v !== "string")
    return invalidValue(`${name}: ${quote(v)} is not a list of options such as "noheaders, horizontal".`);
  for (const token of v.split(/[,;\s]+/).filter((t) => t !== "")) {
    const [k, val] = token.split("=").map(foldKey);
    const pairs = lookup(OPTION_PAIRS, k);
    const set = val === undefined ? lookup(OPTION_WORDS, k) : pairs && lookup(pairs, val);
    if (!set) {
      return invalidValue(
        `${name}: ${quoteInput(token)} is not an option; use noheaders, horizontal, newestfirst, status (or ` +
          `Headers=No, Orient=H, Sort=Desc, Status=Yes).`,
      );
    }
    Object.assign(opts, set);
  }
  return opts;
}

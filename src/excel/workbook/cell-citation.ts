/**
 * The citation of a cell computed by an ASEAN.* formula, taken from the core's own citation texts:
 * ASEAN.SOURCE's for trade values, the FDI table's for FDI, the report's for its headline figures. A
 * spilled cell is cited by what it holds (the year of a SERIES row, the partner of a PARTNERS row, the
 * side of a MIRROR row); labels and lists (headers, codes, COUNTRIES, FX, EDITION) carry none. Citations
 * are in the language asked for, as ASEAN.SOURCE gives them in a cell of that language.
 */
import { core } from "../../core/api";
import { flowArg, seriesOptionsArg, unitArg } from "../../core/args";
import { isDomainError, type DomainError } from "../../core/errors";
import { MIRROR_FLOW } from "../../core/flows";
import { chineseName } from "../../core/i18n/chinese-names";
import type { Language } from "../../core/i18n/language";
import { messageIn } from "../../core/i18n/messages-zh";
import { isFunctionId } from "../../core/registry/registry";
import { aseanCalls, soleCall, type AseanCall, type ArgValue, type ArgValues, type CallArg } from "./formula-calls";

export type { ArgValue } from "./formula-calls";

/** A cell of a result: its position in the spill (0, 0 for a single value) and every value of the spill. */
export interface SpillCell {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly unknown[])[];
}

const text = (r: string | number | DomainError): string => (isDomainError(r) ? r.message : String(r));
const source = (...args: unknown[]): string => text(core().source(...args));
const yearIn = (label: unknown): number | undefined => {
  const m = /^(\d{4})\b/.exec(String(label));
  return m ? Number(m[1]) : undefined;
};

/** A ratio's citation, as the core gives it: what was divided by what, in which currency, each value cited. */
const ratioCitation = (id: "SHARE" | "GROWTH", a: readonly ArgValue[]): string => text(core().ratioSource(id, ...a));

/** SERIES: the year of the row (or column, when horizontal); the year labels themselves carry none. */
function seriesCitation(a: readonly ArgValue[], at: SpillCell): string {
  const options = seriesOptionsArg("options", a[6] ?? null);
  const horizontal = !isDomainError(options) && options.horizontal;
  const year = horizontal
    ? at.row > 0
      ? at.values[0]?.[at.col]
      : undefined
    : at.col > 0
      ? at.values[at.row]?.[0]
      : undefined;
  return typeof year === "number" ? source(a[0], a[1], year, a[4]) : "";
}

/** PARTNERS: the partner of the row, in the year its header names; the share column as a ratio. */
function partnersCitation(a: readonly ArgValue[], at: SpillCell): string {
  const code = at.values[at.row]?.[0];
  if (at.row === 0 || typeof code !== "string" || at.col < 2) return "";
  const year = yearIn(at.values[0]?.[2]) ?? a[1];
  if (at.col === 2) return source(a[0], code, year, a[2]);
  // The share column divides values in the unit's currency.
  const unit = unitArg("unit", a[5] ?? null);
  return ratioCitation("SHARE", [a[0], code, year, a[2], "WORLD", isDomainError(unit) ? null : unit.currency]);
}

/** MIRROR: the reporter's row, the partner's row (the mirrored flow), and both for the gap rows, each in `say`'s
 *  words (a citation of one side is put in the language asked for as a whole; the two sides, each). */
function mirrorCitation(a: readonly ArgValue[], at: SpillCell, say: (text: string) => string): string {
  if (at.row === 0 || at.col !== 2) return "";
  const flow = flowArg("flow", a[3] ?? null);
  const year = yearIn(at.values[0]?.[2]) ?? a[2];
  const ours = source(a[0], a[1], year, a[3]);
  const theirs = isDomainError(flow) ? text(flow) : source(a[1], a[0], year, MIRROR_FLOW[flow]);
  return at.row === 1 ? ours : at.row === 2 ? theirs : `(1) ${say(ours)} (2) ${say(theirs)}`;
}

function citeCall(id: string, a: readonly ArgValue[], at: SpillCell, say: (text: string) => string): string {
  switch (id) {
    case "TRADE":
    case "SOURCE":
      return source(a[0], a[1], a[2], a[3]);
    case "SHARE":
    case "GROWTH":
      return ratioCitation(id, a);
    case "FDI":
      return text(core().fdiSource(...a));
    case "FACT":
      return text(core().fact(a[0], "citation"));
    case "FACTS":
      return at.row > 0 ? text(core().fact(at.values[at.row]?.[0], "citation")) : "";
    case "LATEST": {
      const year = core().latest(...a);
      return isDomainError(year) ? year.message : source(a[0], a[1], year, a[2]);
    }
    case "SERIES":
      return seriesCitation(a, at);
    case "PARTNERS":
      return partnersCitation(a, at);
    case "MIRROR":
      return mirrorCitation(a, at, say);
    default:
      return "";
  }
}

/** Resolved arguments, or undefined when one is computed by a formula. */
function resolved(call: AseanCall, resolve: (arg: CallArg) => ArgValues | undefined): ArgValues[] | undefined {
  const out: ArgValues[] = [];
  for (const arg of call.args) {
    const v = resolve(arg);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

/**
 * The one value per argument of the call behind a cell: for a formula given ranges, the values of that cell's
 * own call, as the core broadcasts them (or the cell's #N/A); undefined when `at` cannot say which call
 * (the call is part of a longer formula) or the function takes no range.
 */
function oneCallArgs(id: string, args: readonly ArgValues[], at?: SpillCell): ArgValue[] | DomainError | undefined {
  if (!args.some((a) => Array.isArray(a))) return args as ArgValue[];
  if (!at || !isFunctionId(id)) return undefined;
  return core().argsAt(id, args, at.row, at.col) as ArgValue[] | DomainError | undefined;
}

/** The words citeCell adds around the core's citations. */
const CITE_TEXT: Readonly<Record<Language, { computedFrom: string; notGiven: (id: string) => string }>> = {
  en: {
    computedFrom: "Computed from: ",
    notGiven: (id) =>
      `ASEAN.${id}: an argument is computed by another formula, or a range is passed to a call inside a longer ` +
      `formula, so the citation is not given here; the same arguments in ASEAN.SOURCE (trade) or ` +
      `ASEAN.FACT(id, "citation") give it.`,
  },
  zh: {
    computedFrom: "计算依据：",
    notGiven: (id) =>
      `ASEAN.${id}：有参数由其他公式计算，或在较长公式内的调用中传入了区域，因此此处不给出出处；` +
      `在 ASEAN.SOURCE（贸易）或 ASEAN.FACT(id, "citation") 中使用相同参数即可得到。`,
  },
};

/**
 * The citation of one cell of what `formula` computes. A formula that is one ASEAN call is cited by
 * position; a longer formula by each ASEAN call it makes ("Computed from: ..."), where they give one value.
 */
export function citeCell(
  formula: string,
  resolve: (arg: CallArg) => ArgValues | undefined,
  at: SpillCell,
  language: Language = "en",
): string {
  const words = CITE_TEXT[language];
  const say = (text: string): string => messageIn(text, language, chineseName);
  const sole = soleCall(formula);
  const calls = sole ? [sole] : aseanCalls(formula).filter((c) => !c.broken);
  const texts = calls
    .map((call) => {
      const given = resolved(call, resolve);
      const args = given && oneCallArgs(call.id, given, sole ? at : undefined);
      if (!args) return words.notGiven(call.id);
      if (isDomainError(args)) return say(args.message);
      return say(citeCall(call.id, args, sole ? at : { row: 0, col: 0, values: [] }, say));
    })
    .filter((t) => t !== "");
  if (sole || texts.length === 0) return texts.join(" ");
  return `${words.computedFrom}${texts.join(" | ")}`;
}

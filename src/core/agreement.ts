import type { Entity } from "./codes";
import type { StatusCode } from "./dataset-types";
import { isDomainError } from "./errors";
import type { Flow } from "./flows";
import type { TradeQuery, TradeValue } from "./query";
import { clean, rescale, type Unit } from "./units";

/** Accuracy beyond the printed digits, relative to the value: an estimate within 0.2 % (documented);
 *  a derived value within 0.1 % (GAC's rates are printed to 0.1 point; a part derived from a published
 *  total and balance is within their rounding). */
const ACCURACY: Record<StatusCode, number> = { R: 0, P: 0, D: 0.001, E: 0.002 };

/** Half a unit of the last digit of a stored amount (911.7 -> 0.05). */
function halfUnit(amount: number): number {
  const text = String(amount);
  return text.includes("e") ? 0 : 0.5 / 10 ** (text.split(".")[1] ?? "").length;
}

/** How far a value may be off, in its unit: each figure's rounding and accuracy, converted where the
 *  figure was; Infinity where a source hedges one of its figures. */
function slack(tv: TradeValue): number {
  let total = 0;
  for (const { stored } of tv.parts) {
    if (stored.qualifier !== undefined) return Infinity;
    const toUnit = (v: number): number => {
      const inUnit = rescale(v, stored.scale, tv.unit.scale);
      if (stored.currency === tv.unit.currency || tv.fxRate === undefined) return inUnit;
      return tv.unit.currency === "CNY" ? inUnit * tv.fxRate : inUnit / tv.fxRate;
    };
    total += toUnit(halfUnit(stored.amount)) + ACCURACY[stored.status] * Math.abs(toUnit(stored.amount));
  }
  return total;
}

const shown = (v: number): string => String(clean(Math.round(v * 100) / 100));

/**
 * Where the total, or the balance, differs from what exports and imports give (as the functions return
 * them for the same reporter, partner, year and unit) by more than the figures' rounding: a sentence
 * saying so, and why where the reason is a conversion.
 */
export function partsAgreement(q: TradeQuery, reporter: Entity, partner: Entity, year: number, unit: Unit): string[] {
  // Asks first whether a value exists: a missing one would build an explanation nobody reads.
  const get = (flow: Flow): TradeValue | undefined => {
    const v = q.exists(reporter, partner, year, flow, unit)
      ? q.value({ reporter, partner, year, flow, unit })
      : undefined;
    return v === undefined || isDomainError(v) ? undefined : v;
  };
  const x = get("exports");
  const m = get("imports");
  if (!x || !m) return [];
  const sentences: string[] = [];
  const checks: [Flow, number, string][] = [
    ["total", x.value + m.value, "add up to"],
    ["balance", x.value - m.value, "leave a balance of"],
  ];
  for (const [flow, expected, verb] of checks) {
    const whole = get(flow);
    // A whole computed from these very parts agrees by construction.
    if (!whole || whole.parts.every((p) => p.flow === "X" || p.flow === "M")) continue;
    const diff = whole.value - expected;
    if (!(Math.abs(diff) > slack(whole) + slack(x) + slack(m))) continue;
    const inOther = (tv: TradeValue): boolean => tv.parts.some((p) => p.stored.currency !== unit.currency);
    const why =
      inOther(x) || inOther(m)
        ? inOther(whole)
          ? ""
          : `; exports and imports are converted at the year's average rate, the ${flow} is published in ` +
            `${unit.currency === "USD" ? "US$" : "yuan"}`
        : "";
    sentences.push(
      `In ${unit.label}, exports (${shown(x.value)}) and imports (${shown(m.value)}) ${verb} ${shown(expected)}, ` +
        `${shown(Math.abs(diff))} ${diff > 0 ? "less" : "more"} than the ${flow} (${shown(whole.value)}): more ` +
        `than the figures' rounding explains${why}.`,
    );
  }
  return sentences;
}

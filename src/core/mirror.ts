import type { Entity } from "./codes";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "./errors";
import type { Flow } from "./flows";
import type { Matrix, MatrixCell } from "./matrix";
import type { TradeQuery } from "./query";
import { clean, type Unit } from "./units";
import type { YearArg } from "./args";

const OPPOSITE: Record<Exclude<Flow, "balance">, Exclude<Flow, "balance">> = { total: "total", exports: "imports", imports: "exports" };
const PHRASE: Record<Exclude<Flow, "balance">, string> = { total: "trade with", exports: "exports to", imports: "imports from" };

/**
 * The same flow as each side records it — e.g. China's exports to Malaysia and Malaysia's imports from
 * China — and the gap between them. Exports are valued FOB and imports CIF, goods are attributed to
 * different partners, and timing differs, so honest statistics disagree; this shows by how much.
 */
export function mirror(q: TradeQuery, reporter: Entity, partner: Entity, year: YearArg, flow: Flow, unit: Unit): Matrix | DomainError {
  if (flow === "balance") return invalidValue("flow: MIRROR compares total, exports or imports.");
  const y = year === "latest" ? q.latestYear(reporter, partner, flow, unit) : year;
  if (y === undefined) return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en}.`);
  const ours = q.value({ reporter, partner, year: y, flow, unit });
  const theirs = q.value({ reporter: partner, partner: reporter, year: y, flow: OPPOSITE[flow], unit });
  if (isDomainError(ours) && isDomainError(theirs)) {
    return notAvailable(`Neither ${reporter.en} nor ${partner.en} has a ${y} figure for this flow in the bundled data.`);
  }
  const cell = (v: typeof ours): MatrixCell => (isDomainError(v) ? notAvailable(v.message) : v.value);
  const both = !isDomainError(ours) && !isDomainError(theirs);
  const gap: MatrixCell = both ? clean(ours.value - theirs.value) : notAvailable("The gap needs both sides' figures.");
  const gapShare: MatrixCell = both && theirs.value !== 0 ? clean((ours.value - theirs.value) / theirs.value) : notAvailable("The gap needs both sides' figures.");
  return [
    ["Reported by", "Flow", `${y} (${unit.label})`],
    [reporter.en, `${PHRASE[flow]} ${partner.en}`, cell(ours)],
    [partner.en, `${PHRASE[OPPOSITE[flow]]} ${reporter.en}`, cell(theirs)],
    ["Gap", `${reporter.en}'s figure minus ${partner.en}'s`, gap],
    ["Gap, share", `of ${partner.en}'s figure`, gapShare],
  ];
}

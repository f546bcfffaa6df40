import type { Entity } from "./codes";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "./errors";
import { FLOW_PHRASE, MIRROR_FLOW, type Flow } from "./flows";
import type { Matrix, MatrixCell } from "./matrix";
import type { TradeQuery } from "./query";
import { yearRanges } from "./text";
import { clean, type Unit } from "./units";
import type { YearArg } from "./args";

/**
 * The same flow as each side records it — e.g. China's exports to Malaysia and Malaysia's imports from
 * China — and the gap between them. Exports are valued FOB and imports CIF, goods are attributed to
 * different partners, and timing differs, so honest statistics disagree; this shows by how much.
 */
export function mirror(
  q: TradeQuery,
  reporter: Entity,
  partner: Entity,
  year: YearArg,
  flow: Flow,
  unit: Unit,
): Matrix | DomainError {
  if (flow === "balance") return invalidValue("flow: MIRROR compares total, exports or imports.");
  const y = year === "latest" ? q.latestYear(reporter, partner, flow, unit) : year;
  if (y === undefined) return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en}.`);
  const ours = q.value({ reporter, partner, year: y, flow, unit });
  const theirs = q.value({ reporter: partner, partner: reporter, year: y, flow: MIRROR_FLOW[flow], unit });
  if (isDomainError(ours) && isDomainError(theirs)) {
    const covered = (r: Entity, p: Entity, f: Flow): string => yearRanges(q.yearsWithValue(r, p, f, unit)) || "none";
    return notAvailable(
      `Neither ${reporter.en} nor ${partner.en} has a ${y} figure for this flow in the bundled data. Years with ` +
        `${reporter.en}'s figure: ${covered(reporter, partner, flow)}; with ${partner.en}'s: ` +
        `${covered(partner, reporter, MIRROR_FLOW[flow])}.`,
    );
  }
  const cell = (v: typeof ours): MatrixCell => (isDomainError(v) ? notAvailable(v.message) : v.value);
  const both = !isDomainError(ours) && !isDomainError(theirs);
  const gap: MatrixCell = both ? clean(ours.value - theirs.value) : notAvailable("The gap needs both sides' figures.");
  const gapShare: MatrixCell =
    both && theirs.value !== 0
      ? clean((ours.value - theirs.value) / theirs.value)
      : notAvailable("The gap needs both sides' figures.");
  return [
    ["Reported by", "Flow", `${y} (${unit.label})`],
    [reporter.en, `${FLOW_PHRASE[flow]} ${partner.en}`, cell(ours)],
    [partner.en, `${FLOW_PHRASE[MIRROR_FLOW[flow]]} ${reporter.en}`, cell(theirs)],
    ["Gap", `${reporter.en}'s figure minus ${partner.en}'s`, gap],
    ["Gap, share", `of ${partner.en}'s figure`, gapShare],
  ];
}

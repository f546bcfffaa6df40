import type { Codes, Entity } from "./codes";
import { isDomainError, notAvailable, type DomainError } from "./errors";
import type { Flow } from "./flows";
import type { Matrix, MatrixCell } from "./matrix";
import type { YearArg } from "./args";
import type { TradeQuery } from "./query";
import { yearRanges } from "./text";
import { clean, type Unit } from "./units";

export interface PartnersRequest {
  reporter: Entity;
  year: YearArg;
  flow: Flow;
  group: Entity | null;
  top: number | null;
  unit: Unit;
}

/** Aggregates that would count their members twice in a ranking of single economies. */
const NOT_RANKED = new Set(["EU", "EA"]);

/** The reporter's partners ranked by value: code, name, value and share of the reporter's trade with the world. */
export function rankPartners(q: TradeQuery, codes: Codes, req: PartnersRequest): Matrix | DomainError {
  const { reporter, flow, unit, group } = req;
  const world = codes.world();
  const year = req.year === "latest" ? q.latestYear(reporter, world, "total", unit) : req.year;
  if (year === undefined) return notAvailable(`No ${reporter.en}-reported trade with the world in any year.`);
  const candidates =
    (group && codes.membersOf(group)) ?? codes.all().filter((e) => !e.isGroup && !NOT_RANKED.has(e.code));
  const ranked: { e: Entity; v: number }[] = [];
  for (const e of candidates) {
    if (e.code === reporter.code) continue;
    const v = q.value({ reporter, partner: e, year, flow, unit });
    if (!isDomainError(v)) ranked.push({ e, v: v.value });
  }
  if (ranked.length === 0) {
    const years = new Set<number>();
    for (const e of candidates)
      if (e.code !== reporter.code) for (const y of q.yearsWithValue(reporter, e, flow, unit)) years.add(y);
    const covered =
      years.size > 0
        ? ` It covers ${yearRanges([...years].sort((a, b) => a - b))}.`
        : ` ${reporter.en} reports no ${flow} data by partner in any year.`;
    return notAvailable(
      `No ${reporter.en}-reported ${flow} data by partner${group ? ` in ${group.en}` : ""} for ${year}.${covered}`,
    );
  }
  ranked.sort((a, b) => b.v - a.v || a.e.code.localeCompare(b.e.code));
  const total = q.value({ reporter, partner: world, year, flow, unit });
  const share = (v: number): MatrixCell => {
    if (flow === "balance") return notAvailable("A share of a balance has no meaning.");
    if (isDomainError(total)) return notAvailable(`No ${reporter.en}-reported ${flow} with the world for ${year}.`);
    return clean(v / total.value);
  };
  const rows: Matrix = [
    ["Code", "Partner", `${year} ${flow} (${unit.label})`, `Share of ${reporter.en}'s ${flow} with the world`],
  ];
  for (const { e, v } of ranked.slice(0, req.top ?? ranked.length)) rows.push([e.code, e.en, v, share(v)]);
  return rows;
}

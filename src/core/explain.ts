import type { Entity } from "./codes";
import { notAvailable, type DomainError } from "./errors";
import { FLOW_PHRASE, flowArgument, MIRROR_FLOW, type Flow } from "./flows";
import { callText } from "./formula-text";
import type { Dataset } from "./dataset";
import type { Unit } from "./units";
import { yearRanges } from "./text";
import { DEFAULT_UNIT } from "./units";
import type { StoredFlow } from "./dataset-types";

const STORED_NAME: Record<StoredFlow, string> = { T: "total", X: "exports", M: "imports", B: "balance" };
const STORED_FOR: Record<Flow, StoredFlow[]> = {
  total: ["T", "X", "M"],
  exports: ["X"],
  imports: ["M"],
  balance: ["B", "X", "M"],
};

/** What an explanation reads: the stored data and which values the query can find (the trade query itself). */
export interface Coverage {
  readonly dataset: Dataset;
  exists(reporter: Entity, partner: Entity, year: number, flow: Flow, unit: Unit): boolean;
  yearsWithValue(reporter: Entity, partner: Entity, flow: Flow, unit: Unit): number[];
}

/** Why a value is missing and what exists instead: the reason for the hole, the years the same
 *  reporter does cover, and the partner's own figure when the partner reports one. */
export function explainMissing(
  q: Coverage,
  r: Entity,
  p: Entity,
  year: number,
  flow: Flow,
  missing: string[],
): DomainError {
  const head = `No ${r.en}-reported ${FLOW_PHRASE[flow]} ${p.en} for ${year}.`;
  if (r.members || p.members) {
    const pairs =
      missing.length > 6 ? `${missing.slice(0, 6).join(", ")} and ${missing.length - 6} more` : missing.join(", ");
    const covered = yearsFor(q, r, p, flow);
    return notAvailable(
      `${head} The group needs every member and these are missing: ` +
        `${pairs}.${covered ? ` Covered years: ${covered}.` : ""}`,
    );
  }
  const parts = [head];
  const present = (["T", "X", "M", "B"] as const).filter((f) =>
    q.dataset.yearsWithData(r.code, p.code, f).includes(year),
  );
  const reason = q.dataset.gaps.find(
    (g) =>
      (g.reporter === "*" || g.reporter === r.code) &&
      (g.partner === "*" || g.partner === p.code) &&
      year >= g.from &&
      year <= g.to,
  )?.reason;
  if (present.length > 0)
    parts.push(`For ${year} the source publishes only: ${present.map((f) => STORED_NAME[f]).join(", ")}.`);
  else parts.push(`${reason ?? "The source has no value for that year"}.`);
  const covered = yearsFor(q, r, p, flow);
  parts.push(
    covered
      ? `${r.en}-reported ${flow} data with ${p.en}: ${covered}.`
      : `${r.en} reports no ${flow} data with ${p.en}.`,
  );
  if (q.exists(p, r, year, MIRROR_FLOW[flow], DEFAULT_UNIT)) {
    parts.push(
      `${p.en}-reported value: ${callText("TRADE", [p.code, r.code, year, flowArgument(MIRROR_FLOW[flow])])}.`,
    );
  }
  return notAvailable(parts.join(" "));
}

function yearsFor(q: Coverage, r: Entity, p: Entity, flow: Flow): string {
  if (r.members || p.members) {
    return yearRanges(q.yearsWithValue(r, p, flow, DEFAULT_UNIT));
  }
  const sets = STORED_FOR[flow].map((f) => q.dataset.yearsWithData(r.code, p.code, f));
  // Total and balance need their own figure or both flows.
  const union = new Set<number>();
  if (flow === "total" || flow === "balance") {
    sets[0].forEach((y) => union.add(y));
    sets[1].filter((y) => sets[2].includes(y)).forEach((y) => union.add(y));
  } else sets[0].forEach((y) => union.add(y));
  return yearRanges([...union].sort((a, b) => a - b));
}

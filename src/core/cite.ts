import { partsAgreement } from "./agreement";
import type { Entity } from "./codes";
import type { Qualifier } from "./dataset-types";
import type { Flow } from "./flows";
import type { TradeQuery, TradeValue } from "./query";
import { statusText } from "./status";

const HEDGE: Record<Qualifier, string> = {
  "more than": "The source gives it as a lower bound: more than this figure.",
  about: "The source gives it as approximate: about this figure.",
  nearly: "The source gives it as nearly this figure.",
  rounded: "The source gives it as a round figure.",
};

const FLOW_WORD: Record<Flow, string> = {
  total: "total trade",
  exports: "exports",
  imports: "imports",
  balance: "trade balance",
};

/** One-line citation of a trade value: who reported it, from which source, with what status and hedge,
 *  any conversion or summing done on the way, and whether its total and parts agree; then the edition. */
export function citeTrade(q: TradeQuery, reporter: Entity, partner: Entity, flow: Flow, tv: TradeValue): string {
  return `${citeTradeValue(q, reporter, partner, flow, tv)} ASEAN data edition ${q.dataset.edition}.`;
}

/** The citation of one value without the edition, for texts that cite several values. */
export function citeTradeValue(q: TradeQuery, reporter: Entity, partner: Entity, flow: Flow, tv: TradeValue): string {
  const ds = q.dataset;
  const sourceIds = [...new Set(tv.parts.map((p) => p.stored.sourceId))];
  const sources = sourceIds.map((id) => {
    const s = ds.sources[id];
    if (!s) return id;
    const grade = s.grade ? `, grade ${s.grade}` : "";
    return `${s.publisher}: ${s.dataset}${s.url ? ` (${s.url})` : ""}${grade}`;
  });
  const notes = [...new Set(tv.parts.map((p) => p.stored.note).filter((n): n is string => n !== undefined))];
  const currencies = [...new Set(tv.parts.map((p) => p.stored.currency))];
  const pieces = [
    `${reporter.en}-reported ${FLOW_WORD[flow]} with ${partner.en}, ${tv.year}, ${tv.unit.label}; status: ` +
      `${statusText(tv.status, tv.qualifier)}.`,
    `Source: ${sources.join(" + ")}.`,
    `Published in ${currencies.join(" and ")}.`,
  ];
  if (tv.fxRate !== undefined) {
    const fx = ds.sources[ds.fxSourceId()];
    pieces.push(`Converted at ${tv.fxRate} yuan per US$ (${fx ? fx.dataset : "annual average"}).`);
  }
  if (tv.summed)
    pieces.push(`Sum over members (${tv.parts.length} values), as the source has no figure for the group.`);
  if (tv.qualifier !== undefined) {
    pieces.push(
      tv.parts.length === 1
        ? HEDGE[tv.qualifier]
        : "It is computed from figures their sources hedge, so it is approximate.",
    );
  }
  pieces.push(...notes);
  pieces.push(...partsAgreement(q, reporter, partner, tv.year, tv.unit));
  return pieces.join(" ");
}

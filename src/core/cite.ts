import type { Entity } from "./codes";
import type { Dataset } from "./dataset";
import type { Flow } from "./flows";
import type { TradeValue } from "./query";

const FLOW_WORD: Record<Flow, string> = { total: "total trade", exports: "exports", imports: "imports", balance: "trade balance" };

/** One-line citation of a trade value: who reported it, from which source, with what status, and
 *  any conversion or summing done on the way, ending with the dataset edition. */
export function citeTrade(ds: Dataset, reporter: Entity, partner: Entity, flow: Flow, tv: TradeValue): string {
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
    `${reporter.en}-reported ${FLOW_WORD[flow]} with ${partner.en}, ${tv.year}, ${tv.unit.label}; status: ${tv.status}.`,
    `Source: ${sources.join(" + ")}.`,
    `Published in ${currencies.join(" and ")}.`,
  ];
  if (tv.fxRate !== undefined) {
    const fx = ds.sources[ds.fxSourceId()];
    pieces.push(`Converted at ${tv.fxRate} yuan per US$ (${fx ? fx.dataset : "annual average"}).`);
  }
  if (tv.summed) pieces.push(`Sum over members (${tv.parts.length} values), as the source has no figure for the group.`);
  pieces.push(...notes);
  pieces.push(`ASEAN data edition ${ds.edition}.`);
  return pieces.join(" ");
}

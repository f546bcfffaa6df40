import type { Entity } from "./codes";
import type { Dataset } from "./dataset";
import type { FdiMeasure } from "./dataset-types";
import { MEASURE_NAME } from "./fdi";
import type { Unit } from "./units";

/** What FdiTable.value returns for a value it has. */
export interface FdiValue {
  readonly value: number;
  readonly year: number;
  readonly sourceId: string;
  readonly fxRate?: number;
}

/** One-line citation of an FDI value, as SOURCE gives one for trade: which table, which side reports it,
 *  any conversion, the source's own note, and the dataset edition. */
export function citeFdi(
  ds: Dataset,
  investor: Entity,
  host: Entity,
  measure: FdiMeasure,
  unit: Unit,
  v: FdiValue,
): string {
  const s = ds.sources[v.sourceId];
  const source = s ? `${s.publisher}: ${s.dataset}${s.url ? ` (${s.url})` : ""}` : v.sourceId;
  const pieces = [
    `ASEANstats ${MEASURE_NAME[measure]} from ${investor.en} into ${host.en}, ${v.year}, ${unit.label}.`,
    `Source: ${source}.`,
    "Published in US$ million.",
  ];
  if (v.fxRate !== undefined) {
    const fx = ds.sources[ds.fxSourceId()];
    pieces.push(`Converted at ${v.fxRate} yuan per US$ (${fx ? fx.dataset : "annual average"}).`);
  }
  if (s?.note) pieces.push(s.note);
  pieces.push(`ASEAN data edition ${ds.edition}.`);
  return pieces.join(" ");
}

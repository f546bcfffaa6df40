/**
 * The baseline of the start-up figure: the dataset in its former form, one JSON file of records
 * (today's readable form, scripts/build-dataset.ts serializeDataset), and the index the add-in built from
 * it, kept as it was so that the encoded form is measured against the real former start-up.
 */
import type { DatasetFile, SeriesRecord } from "../../src/core/dataset-types";

const NOT_BUILT = -1;
const NO_DATA = -2;

/** What the former Dataset constructor did: entity indexes, and the series grouped by pair. */
export function indexAsBefore(file: DatasetFile): { pairs: number; rates: readonly number[] } {
  const entityIndex = new Map<string, number>();
  for (const [code] of file.countries) entityIndex.set(code, entityIndex.size);
  for (const code of Object.keys(file.groups)) entityIndex.set(code, entityIndex.size);
  const pairBlock = new Int32Array(entityIndex.size ** 2).fill(NO_DATA);
  const pairSeries = new Map<number, SeriesRecord[]>();
  for (const rec of file.series) {
    const ri = entityIndex.get(rec[0]);
    const pi = entityIndex.get(rec[1]);
    const pair = ri === undefined || pi === undefined ? -1 : ri * entityIndex.size + pi;
    if (pair < 0) throw new Error(`Dataset series for an unknown economy: ${rec[0]} ${rec[1]}`);
    const list = pairSeries.get(pair);
    if (list) list.push(rec);
    else pairSeries.set(pair, [rec]);
    pairBlock[pair] = NOT_BUILT;
  }
  const fx = file.fx.find((x) => x.currency === "CNY");
  return { pairs: pairSeries.size, rates: fx ? fx.rates : [] };
}

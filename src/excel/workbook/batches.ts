/**
 * Sizes of Office.js requests. Excel on the web refuses a request (and a response) over 5 MB, so
 * long operations are cut into batches whose payload stays under a budget with room for the
 * request's own framing. Sizes are estimated from the JSON the batch sends.
 */
import type { Box } from "../a1";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What a batch may carry: a fifth of the limit is left for the request's framing and object paths. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** Cells read per round trip when scanning a sheet: formulas and values of up to this many cells. */
export const SCAN_CELLS = 20_000;

const encoder = new TextEncoder();

/** UTF-8 bytes of the JSON of a value, as it travels in a request. */
export function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/**
 * Consecutive items packed into batches of at most `budget` bytes each. An item is never split: one
 * larger than the budget travels alone (a single spill of several megabytes is not expected).
 */
export function packBatches<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && used + s > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += s;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A box cut into bands of whole rows of at most `maxCells` cells (at least one row each). */
export function rowBands(box: Box, maxCells: number): Box[] {
  const rowsPer = Math.max(1, Math.floor(maxCells / Math.max(1, box.cols)));
  const bands: Box[] = [];
  for (let r = 0; r < box.rows; r += rowsPer)
    bands.push({ ...box, row: box.row + r, rows: Math.min(rowsPer, box.rows - r) });
  return bands;
}

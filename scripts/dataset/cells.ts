import type { Currency, SeriesRecord, StatusCode, StoredFlow } from "../../src/core/dataset-types";

/** One value before it is packed into series. */
export interface Cell {
  r: string;
  p: string;
  y: number;
  f: StoredFlow;
  c: Currency;
  scale: number;
  v: number;
  src: string;
  st: StatusCode;
  note?: string;
}

/** Which status wins when two sources give the same cell: an official table beats a quoted headline,
 *  a headline beats a computed value, and a computed value beats an estimate. */
const PRECEDENCE: Record<StatusCode, number> = { R: 0, P: 1, D: 2, E: 3 };

const cellKey = (c: Cell): string => `${c.r}|${c.p}|${c.f}|${c.c}|${c.y}`;

export function mergeCells(cells: Cell[]): Cell[] {
  const best = new Map<string, Cell>();
  for (const cell of cells) {
    const key = cellKey(cell);
    const held = best.get(key);
    if (!held || PRECEDENCE[cell.st] < PRECEDENCE[held.st]) best.set(key, cell);
  }
  return [...best.values()];
}

const runKey = (c: Cell): string => `${c.r}|${c.p}|${c.f}|${c.c}|${c.scale}|${c.src}|${c.st}|${c.note ?? ""}`;

/** Packs cells into runs of consecutive years sharing reporter, partner, flow, currency, source and status. */
export function cellsToSeries(cells: Cell[]): SeriesRecord[] {
  const sorted = [...cells].sort((a, b) => (runKey(a) < runKey(b) ? -1 : runKey(a) > runKey(b) ? 1 : a.y - b.y));
  const out: SeriesRecord[] = [];
  let run: Cell[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const first = run[0];
    const values: (number | null)[] = [];
    for (const cell of run) {
      while (first.y + values.length < cell.y) values.push(null);
      values.push(cell.v);
    }
    const rec: SeriesRecord = first.note
      ? [first.r, first.p, first.f, first.c, first.scale, first.src, first.st, first.y, values, first.note]
      : [first.r, first.p, first.f, first.c, first.scale, first.src, first.st, first.y, values];
    out.push(rec);
    run = [];
  };
  for (const cell of sorted) {
    const last = run[run.length - 1];
    // A gap of more than a few years starts a new run rather than padding with nulls.
    if (last && (runKey(last) !== runKey(cell) || cell.y - last.y > 3)) flush();
    run.push(cell);
  }
  flush();
  return out;
}

import type { Currency, SeriesRecord, StatusCode, StoredFlow } from "../../src/core/dataset-types";

/** One value before it is packed into series, with what the precedence rule needs to compare it. */
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
  /** Half the width of the interval the figure stands for, in units of 10^scale: half a unit of its last
   *  printed digit, or the documented accuracy of an estimate; Infinity for a hedged figure ("more than"). */
  interval: number;
  /** The table or page that published it, for figures published together; absent for estimates and derivations. */
  release?: string;
  /** Grade of a quoted figure. */
  grade?: "A" | "B";
}

const SCALE_WORD: Record<number, string> = { 4: "× 10,000", 6: "million", 9: "billion", 12: "trillion" };

/** "US$6.05 trillion", "5.67 trillion yuan": a figure in words, for notes. */
export function describeAmount(c: Currency, v: number | string, scale: number): string {
  return `${c === "USD" ? "US$" : ""}${v} ${SCALE_WORD[scale] ?? `× 10^${scale}`}${c === "CNY" ? " yuan" : ""}`;
}

/** Half a unit of the last digit of a number as printed ("6.05" -> 0.005). */
export function halfUnit(text: string): number {
  const decimals = (text.trim().split(".")[1] ?? "").length;
  return 0.5 / 10 ** decimals;
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

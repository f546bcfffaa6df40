/**
 * Whether a year column of an ASEANstats FDI table carries a breakdown by partner.
 *
 * The portal's pivot exports print 0.00 where a cell is empty, so a 0.00 is a published zero only in a
 * column whose partners account for the whole total. One column is one reporting economy (the host of
 * inward tables, the investor of outward ones) in one year. The rules, checked in this order:
 *
 * - "no breakdown": the total is published but no partner has a value other than 0.00 (or none at all);
 * - "aggregate cut": a regional subtotal (ASEAN, EU) prints 0.00 right after a year in which it was not
 *   zero, i.e. the partners were not compiled that year (only a few are listed);
 * - "unallocated": the listed partners leave more than UNALLOCATED of a positive total unaccounted for,
 *   so the publisher lists its main partners only and a 0.00 may hide any part of the rest;
 * - "complete": otherwise. Its zeros are the publisher's own (inflows can truly be zero or negative).
 *
 * Zeros in a column of the first three kinds are left out of the dataset; its other values are kept.
 */
export type ColumnRule = "complete" | "no breakdown" | "aggregate cut" | "unallocated";

/** Above the largest shortfall of a column that lists every partner (0.35 %, ASEAN's inflows for 2013)
 *  and below the smallest of one that lists only some (0.65 %, Singapore's outward stock for 2019). */
export const UNALLOCATED = 0.005;

export interface ColumnVerdict {
  rule: ColumnRule;
  /** The column's total (partner "Total countries"), when it prints one. */
  total?: number;
  /** Partners with a value other than 0.00. */
  listed: number;
}

export interface BlockRow {
  label: string;
  /** One number per year column; undefined where the cell is blank. */
  values: (number | undefined)[];
}

const TOTAL = /\[99\]\s*$/;
const SUBTOTAL = /\[(00|EU27|EU28)\]\s*$/;

/** Verdicts for every year column of one reporting economy's block. */
export function judgeColumns(rows: BlockRow[], columns: number): ColumnVerdict[] {
  const totalRow = rows.find((r) => TOTAL.test(r.label));
  const subtotals = rows.filter((r) => SUBTOTAL.test(r.label));
  const partners = rows.filter((r) => !TOTAL.test(r.label) && !SUBTOTAL.test(r.label));
  const verdicts: ColumnVerdict[] = [];
  for (let col = 0; col < columns; col++) {
    const total = totalRow?.values[col];
    const values = partners.map((r) => r.values[col]).filter((v): v is number => v !== undefined);
    const listed = values.filter((v) => v !== 0).length;
    const base = { listed, ...(total !== undefined ? { total } : {}) };
    if (total !== undefined && total !== 0 && listed === 0) verdicts.push({ rule: "no breakdown", ...base });
    else if (col > 0 && subtotals.some((r) => r.values[col] === 0 && (r.values[col - 1] ?? 0) !== 0))
      verdicts.push({ rule: "aggregate cut", ...base });
    else if (total !== undefined && total > 0 && total - values.reduce((s, v) => s + v, 0) > UNALLOCATED * total)
      verdicts.push({ rule: "unallocated", ...base });
    else verdicts.push({ rule: "complete", ...base });
  }
  return verdicts;
}

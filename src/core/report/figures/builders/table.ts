import type { AseanCore } from "../../../api";
import type { FigureQuery } from "../catalog";
import type { FigureCell, FigureColumn } from "../figure-types";

/** A table, and what its data note must add about the values it was computed from. */
export interface Table {
  columns: FigureColumn[];
  rows: FigureCell[][];
  note?: string;
}

export type QueryOf<K extends FigureQuery["kind"]> = Extract<FigureQuery, { kind: K }>;

/** Fills the table of one kind of query, every number through the same core the functions use. */
export type TableBuilder<K extends FigureQuery["kind"]> = (c: AseanCore, query: QueryOf<K>) => Table;

/** Each year of a query's span, oldest first. */
export function yearsOf(query: { from: number; to: number }): number[] {
  const years: number[] = [];
  for (let y = query.from; y <= query.to; y++) years.push(y);
  return years;
}

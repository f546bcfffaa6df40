import type { Figure } from "../core/report/figures/figure-types";

/** What the pane asks the writer to do with a figure. */
export interface InsertOptions {
  /** "selection": at the active cell of the active sheet; "newSheet": on a new sheet named after the figure. */
  target: "selection" | "newSheet";
  /** "values": the numbers; "formulas": live =ASEAN.* formulas where a cell has one (values elsewhere). */
  mode: "values" | "formulas";
  chart: boolean;
  sourceNote: boolean;
}

/**
 * Nothing was written (e.g. the target range is not empty, or a requirement set is missing), or a
 * write that Excel stopped part-way was removed again; `reason` says which, and what, if anything, remains.
 */
export interface InsertRefusal {
  ok: false;
  reason: string;
  /** The first cell of the target that holds data. */
  occupied?: string;
  /** The same insert on a new sheet would not meet this obstacle. */
  newSheetHelps?: boolean;
}

export type InsertResult =
  | { ok: true; sheet: string; address: string; table: string; chart?: string; notes: string[]; syncs: number }
  | InsertRefusal;

export type InsertFigure = (figure: Figure, options: InsertOptions) => Promise<InsertResult>;

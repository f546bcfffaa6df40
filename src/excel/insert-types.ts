import type { Figure } from "../core/report/figure-types";

/** What the pane asks the writer to do with a figure. */
export interface InsertOptions {
  /** "selection": at the active cell of the active sheet; "newSheet": on a new sheet named after the figure. */
  target: "selection" | "newSheet";
  /** "values": the numbers; "formulas": live =ASEAN.* formulas where a cell has one (values elsewhere). */
  mode: "values" | "formulas";
  chart: boolean;
  sourceNote: boolean;
}

export type InsertResult =
  | { ok: true; sheet: string; address: string; table: string; chart?: string; notes: string[]; syncs: number }
  /** Nothing was written: e.g. the target range is not empty (never overwritten) or a requirement set is missing. */
  | { ok: false; reason: string; occupied?: string };

export type InsertFigure = (figure: Figure, options: InsertOptions) => Promise<InsertResult>;

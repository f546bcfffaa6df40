/** Insert options as the pane sends them by default (values at the selection, with chart and source note). */
import type { InsertOptions } from "../../src/excel/insert-types";

export const insertOptions = (o: Partial<InsertOptions> = {}): InsertOptions => ({
  target: "selection",
  mode: "values",
  chart: true,
  sourceNote: true,
  ...o,
});

import { callCell, complement, factCell, label } from "../cells";
import { INTRA_SHARE_COLUMNS } from "../columns";
import type { FigureCell } from "../figure-types";
import { yearsOf, type TableBuilder } from "./table";

/** A group's exports and imports traded within it and outside it, year by year; the report's year as it states it. */
export const intraShares: TableBuilder<"intra-shares"> = (c, query) => {
  const g = query.group;
  const within = (y: number, flow: "exports" | "imports"): FigureCell =>
    y === query.stated.year
      ? factCell(c, flow === "exports" ? query.stated.exportsFact : query.stated.importsFact, 100)
      : callCell(c, "SHARE", [g, g, y, flow]);
  return {
    columns: [...INTRA_SHARE_COLUMNS],
    rows: yearsOf(query).map((y) => {
      const x = within(y, "exports");
      const m = within(y, "imports");
      return [label(y), x, complement(x), m, complement(m)];
    }),
  };
};

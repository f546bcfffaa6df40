import { callCell, label, ratioCell } from "../cells";
import { FDI_COLUMNS } from "../columns";
import { yearsOf, type TableBuilder } from "./table";

/** A source's direct investment into a host year by year, and its share of the host's inflows from the world. */
export const fdiYears: TableBuilder<"fdi-years"> = (c, query) => ({
  columns: [...FDI_COLUMNS],
  rows: yearsOf(query).map((y) => {
    const value = callCell(c, "FDI", [query.source, query.host, y]);
    return [label(y), value, ratioCell(value, callCell(c, "FDI", ["WORLD", query.host, y]))];
  }),
});

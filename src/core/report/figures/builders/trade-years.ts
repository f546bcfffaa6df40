import type { AseanCore } from "../../../api";
import { CURRENCY_LABEL } from "../../../cite-ratio";
import { isDomainError } from "../../../errors";
import { flowArgument } from "../../../flows";
import { mixesReleases } from "../../../ratios";
import { yearRanges } from "../../../text";
import type { TradeColumn } from "../catalog";
import { callCell, factCell, label, stated } from "../cells";
import { YEAR_COLUMN } from "../columns";
import type { FigureCell } from "../figure-types";
import { yearsOf, type QueryOf, type TableBuilder } from "./table";

type GrowthColumn = TradeColumn & { measure: "growth" };
type Pair = { reporter: string; partner: string };

const growthHeader = (col: GrowthColumn): string => `${col.header} (${CURRENCY_LABEL[col.currency]})`;

/**
 * One year of a column: =ASEAN.TRADE, or =ASEAN.GROWTH; defaults (total, the previous year, US$) are left out as Excel
 * users write them.
 */
function yearCell(c: AseanCore, query: Pair, y: number, col: TradeColumn): FigureCell {
  if (col.measure === "value") return callCell(c, "TRADE", [query.reporter, query.partner, y, flowArgument(col.flow)]);
  return callCell(c, "GROWTH", [
    query.reporter,
    query.partner,
    y,
    flowArgument(col.flow),
    null,
    col.currency === "USD" ? null : col.currency,
  ]);
}

/** Years whose growth rate divides values from different releases, said in the data note. */
function mixedGrowthNote(c: AseanCore, query: QueryOf<"trade-years">, col: GrowthColumn): string | undefined {
  const years = yearsOf(query).filter((y) => {
    const r = c.growthRatio(query.reporter, query.partner, y, col.flow, null, col.currency);
    return !isDomainError(r) && mixesReleases(r);
  });
  if (years.length === 0) return undefined;
  return (
    `${growthHeader(col)}: for ${yearRanges(years)} the two years' ${CURRENCY_LABEL[col.currency]} values come ` +
    `from different releases (the formula builder cites both), so a change of source moves the rate too.`
  );
}

/** A pair's trade year by year: values and growth rates, after the years the report states. */
export const tradeYears: TableBuilder<"trade-years"> = (c, query) => {
  const columns = [
    YEAR_COLUMN,
    ...query.columns.map((col) => ({
      key: col.key,
      header: col.measure === "growth" ? growthHeader(col) : col.header,
      format: col.format,
    })),
  ];
  const statedRows = (query.stated ?? []).map((s) => [
    label(s.year),
    ...query.columns.map((_, i) => (i === 0 ? factCell(c, s.factId) : stated(null))),
  ]);
  const rows = [
    ...statedRows,
    ...yearsOf(query).map((y) => [label(y), ...query.columns.map((col) => yearCell(c, query, y, col))]),
  ];
  const notes = query.columns
    .flatMap((col) => (col.measure === "growth" ? [mixedGrowthNote(c, query, col)] : []))
    .filter((n): n is string => n !== undefined);
  return { columns, rows, ...(notes.length > 0 ? { note: notes.join(" ") } : {}) };
};

import type { Entity } from "./codes";
import { FIRST_YEAR, LAST_YEAR } from "./dataset";
import { invalidValue, isDomainError, notAvailable, type DomainError } from "./errors";
import { FLOW_PHRASE, type Flow } from "./flows";
import { transpose, type Matrix, type MatrixCell } from "./matrix";
import type { SeriesOptions, YearArg } from "./args";
import type { TradeQuery } from "./query";
import { yearRanges } from "./text";
import type { Unit } from "./units";
import { statusText } from "./status";

export interface SeriesRequest {
  reporter: Entity;
  partner: Entity;
  from: YearArg | null;
  to: YearArg | null;
  flow: Flow;
  unit: Unit;
  options: SeriesOptions;
}

/** Longest span a series may ask for, so a typo such as 1024 cannot spill a thousand rows. */
const MAX_YEARS = LAST_YEAR - FIRST_YEAR + 1;

/** A time series of one pair and flow: year and value per row; #N/A where a year has no value, never 0. */
export function tradeSeries(q: TradeQuery, req: SeriesRequest): Matrix | DomainError {
  const { reporter, partner, flow, unit, options } = req;
  const years = q.yearsWithValue(reporter, partner, flow, unit);
  if (years.length === 0)
    return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en} in any year.`);
  const latest = years[years.length - 1];
  if (typeof req.from === "number" && typeof req.to === "number" && req.from > req.to) {
    return invalidValue(`to: ${req.to} is before from (${req.from}).`);
  }
  const from = req.from === null ? years[0] : req.from === "latest" ? latest : req.from;
  const to = req.to === null || req.to === "latest" ? latest : req.to;
  // A range that a default end leaves empty asks for years the data does not reach: that is missing data.
  if (from > to) {
    return notAvailable(
      `No ${reporter.en}-reported ${flow} data with ${partner.en} in those years; it covers ${yearRanges(years)}.`,
    );
  }
  // Only years outside the data make a span this long: missing data, said with the years that exist.
  if (to - from + 1 > MAX_YEARS) {
    return notAvailable(
      `${from}–${to} reaches years without any data (a series spans at most ${MAX_YEARS} years); ` +
        `${reporter.en}-reported ${flow} data with ${partner.en} cover ${yearRanges(years)}.`,
    );
  }

  const rows: MatrixCell[][] = [];
  for (let y = from; y <= to; y++) {
    const v = q.value({ reporter, partner, year: y, flow, unit });
    const cell: MatrixCell = isDomainError(v) ? notAvailable(`No ${reporter.en}-reported value for ${y}.`) : v.value;
    rows.push(options.status ? [y, cell, isDomainError(v) ? "no data" : statusText(v.status, v.qualifier)] : [y, cell]);
  }
  if (options.newestFirst) rows.reverse();
  if (options.headers) {
    const label = `${reporter.en} ${FLOW_PHRASE[flow]} ${partner.en} (${unit.label})`;
    rows.unshift(options.status ? ["Year", label, "Status"] : ["Year", label]);
  }
  return options.horizontal ? transpose(rows) : rows;
}

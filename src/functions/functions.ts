/*
 * The ASEAN.* custom functions. JSDoc here is the only source of their metadata (functions.json is
 * generated from it at build time). Ids are permanent: add functions, never rename one.
 * Each is declared once in the core's registry (src/core/registry/registry.ts), which resolves the raw
 * arguments and runs it; each body here passes its arguments on in order.
 * Spilling functions are typed any[][] because the metadata generator accepts no other element type
 * that mixes numbers, text and error values.
 * Functions that give one value per call take a range in any argument and give one result per cell, as
 * =ABS(A1:A10) does (src/core/broadcast.ts). Excel hands a custom function a range only for a parameter
 * declared as a matrix, so their parameters are matrices (enums as Flow[][], keeping their autocomplete
 * choices in the metadata) and their result is a matrix, returned as rows of cells even for one value
 * (which Excel shows as a plain value). The README says what this costs and what to check in Excel.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { scalarCell, spillCells, valueMatrix } from "./call";
import type { CellError } from "./cell";

/**
 * Direction of trade, from the reporter's side. Short forms T, X, M and B are accepted too.
 * @customenum {string}
 */
export enum Flow {
  /** Exports plus imports (the default). */
  total = "total",
  /** The reporter's exports to the partner, valued FOB. */
  exports = "exports",
  /** The reporter's imports from the partner, valued CIF. */
  imports = "imports",
  /** Exports minus imports. */
  balance = "balance",
}

/**
 * Unit of the result.
 * @customenum {string}
 */
export enum Unit {
  /** US$ billion (the default). */
  USD_BN = "USD_BN",
  /** US$ million. */
  USD_MN = "USD_MN",
  /** US dollars. */
  USD = "USD",
  /** Billion yuan. */
  CNY_BN = "CNY_BN",
  /** 100 million yuan (亿元). */
  CNY_100M = "CNY_100M",
  /** Yuan. */
  CNY = "CNY",
}

/**
 * Goods trade between a reporter and a partner in one year, as the reporter's statistics record it (US$ bn by default).
 * @customfunction TRADE
 * @helpurl https://localhost:3000/help.html#trade
 * @param reporter Country or group whose statistics are used: code or name (English or Chinese), e.g. "CN", "中国".
 * @param partner Partner country or group, e.g. "MY", "Viet Nam", "ASEAN", "RCEP", "WORLD".
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [flow] "total" (default), "exports", "imports" or "balance" (T, X, M, B), from the reporter's side.
 * @param [unit] "USD_BN" (default), "USD_MN", "USD", "CNY_BN", "CNY_100M" (亿元) or "CNY".
 * @returns The value, or #N/A saying which data exist when the source has none.
 */
export function trade(
  reporter: string[][],
  partner: string[][],
  year: any[][],
  flow?: Flow[][],
  unit?: Unit[][],
): any[][] {
  return valueMatrix("TRADE", [reporter, partner, year, flow, unit]);
}

/**
 * Time series of a pair's trade, one row per year with a header row; years without data show #N/A, never 0.
 * @customfunction SERIES
 * @helpurl https://localhost:3000/help.html#series
 * @param reporter Country or group whose statistics are used, e.g. "CN".
 * @param partner Partner country or group, e.g. "ASEAN".
 * @param [from] First year, e.g. 2010; the first year with data if left out.
 * @param [to] Last year, e.g. 2024, or "latest" (the default).
 * @param [flow] "total" (default), "exports", "imports" or "balance".
 * @param [unit] "USD_BN" (default), "USD_MN", "USD", "CNY_BN", "CNY_100M" or "CNY".
 * @param [options] Any of "noheaders", "horizontal", "newestfirst", "status", e.g. "horizontal, status".
 * @returns A spilled table of years and values.
 */
export function series(
  reporter: string,
  partner: string,
  from?: number | string,
  to?: number | string,
  flow?: Flow,
  unit?: Unit,
  options?: string,
): any[][] {
  return spillCells("SERIES", [reporter, partner, from, to, flow, unit, options]);
}

/**
 * The reporter's trade partners ranked by value: code, name, value and share of the reporter's trade with the world.
 * @customfunction PARTNERS
 * @helpurl https://localhost:3000/help.html#partners
 * @param reporter Country or group whose statistics are used, e.g. "CN" or "MY".
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [flow] "total" (default), "exports", "imports" or "balance".
 * @param [group] Only partners in this group, e.g. "ASEAN" or "RCEP".
 * @param [top] Only the first N partners, e.g. 5.
 * @param [unit] "USD_BN" (default), "USD_MN", "USD", "CNY_BN", "CNY_100M" or "CNY".
 * @returns A spilled ranking with a header row.
 */
export function partners(
  reporter: string,
  year: number | string,
  flow?: Flow,
  group?: string,
  top?: number,
  unit?: Unit,
): any[][] {
  return spillCells("PARTNERS", [reporter, year, flow, group, top, unit]);
}

/**
 * The partner's share of the reporter's trade with the world (or a group), as a fraction: format the cell as %.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param reporter Country or group whose statistics are used, e.g. "CN".
 * @param partner Partner country or group, e.g. "ASEAN".
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [flow] "total" (default), "exports" or "imports".
 * @param [of] The whole the share is taken of: "WORLD" (default), or a group such as "RCEP".
 * @param [currency] "USD" (default) or "CNY": both values of the share are taken in this currency.
 * @returns A fraction such as 0.159 for 15.9 %.
 */
export function share(
  reporter: string[][],
  partner: string[][],
  year: any[][],
  flow?: Flow[][],
  of?: string[][],
  currency?: string[][],
): any[][] {
  return valueMatrix("SHARE", [reporter, partner, year, flow, of, currency]);
}

/**
 * Year-on-year growth of a pair's trade, or the compound annual growth rate since a base year, as a fraction.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help.html#growth
 * @param reporter Country or group whose statistics are used, e.g. "CN".
 * @param partner Partner country or group, e.g. "MY".
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [flow] "total" (default), "exports", "imports" or "balance".
 * @param [base_year] Base year for a compound annual rate, e.g. 2010; the previous year if left out.
 * @param [currency] "USD" (default) or "CNY": both years' values are taken in this currency.
 * @returns A fraction such as 0.114 for 11.4 %.
 */
export function growth(
  reporter: string[][],
  partner: string[][],
  year: any[][],
  flow?: Flow[][],
  base_year?: any[][],
  currency?: string[][],
): any[][] {
  return valueMatrix("GROWTH", [reporter, partner, year, flow, base_year, currency]);
}

/**
 * The same flow as each side reports it (e.g. China's exports to Malaysia, Malaysia's imports from China) and the gap.
 * @customfunction MIRROR
 * @helpurl https://localhost:3000/help.html#mirror
 * @param reporter First country, e.g. "CN".
 * @param partner Second country, e.g. "MY".
 * @param year Calendar year, e.g. 2020, or "latest".
 * @param [flow] "total" (default), "exports" or "imports", from the first country's side.
 * @param [unit] "USD_BN" (default), "USD_MN", "USD", "CNY_BN", "CNY_100M" or "CNY".
 * @returns A spilled table: each side's figure, the gap and the gap as a share.
 */
export function mirror(reporter: string, partner: string, year: number | string, flow?: Flow, unit?: Unit): any[][] {
  return spillCells("MIRROR", [reporter, partner, year, flow, unit]);
}

/**
 * Foreign direct investment from a source economy into a host, as ASEANstats records it (US$ billion by default).
 * @customfunction FDI
 * @helpurl https://localhost:3000/help.html#fdi
 * @param source Investing economy, e.g. "CN", or "WORLD" for all sources.
 * @param host Host economy, e.g. "ASEAN" or "MY".
 * @param year Calendar year, e.g. 2022, or "latest".
 * @param [unit] "USD_BN" (default), "USD_MN", "USD", "CNY_BN", "CNY_100M" or "CNY".
 * @param [measure] "inflow" (default, host-reported), "stock" (inward), "outflow" or "outstock" (investor-reported).
 * @returns The value, or #N/A saying what the FDI tables hold for the pair.
 */
export function fdi(
  source: string[][],
  host: string[][],
  year: any[][],
  unit?: Unit[][],
  measure?: string[][],
): any[][] {
  return valueMatrix("FDI", [source, host, year, unit, measure]);
}

/**
 * Citation of what ASEAN.TRADE returns for the same arguments: reporter side, source, status, conversions, edition.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param reporter Country or group whose statistics are used, e.g. "CN".
 * @param partner Partner country or group, e.g. "MY".
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [flow] "total" (default), "exports", "imports" or "balance".
 * @returns One line of citation text.
 */
export function source(reporter: string[][], partner: string[][], year: any[][], flow?: Flow[][]): any[][] {
  return valueMatrix("SOURCE", [reporter, partner, year, flow]);
}

/**
 * The latest year in which a pair has a value.
 * @customfunction LATEST
 * @helpurl https://localhost:3000/help.html#latest
 * @param reporter Country or group whose statistics are used, e.g. "MY".
 * @param partner Partner country or group, e.g. "CN".
 * @param [flow] "total" (default), "exports", "imports" or "balance".
 * @returns A year such as 2024.
 */
export function latest(reporter: string[][], partner: string[][], flow?: Flow[][]): any[][] {
  return valueMatrix("LATEST", [reporter, partner, flow]);
}

/**
 * The annual average exchange rate used for conversions: yuan per US dollar (FRED, series AEXCHUS).
 * @customfunction FX
 * @helpurl https://localhost:3000/help.html#fx
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [currency] "CNY" (the default and the only series bundled).
 * @returns Units of the currency per US dollar.
 */
export function fx(year: any[][], currency?: string[][]): any[][] {
  return valueMatrix("FX", [year, currency]);
}

/**
 * Codes, English and Chinese names of the countries and groups the functions accept, or of one group's members.
 * @customfunction COUNTRIES
 * @helpurl https://localhost:3000/help.html#countries
 * @param [group] "ASEAN" or "RCEP" for their members; everything if left out.
 * @returns A spilled table with a header row.
 */
export function countries(group?: string): any[][] {
  return spillCells("COUNTRIES", [group]);
}

/**
 * A headline figure of the Xinhua Institute report (2025) or its articles, by id, e.g. "ZERO_TARIFF_COVERAGE_PCT".
 * @customfunction FACT
 * @helpurl https://localhost:3000/help.html#fact
 * @param id The figure's id, as listed by =ASEAN.FACTS().
 * @param [field] "value" (default), "unit", "label", "year", "qualifier", "source" or "citation".
 * @returns The value as stated (percentages as numbers, e.g. 65 for 65 %) or the field asked for; #N/A for unknown ids.
 */
export function fact(id: string[][], field?: string[][]): any[][] {
  return valueMatrix("FACT", [id, field]);
}

/**
 * Every headline figure of the report with its id, value, unit, qualifier, year, period and citation.
 * @customfunction FACTS
 * @helpurl https://localhost:3000/help.html#facts
 * @returns A spilled table with a header row.
 */
export function facts(): any[][] {
  return spillCells("FACTS", []);
}

/**
 * Edition of the bundled dataset, e.g. "2025.1": results are reproducible for a given edition.
 * @customfunction EDITION
 * @helpurl https://localhost:3000/help.html#edition
 * @returns The edition id.
 */
export function edition(): string | CellError {
  return scalarCell("EDITION", []);
}

/**
 * Checks answers to an exercise the add-in wrote against its key: ✓, or ✗ with a hint; blank while unanswered.
 * @customfunction CHECK
 * @helpurl https://localhost:3000/help.html#check
 * @param answers The answer cells, e.g. C6:C15.
 * @param key The key cells of the same rows, on the exercise's key sheet (the add-in writes them).
 * @param [options] "true/false" for TRUE or FALSE per answer, or "score" for one score such as "7/10".
 * @returns One result per answer, or the score.
 */
export function check(answers: any[][], key: any[][], options?: string): any[][] {
  return spillCells("CHECK", [answers, key, options]);
}

/*
 * The ASEAN.* custom functions. JSDoc here is the only source of their metadata (functions.json is
 * generated from it at build time). Ids are permanent: add functions, never rename one.
 * Each body is one call into the core; argument handling lives in src/core/args.ts.
 */
import { core } from "../core/api";
import { toCell, type CellError } from "./cell";

/**
 * Goods trade between a reporter and a partner in one year, as the reporter's own statistics record it (US$ billion by default).
 * @customfunction TRADE
 * @helpurl https://localhost:3000/help.html#trade
 * @param reporter Country or group whose statistics are used: code, name or Chinese name, e.g. "CN", "Malaysia", "中国", "ASEAN".
 * @param partner Partner country or group, e.g. "MY", "Viet Nam", "ASEAN", "RCEP", "WORLD".
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [flow] "total" (default), "exports", "imports" or "balance" (T, X, M, B), from the reporter's side.
 * @param [unit] "USD_BN" (default), "USD_MN", "USD", "CNY_BN", "CNY_100M" (亿元) or "CNY".
 * @returns The value, or #N/A saying which data exist when the source has none.
 */
export function trade(reporter: string, partner: string, year: number | string, flow?: string | null, unit?: string | null): number | CellError {
  return toCell(() => core().tradeNumber(reporter, partner, year, flow ?? null, unit ?? null));
}

/**
 * Citation of the value ASEAN.TRADE returns for the same arguments: reporter side, source, status, conversions and dataset edition.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param reporter Country or group whose statistics are used, e.g. "CN".
 * @param partner Partner country or group, e.g. "MY".
 * @param year Calendar year, e.g. 2024, or "latest".
 * @param [flow] "total" (default), "exports", "imports" or "balance".
 * @returns One line of citation text.
 */
export function source(reporter: string, partner: string, year: number | string, flow?: string | null): string | CellError {
  return toCell(() => core().source(reporter, partner, year, flow ?? null));
}

/**
 * Edition of the bundled dataset, e.g. "2025.1": results are reproducible for a given edition.
 * @customfunction EDITION
 * @helpurl https://localhost:3000/help.html#edition
 * @returns The edition id.
 */
export function edition(): string | CellError {
  return toCell(() => core().edition());
}

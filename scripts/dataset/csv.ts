import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export type Row = Record<string, string>;

/** Some source files mix LF and CRLF line ends. */
const readText = (rawDir: string, relPath: string): string =>
  readFileSync(path.join(rawDir, relPath), "utf8").replace(/\r\n/g, "\n");

export function readCsv(rawDir: string, relPath: string): Row[] {
  return parse(readText(rawDir, relPath), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

/** Rows as arrays, for pivot exports whose header spans two lines. */
export function readCsvRows(rawDir: string, relPath: string): string[][] {
  return parse(readText(rawDir, relPath), { bom: true, relax_column_count: true }) as string[][];
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export type Row = Record<string, string>;

export function readCsv(rawDir: string, relPath: string): Row[] {
  // Some source files mix LF and CRLF line ends.
  const text = readFileSync(path.join(rawDir, relPath), "utf8").replace(/\r\n/g, "\n");
  return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

/**
 * The "ASEAN sources" sheet that Prepare for sharing writes: one row per converted cell with its
 * address, the value it now holds, the formula it had (on the formula's own cell; the cells its result
 * spilled into name that cell instead), the citation of the value and the dataset edition. A recipient
 * without the add-in reads it as a plain table; Restore live formulas reads it back. Its title, note and
 * headers are in the workbook's language; its name stays "ASEAN sources", which Restore looks for.
 */
import type { Language } from "../../core/i18n/language";
import { asText } from "../cell-content";
import { constantFor, type CellValue } from "./cell-values";

export const SOURCES_SHEET = "ASEAN sources";
export const SOURCES_COLUMNS = ["Cell", "Value", "Formula", "Spilled from", "Citation", "Edition"] as const;

/** The sheet's own words: the title, what the sheet is for, and the column headers (in SOURCES_COLUMNS' order). */
const HEAD_TEXT: Readonly<Record<Language, { title: string; about: string; columns: readonly string[] }>> = {
  en: {
    title: "Values and sources of cells converted from ASEAN formulas",
    about:
      "Written by Prepare for sharing (ASEAN Data add-in): each row is a cell that held an ASEAN.* formula, now " +
      "its value. Restore live formulas puts the formulas back and removes the rows.",
    columns: SOURCES_COLUMNS,
  },
  zh: {
    title: "由 ASEAN 公式转换而来的单元格的数值及来源",
    about:
      "由“准备共享”（ASEAN Data 加载项）写入：每行是一个原有 ASEAN.* 公式、现为其数值的单元格。" +
      "“恢复实时公式”会放回公式并删除这些行。",
    columns: ["单元格", "数值", "公式", "溢出自", "出处", "数据集版本"],
  },
};
/** Zero-based row of the column headers; records follow directly below. */
export const HEADER_ROW = 3;
export const FIRST_RECORD_ROW = HEADER_ROW + 1;
/** Column widths in points, in the order of SOURCES_COLUMNS. */
export const SOURCES_WIDTHS = [110, 80, 260, 90, 520, 50] as const;

export interface SourceRecord {
  /** Sheet-qualified address of the converted cell, e.g. "Sheet1!B3". */
  readonly cell: string;
  readonly value: CellValue;
  /** The formula the cell had; "" for a cell its anchor's result spilled into. */
  readonly formula: string;
  /** For a spilled cell, the address of the formula's cell. */
  readonly spilledFrom: string;
  readonly citation: string;
  readonly edition: string;
}

/** The rows above the records: a title, what the sheet is for, a blank row, the column headers. */
export function headRows(language: Language = "en"): string[][] {
  const text = HEAD_TEXT[language];
  const blank = SOURCES_COLUMNS.map(() => "");
  const line = (t: string): string[] => [t, ...blank.slice(1)];
  return [line(text.title), line(text.about), blank, [...text.columns]];
}

/** A record as written into the sheet: text stays text, whatever it looks like. */
export function recordRow(r: SourceRecord): CellValue[] {
  return [
    asText(r.cell),
    constantFor(r.value),
    asText(r.formula),
    asText(r.spilledFrom),
    asText(r.citation),
    asText(r.edition),
  ];
}

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** A record read back, with the zero-based sheet row it was found on. */
export type FoundRecord = SourceRecord & { readonly row: number };

/** Records from the values of rows read back from the sheet, the first being `firstRow`; blank rows are skipped. */
export function parseRecords(rows: readonly (readonly unknown[])[], firstRow: number): FoundRecord[] {
  const out: FoundRecord[] = [];
  for (const [i, row] of rows.entries()) {
    const cell = str(row[0]);
    if (cell === "") continue;
    const value = row[1];
    out.push({
      row: firstRow + i,
      cell,
      value: typeof value === "number" || typeof value === "boolean" ? value : str(value),
      formula: str(row[2]),
      spilledFrom: str(row[3]),
      citation: str(row[4]),
      edition: str(row[5]),
    });
  }
  return out;
}

/**
 * Reads an inserted figure back out of the Excel fake, cell by cell, with the positions written out
 * here independently of src/excel/layout.ts: title, subtitle and unit in the first three rows, the
 * table header in the fifth, the rows under it, then a blank row and the notes.
 */
import type { Figure, FigureValue } from "../../src/core/report/figures/figure-types";
import { addressParts, type ExcelFake, type FakeCellValue } from "./excel-fake";
import { cellRef, sheetPrefix } from "./excel-fake-address";

export interface FigureBlock {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly title: FakeCellValue;
  readonly subtitle: FakeCellValue;
  readonly unit: FakeCellValue;
  readonly header: FakeCellValue[];
  readonly body: FakeCellValue[][];
  readonly formulas: (string | undefined)[][];
  readonly formats: string[][];
  readonly sourceNote: FakeCellValue;
  readonly dataNote: FakeCellValue;
  /** "Sheet1!C8" for body cell (row, col) of the table, header excluded. */
  bodyAddress(row: number, col: number): string;
  /** "Sheet1!C8:C21": one table column's body, as a chart series would use it. */
  columnAddress(col: number): string;
  /** "Sheet1!B7:H21": header and body, the table's range. */
  readonly tableAddress: string;
}

export function readFigureBlock(fake: ExcelFake, blockAddress: string, figure: Figure): FigureBlock {
  const parts = addressParts(blockAddress);
  if (!parts?.sheet) throw new Error(`Not a sheet-qualified block address: ${blockAddress}`);
  const { sheet, row: top, col: left } = parts;
  const values = fake.readSheet(sheet);
  const at = (r: number, c: number): FakeCellValue => values[r]?.[c] ?? null;
  const prefix = sheetPrefix(sheet);
  const headerRow = top + 4;
  const width = figure.columns.length;
  const cols = Array.from({ length: width }, (_, c) => left + c);
  const rows = figure.rows.map((_, r) => headerRow + 1 + r);
  const notesRow = headerRow + figure.rows.length + 2;
  return {
    sheet,
    top,
    left,
    title: at(top, left),
    subtitle: at(top + 1, left),
    unit: at(top + 2, left),
    header: cols.map((c) => at(headerRow, c)),
    body: rows.map((r) => cols.map((c) => at(r, c))),
    formulas: rows.map((r) => cols.map((c) => fake.formulaAt(prefix + cellRef(r, c)))),
    formats: rows.map((r) => cols.map((c) => fake.numberFormatAt(prefix + cellRef(r, c)))),
    sourceNote: at(notesRow, left),
    dataNote: at(notesRow + 1, left),
    bodyAddress: (r, c) => prefix + cellRef(headerRow + 1 + r, left + c),
    columnAddress: (c) =>
      `${prefix}${cellRef(headerRow + 1, left + c)}:${cellRef(headerRow + figure.rows.length, left + c)}`,
    tableAddress: `${prefix}${cellRef(headerRow, left)}:${cellRef(headerRow + figure.rows.length, left + width - 1)}`,
  };
}

const isError = (v: FakeCellValue): v is { error: string; message: string } => typeof v === "object" && v !== null;

/** Within ~1e-9 relative (absolute near zero): what a formula computes against the value inserted. */
export function close(a: number, b: number, tolerance = 1e-9): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Why a computed cell does not match a figure value, or undefined when it does: a null value must be
 * #N/A in the engine, "" an empty cell, a number the same number (exactly unless tolerance is given).
 */
export function mismatch(actual: FakeCellValue, expected: FigureValue, tolerance?: number): string | undefined {
  if (expected === null)
    return isError(actual) && actual.error === "#N/A" ? undefined : `expected #N/A, got ${JSON.stringify(actual)}`;
  if (expected === "")
    return actual === null || actual === "" ? undefined : `expected an empty cell, got ${JSON.stringify(actual)}`;
  if (typeof expected === "string")
    return actual === expected ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  if (typeof actual !== "number") return `expected ${expected}, got ${JSON.stringify(actual)}`;
  const same = tolerance === undefined ? actual === expected : close(actual, expected, tolerance);
  return same ? undefined : `expected ${expected}, got ${actual}`;
}

/** Two computed cells agree: same text, same error code, or numbers within tolerance. */
export function sameComputed(a: FakeCellValue, b: FakeCellValue, tolerance = 1e-9): boolean {
  if (typeof a === "number" && typeof b === "number") return close(a, b, tolerance);
  if (isError(a) && isError(b)) return a.error === b.error;
  return a === b;
}

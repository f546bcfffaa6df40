/**
 * A1 addresses from zero-based row and column indexes, the way Excel writes them. The writer plans
 * every range as numbers and only turns them into text at the edge, where Office.js takes strings.
 */

/** Excel's grid: 1,048,576 rows by 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells: top-left corner and size, all zero-based. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new RangeError(`Column index ${col} is outside the sheet`);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) throw new RangeError(`Row index ${row} is outside the sheet`);
  return `${columnLetters(col)}${row + 1}`;
}

/** "B3" for a single cell, "B3:D9" otherwise. */
export function boxAddress(box: Box): string {
  const first = cellAddress(box.row, box.col);
  if (box.rows === 1 && box.cols === 1) return first;
  return `${first}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

export function fitsOnSheet(box: Box): boolean {
  return box.row >= 0 && box.col >= 0 && box.rows >= 1 && box.cols >= 1
    && box.row + box.rows <= MAX_ROWS && box.col + box.cols <= MAX_COLUMNS;
}

/**
 * Excel quotes a sheet name in a reference unless it is a plain identifier; a name that reads as a
 * cell reference (e.g. "A1" or "R1C1") must be quoted too, or the reference would be ambiguous.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B3:D9" or "'My data'!B3", as Range.address reports it. */
export function qualified(sheet: string, box: Box): string {
  return `${quoteSheetName(sheet)}!${boxAddress(box)}`;
}

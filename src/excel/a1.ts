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
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS)
    throw new RangeError(`Column index ${col} is outside the sheet`);
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
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS)
    throw new RangeError(`Row index ${row} is outside the sheet`);
  return `${columnLetters(col)}${row + 1}`;
}

/** "B3" for a single cell, "B3:D9" otherwise. */
export function boxAddress(box: Box): string {
  const first = cellAddress(box.row, box.col);
  if (box.rows === 1 && box.cols === 1) return first;
  return `${first}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

export function fitsOnSheet(box: Box): boolean {
  return (
    box.row >= 0 &&
    box.col >= 0 &&
    box.rows >= 1 &&
    box.cols >= 1 &&
    box.row + box.rows <= MAX_ROWS &&
    box.col + box.cols <= MAX_COLUMNS
  );
}

/**
 * Excel quotes a sheet name in a reference unless it is a plain identifier; a name that reads as a
 * cell reference (e.g. "A1" or "R1C1") must be quoted too, or the reference would be ambiguous.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Sheet1!B3:D9" or "'My data'!B3", as Range.address reports it. */
export function qualified(sheet: string, box: Box): string {
  return `${quoteSheetName(sheet)}!${boxAddress(box)}`;
}

/** Zero-based column of "A", "XFD"...; -1 when the text is not column letters. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** "B3" or "$B$3:D9" (no sheet) as a box; undefined for anything else. */
export function parseBox(ref: string): Box | undefined {
  const m = REF.exec(ref.trim());
  if (!m) return undefined;
  const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1])];
  const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [r1, c1];
  const box = {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
  return fitsOnSheet(box) ? box : undefined;
}

/** Splits "Sheet1!A1" into the sheet ("Sheet1", quotes undone) and the reference; no sheet for a bare reference. */
export function splitQualified(address: string): { sheet?: string; ref: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    return text[i + 1] === "!" ? { sheet: name, ref: text.slice(i + 2) } : { ref: text };
  }
  const bang = text.lastIndexOf("!");
  return bang < 0 ? { ref: text } : { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
}

/**
 * The rectangles of a RangeAreas address, "Sheet1!A1:B2, Sheet1!D4" (Excel joins areas with ", "; a
 * quoted sheet name may itself hold a comma, so the text is read area by area rather than split).
 */
export function parseAreas(address: string): Box[] {
  const boxes: Box[] = [];
  let rest = address.trim();
  while (rest !== "") {
    let end: number;
    if (rest.startsWith("'")) {
      let i = 1;
      while (i < rest.length && !(rest[i] === "'" && rest[i + 1] !== "'")) i += rest[i] === "'" ? 2 : 1;
      end = rest.indexOf(",", i);
    } else end = rest.indexOf(",");
    const area = end < 0 ? rest : rest.slice(0, end);
    const box = parseBox(splitQualified(area).ref);
    if (box) boxes.push(box);
    rest = end < 0 ? "" : rest.slice(end + 1).trim();
  }
  return boxes;
}

export function overlap(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function contains(outer: Box, row: number, col: number): boolean {
  return row >= outer.row && row < outer.row + outer.rows && col >= outer.col && col < outer.col + outer.cols;
}

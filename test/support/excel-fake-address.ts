/**
 * A1 references for the Excel fake, parsed and printed as Excel does. Written independently of the
 * add-in's own src/excel/a1.ts, so a mistake in one shows up as a mismatch against the other.
 */

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** Zero-based rectangle. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
}

export function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function indexLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;

function parseCell(ref: string): { row: number; col: number } | undefined {
  const m = CELL.exec(ref);
  if (!m) return undefined;
  const col = letterIndex(m[1]);
  const row = Number(m[2]) - 1;
  return row < SHEET_ROWS && col < SHEET_COLUMNS ? { row, col } : undefined;
}

/** Splits "'It''s here'!B3:C4" into the sheet name ("It's here") and the reference ("B3:C4"). */
function splitSheet(address: string): { sheet?: string; ref: string } {
  if (address.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < address.length) {
      if (address[i] === "'" && address[i + 1] === "'") {
        name += "'";
        i += 2;
        continue;
      }
      if (address[i] === "'") break;
      name += address[i++];
    }
    if (address[i + 1] !== "!") return { ref: "" };
    return { sheet: name, ref: address.slice(i + 2) };
  }
  const bang = address.lastIndexOf("!");
  return bang < 0 ? { ref: address } : { sheet: address.slice(0, bang), ref: address.slice(bang + 1) };
}

/** undefined when the text is not a cell or rectangle reference Excel would accept. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | undefined {
  const { sheet, ref } = splitSheet(address.trim());
  const [a, b, extra] = ref.split(":");
  if (extra !== undefined) return undefined;
  const first = parseCell(a ?? "");
  const last = b === undefined ? first : parseCell(b);
  if (!first || !last) return undefined;
  const top = Math.min(first.row, last.row);
  const left = Math.min(first.col, last.col);
  const rect = { top, left, height: Math.abs(last.row - first.row) + 1, width: Math.abs(last.col - first.col) + 1 };
  return sheet === undefined ? { rect } : { sheet, rect };
}

export function cellRef(row: number, col: number): string {
  return `${indexLetters(col)}${row + 1}`;
}

export function rectRef(rect: Rect): string {
  const a = cellRef(rect.top, rect.left);
  return rect.height === 1 && rect.width === 1
    ? a
    : `${a}:${cellRef(rect.top + rect.height - 1, rect.left + rect.width - 1)}`;
}

/** Quoted unless a plain name that cannot be read as a cell reference. */
export function sheetPrefix(sheet: string): string {
  const bare = /^[A-Za-z_][\w.]*$/.test(sheet) && !CELL.test(sheet) && !/^R\d*C\d*$/i.test(sheet);
  return bare ? `${sheet}!` : `'${sheet.split("'").join("''")}'!`;
}

export function fullAddress(sheet: string, rect: Rect): string {
  return sheetPrefix(sheet) + rectRef(rect);
}

export function insideSheet(rect: Rect): boolean {
  return (
    rect.top >= 0 &&
    rect.left >= 0 &&
    rect.height >= 1 &&
    rect.width >= 1 &&
    rect.top + rect.height <= SHEET_ROWS &&
    rect.left + rect.width <= SHEET_COLUMNS
  );
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.top < b.top + b.height && b.top < a.top + a.height && a.left < b.left + b.width && b.left < a.left + a.width;
}

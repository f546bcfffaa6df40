/**
 * Ranges in, one result per cell, as Excel lifts its own one-value functions (=ABS(A1:A10)): the result
 * has as many rows as the tallest argument and as many columns as the widest; an argument of one row (or
 * column) repeats along that side; a cell beyond the extent of an argument that neither repeats nor fills
 * the side is #N/A. Each cell is one ordinary call with one value per argument, so its error stays in it.
 * Written once for every face that hands the core a range: the custom functions and the command-line tool.
 */
import { invalidValue, isDomainError, notAvailable, type DomainError } from "./errors";

/** Rows and columns of an argument or of a result. */
export interface Extent {
  readonly rows: number;
  readonly cols: number;
}

/**
 * The extent of an argument that holds more than one value; undefined for one value (a 1 × 1 or empty range
 * is one value, as the argument parsers read it). Ranges arrive as rectangular rows of cells.
 */
export function extentOf(name: string, raw: unknown): Extent | undefined | DomainError {
  if (!Array.isArray(raw)) return undefined;
  const rows = raw.length;
  const first: unknown = raw[0];
  if (rows === 0 || !Array.isArray(first)) return undefined;
  const cols = first.length;
  if (rows === 1 && cols <= 1) return undefined;
  for (const row of raw as unknown[]) {
    if (!Array.isArray(row) || row.length !== cols)
      return invalidValue(`${name}: a range must have rows of equal length; this one has rows of different lengths.`);
  }
  return cols === 0 ? undefined : { rows, cols };
}

/** An argument's name for messages. */
const nameOf = (names: readonly string[], i: number): string => names[i] ?? `argument ${i + 1}`;

/** One value given as a 1 × 1 (or empty) range is that value, so that it is remembered like a typed one. */
function single(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  const first: unknown = raw[0];
  return Array.isArray(first) ? (first[0] ?? null) : (first ?? null);
}

/** How a call's arguments lay out its result: the result's extent, and each argument's (none for one value). */
export interface Layout {
  readonly extent: Extent;
  readonly each: readonly (Extent | undefined)[];
}

/** The layout of a call's result, or undefined when every argument is one value (an ordinary call). */
export function layoutOf(names: readonly string[], raw: readonly unknown[]): Layout | undefined | DomainError {
  let rows = 1;
  let cols = 1;
  let any = false;
  const each: (Extent | undefined)[] = [];
  for (let i = 0; i < raw.length; i++) {
    const e = extentOf(nameOf(names, i), raw[i]);
    if (isDomainError(e)) return e;
    each.push(e);
    if (!e) continue;
    any = true;
    rows = Math.max(rows, e.rows);
    cols = Math.max(cols, e.cols);
  }
  return any ? { extent: { rows, cols }, each } : undefined;
}

const describe = (e: Extent): string => `${e.rows} × ${e.cols}`;

function beyond(name: string, own: Extent, whole: Extent): DomainError {
  return notAvailable(
    `No ${name} for this cell: the ${name} range is ${describe(own)} and the results ${describe(whole)}; ` +
      `a range repeats only along a side of 1 cell, so ranges of other sizes must match.`,
  );
}

/**
 * What a face hands over for an input cell that shows an error: that cell's result, unevaluated, as with
 * Excel's own lifted functions. The core's own errors always are; a face may name its own kind too.
 */
export type IsInputError<E> = (v: unknown) => v is E;

/** One ordinary call with one value per argument, unless one of them is an error. */
function callOne<R, E>(
  args: readonly unknown[],
  one: (args: readonly unknown[]) => R | DomainError,
  isInputError?: IsInputError<E>,
): R | E | DomainError {
  for (const a of args) if (isDomainError(a) || isInputError?.(a)) return a as E | DomainError;
  return one(args);
}

/** One result per cell of a grid. */
export type Grid<T> = T[][];

/**
 * Fills `args` with the values of the result cell (r, c): each range argument's value there, repeated along a
 * side of 1 cell; #N/A when the cell lies beyond a range that neither repeats nor fills the side.
 */
function fillArgs(
  names: readonly string[],
  raw: readonly unknown[],
  layout: Layout,
  r: number,
  c: number,
  args: unknown[],
): DomainError | undefined {
  const { extent, each } = layout;
  for (let i = 0; i < raw.length; i++) {
    const e = each[i];
    if (!e) continue;
    const rr = e.rows === 1 ? 0 : r;
    const cc = e.cols === 1 ? 0 : c;
    if (rr < e.rows && cc < e.cols) args[i] = (raw[i] as unknown[][])[rr][cc];
    else return beyond(nameOf(names, i), e, extent);
  }
  return undefined;
}

/** A cell's argument list before its range values are filled in: each one-value argument as that value. */
const fixedArgs = (raw: readonly unknown[], layout: Layout): unknown[] =>
  raw.map((a, i) => (layout.each[i] ? undefined : single(a)));

/** The arguments with which a broadcast would call for its result cell (r, c), or that cell's #N/A. */
export function argsAt(
  names: readonly string[],
  raw: readonly unknown[],
  r: number,
  c: number,
): unknown[] | DomainError {
  const layout = layoutOf(names, raw);
  if (layout === undefined) return raw.map(single);
  if (isDomainError(layout)) return layout;
  const args = fixedArgs(raw, layout);
  return fillArgs(names, raw, layout, r, c, args) ?? args;
}

/** Calls `one` for every cell of the result with that cell's values. */
export function eachCell<R, E = never>(
  names: readonly string[],
  raw: readonly unknown[],
  layout: Layout,
  one: (args: readonly unknown[]) => R | DomainError,
  isInputError?: IsInputError<E>,
): Grid<R | E | DomainError> {
  const { extent } = layout;
  // One argument list, refilled for each cell: a call reads its arguments and keeps none of them.
  const args = fixedArgs(raw, layout);
  const out: Grid<R | E | DomainError> = [];
  for (let r = 0; r < extent.rows; r++) {
    const row: (R | E | DomainError)[] = [];
    for (let c = 0; c < extent.cols; c++) {
      row.push(fillArgs(names, raw, layout, r, c, args) ?? callOne(args, one, isInputError));
    }
    out.push(row);
  }
  return out;
}

/**
 * A function that gives one value per call, over arguments that may be ranges: the one value of an
 * ordinary call, or a grid of them.
 */
export function broadcast<R, E = never>(
  names: readonly string[],
  raw: readonly unknown[],
  one: (args: readonly unknown[]) => R | DomainError,
  isInputError?: IsInputError<E>,
): R | E | DomainError | Grid<R | E | DomainError> {
  const layout = layoutOf(names, raw);
  if (layout === undefined) return callOne(raw.map(single), one, isInputError);
  if (isDomainError(layout)) return layout;
  return eachCell(names, raw, layout, one, isInputError);
}

/**
 * For functions that spill a table of their own: one value per argument, or #VALUE! naming the first
 * argument given a range, and why. Arguments marked `whole` take a range as it is (CHECK's answers).
 */
export function oneValueEach(
  fn: string,
  names: readonly string[],
  raw: readonly unknown[],
  whole: readonly boolean[] = [],
): DomainError | undefined {
  for (let i = 0; i < raw.length; i++) {
    if (whole[i]) continue;
    const e = extentOf(nameOf(names, i), raw[i]);
    if (isDomainError(e)) return e;
    if (e)
      return invalidValue(
        `${nameOf(names, i)}: expects one value, not a range of ${e.rows * e.cols} cells; ` +
          (whole.some(Boolean)
            ? `ASEAN.${fn} takes ranges only for ${names.filter((_, k) => whole[k]).join(" and ")}.`
            : `ASEAN.${fn} spills a table of its own, so each of its arguments takes one value.`),
      );
  }
  return undefined;
}

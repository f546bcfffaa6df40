import { isDatasetIntegrityError } from "../core/dataset-integrity";
import { invalidValue, isDomainError, type DomainError } from "../core/errors";
import type { Matrix } from "../core/matrix";
import { excerpt } from "../core/text";

/** What a cell receives for an error: Excel's CustomFunctions.Error inside Office; the same shape
 *  (code and message) elsewhere, so the command-line tool and formula-engine tests see what Excel sees. */
export interface CellError {
  readonly code: "#N/A" | "#VALUE!";
  readonly message: string;
}

/** A plain value, not an Error subclass: capturing a stack trace for every #N/A cell would dominate the cost of a lookup. */
class PortableCellError implements CellError {
  constructor(readonly code: "#N/A" | "#VALUE!", readonly message: string) {}
}

export function toCellError(e: DomainError): CellError {
  const message = e.message;
  const office = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  if (office?.Error) {
    const code = e.error === "NA" ? office.ErrorCode.notAvailable : office.ErrorCode.invalidValue;
    return new office.Error(code, message) as unknown as CellError;
  }
  return new PortableCellError(e.error === "NA" ? "#N/A" : "#VALUE!", message);
}

export function isCellError(x: unknown): x is CellError {
  return typeof x === "object" && x !== null && "code" in x && "message" in x && !Array.isArray(x);
}

/** A failed integrity check of the bundled dataset is reported as it is. Any other exception's text can carry
 *  anything, including what was typed: it is shown cleaned and short, like any quote of input. */
const unexpected = (err: unknown): CellError =>
  toCellError(invalidValue(isDatasetIntegrityError(err) ? err.message : `Unexpected problem: ${excerpt(err instanceof Error ? err.message : String(err), 200)}`));

const fault = (what: string): CellError => toCellError(invalidValue(`No result: ${what}. This is a fault in the add-in; please report the formula.`));

/** What a cell must never show (NaN, an infinity, nothing at all) becomes #VALUE! saying so; numbers are
 *  tested first, as nearly every result is one. */
function shown<T>(v: T | DomainError): T | CellError {
  if (typeof v === "number") return v - v === 0 ? v : fault(`the calculation gave ${v} instead of a number`);
  if (v === undefined || v === null) return fault("the function produced no value");
  return isDomainError(v) ? toCellError(v) : v;
}

/** Functions never throw: a domain error becomes an error value, and so does anything unexpected. */
export function toCell<T>(compute: () => T | DomainError): T | CellError {
  try {
    return shown(compute());
  } catch (err) {
    return unexpected(err);
  }
}

export type SpillCell = number | string | boolean | CellError;

/** A spilling result: the error of a cell without data stays in that cell; a failure of the whole call
 *  becomes a 1x1 error, which Excel shows without spilling. */
export function toSpill(compute: () => Matrix | DomainError): SpillCell[][] {
  try {
    const m = compute();
    if (isDomainError(m)) return [[toCellError(m)]];
    if (!Array.isArray(m) || !m.every(Array.isArray)) return [[fault("the function produced no table")]];
    return m.map((row) => row.map((c) => shown(c)));
  } catch (err) {
    return [[unexpected(err)]];
  }
}

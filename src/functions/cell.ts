import { isDomainError, type DomainError } from "../core/errors";
import { fault, unexpectedProblem, usable } from "../core/guard";
import type { Matrix } from "../core/matrix";
import { inCellLanguage } from "./language";

/** What a cell receives for an error: Excel's CustomFunctions.Error inside Office; the same shape
 *  (code and message) elsewhere, so the command-line tool and formula-engine tests see what Excel sees. */
export interface CellError {
  readonly code: "#N/A" | "#VALUE!";
  readonly message: string;
}

/**
 * A plain value, not an Error subclass: capturing a stack trace for every #N/A cell would dominate the cost of a
 * lookup.
 */
class PortableCellError implements CellError {
  constructor(
    readonly code: "#N/A" | "#VALUE!",
    readonly message: string,
  ) {}
}

export function toCellError(e: DomainError): CellError {
  const message = inCellLanguage(e.message);
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

const unexpected = (err: unknown): CellError => toCellError(unexpectedProblem(err));

function shown<T>(v: T | DomainError): T | CellError {
  const u = usable(v);
  return isDomainError(u) ? toCellError(u) : u;
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
    if (!Array.isArray(m) || !m.every(Array.isArray)) return [[toCellError(fault("the function produced no table"))]];
    return m.map((row) => row.map((c) => shown(c)));
  } catch (err) {
    return [[unexpected(err)]];
  }
}

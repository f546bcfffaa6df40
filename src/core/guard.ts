/**
 * A call that never fails: what every face shows instead of an exception or a value a cell must never
 * hold, worded once. Cells (src/functions/cell.ts), the formula builder and the command-line tool all
 * report a damaged dataset, an unexpected exception and an unusable result alike.
 */
import { isDatasetIntegrityError } from "./dataset-integrity";
import { invalidValue, isDomainError, type DomainError } from "./errors";
import type { Matrix, MatrixCell } from "./matrix";
import { excerpt } from "./text";

/** A failed integrity check of the bundled dataset is reported as it is. Any other exception's text can carry
 *  anything, including what was typed: it is shown cleaned and short, like any quote of input. */
export function unexpectedProblem(err: unknown): DomainError {
  return invalidValue(
    isDatasetIntegrityError(err)
      ? err.message
      : `Unexpected problem: ${excerpt(err instanceof Error ? err.message : String(err), 200)}`,
  );
}

export const fault = (what: string): DomainError =>
  invalidValue(`No result: ${what}. This is a fault in the add-in; please report the formula.`);

/** What a cell must never show (NaN, an infinity, nothing at all) becomes #VALUE! saying so; numbers are
 *  tested first, as nearly every result is one. */
export function usable<T>(v: T | DomainError): T | DomainError {
  if (typeof v === "number") return v - v === 0 ? v : fault(`the calculation gave ${v} instead of a number`);
  if (v === undefined || v === null) return fault("the function produced no value");
  return v;
}

/** A function's result as a face shows it: never an exception, never an unusable value, in a table or not. */
export function guarded(compute: () => unknown): number | string | boolean | Matrix | DomainError {
  try {
    const v = compute();
    if (isDomainError(v) || !Array.isArray(v)) return usable(v as number | string | boolean | DomainError);
    if (!v.every(Array.isArray)) return fault("the function produced no table");
    return (v as unknown[][]).map((row) => row.map((c) => usable(c as MatrixCell)));
  } catch (err) {
    return unexpectedProblem(err);
  }
}

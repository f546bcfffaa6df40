import type { DomainError } from "./errors";

/** A spilled result: rows of cells, each a value or the error that cell shows (#N/A where no data). */
export type MatrixCell = number | string | boolean | DomainError;
export type Matrix = MatrixCell[][];

export function transpose(m: Matrix): Matrix {
  if (m.length === 0) return m;
  return m[0].map((_, j) => m.map((row) => row[j]));
}

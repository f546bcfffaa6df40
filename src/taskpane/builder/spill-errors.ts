/** The errors inside a spilled result, each with the row it sits in, so the pane can explain them beside the table. */
import { isDomainError, type DomainError } from "../../core/errors";
import type { Matrix } from "../../core/matrix";

export const ERROR_TEXT: Record<DomainError["error"], string> = { NA: "#N/A", VALUE: "#VALUE!" };

export interface SpillError {
  /** The row's first cell (a year, a partner), or its position when that is not text or a number. */
  where: string;
  code: string;
  message: string;
}

export function spillErrors(matrix: Matrix): SpillError[] {
  const out: SpillError[] = [];
  matrix.forEach((row, r) =>
    row.forEach((cell) => {
      if (!isDomainError(cell)) return;
      const first = row[0];
      const where = typeof first === "string" || typeof first === "number" ? String(first) : `row ${r + 1}`;
      out.push({ where, code: ERROR_TEXT[cell.error], message: cell.message });
    }),
  );
  return out;
}

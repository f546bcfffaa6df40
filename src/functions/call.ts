import { core } from "../core/api";
import type { DomainError } from "../core/errors";
import type { Matrix } from "../core/matrix";
import { broadcasts, REGISTRY, type FunctionId, type ResultOf } from "../core/registry/registry";
import { isCellError, toCell, toSpill, type CellError, type SpillCell } from "./cell";
import { feedbackInCellLanguage, inCellLanguage, spillInCellLanguage } from "./language";

/** Spilling functions are those whose result is a table. */
type SpillId = { [K in FunctionId]: ResultOf<K> extends Matrix ? K : never }[FunctionId];
type ScalarId = Exclude<FunctionId, SpillId>;

/** A function that returns one value, called with one value per argument: what its cell shows. */
export function scalarCell<K extends ScalarId>(id: K, raw: readonly unknown[]): ResultOf<K> | CellError {
  if (id === "SOURCE") return toCell(() => citation(core().call("SOURCE", raw))) as ResultOf<K> | CellError;
  return toCell(() => core().call(id, raw));
}

/** A citation is text the cell shows, so it speaks the cell's language as messages do; one per cell of a range. */
const citation = <T>(v: T): T =>
  typeof v === "string"
    ? (inCellLanguage(v) as T)
    : Array.isArray(v)
      ? (v.map((row: unknown) => (Array.isArray(row) ? row.map(citation) : citation(row))) as T)
      : v;

/** A spilling function: what its cells show. */
export function spillCells(id: SpillId, raw: readonly unknown[]): SpillCell[][] {
  // A spilling function never broadcasts: its result is its own table, or the error of an argument.
  const result = (): Matrix | DomainError => core().callEach(id, raw) as Matrix | DomainError;
  if (id === "CHECK") return toSpill(() => feedbackInCellLanguage(result()));
  return toSpill(() => {
    const r = result();
    return Array.isArray(r) ? spillInCellLanguage(id, r) : r;
  });
}

/**
 * A function that gives one value per call, with ranges in any argument: what its cells show, one value
 * for an ordinary call or one per cell of the result (src/core/broadcast.ts).
 */
export function valueCells(id: ScalarId, raw: readonly unknown[]): SpillCell | SpillCell[][] {
  // Most calls pass one value per argument: they go straight to the core.
  if (!raw.some(Array.isArray)) return scalarCell(id, raw);
  // Excel hands over no error values as the metadata stands; should it hand one over, it stays in its own cell.
  const r = toCell(() => {
    const each = core().callEach(id, raw, isCellError);
    return id === "SOURCE" ? citation(each) : each;
  });
  return Array.isArray(r) ? toSpill(() => r as Matrix) : (r as SpillCell);
}

/** As Excel takes the result of a function declared to return a matrix: rows of cells, even for one value. */
export function valueMatrix(id: ScalarId, raw: readonly unknown[]): SpillCell[][] {
  const r = valueCells(id, raw);
  return Array.isArray(r) ? r : [[r]];
}

/** Any function by id, as a cell shows it (a one-cell result as its value, as Excel shows it). */
export function cellCaller(id: FunctionId): (...raw: unknown[]) => unknown {
  if (REGISTRY[id].spills) return (...raw) => spillCells(id as SpillId, raw);
  if (broadcasts(id)) return (...raw) => valueCells(id as ScalarId, raw);
  return (...raw) => scalarCell(id as ScalarId, raw);
}

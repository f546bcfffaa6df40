import { core } from "../core/api";
import type { Matrix } from "../core/matrix";
import { REGISTRY, type FunctionId, type ResultOf } from "../core/registry/registry";
import { toCell, toSpill, type CellError, type SpillCell } from "./cell";

/** Spilling functions are those whose result is a table. */
type SpillId = { [K in FunctionId]: ResultOf<K> extends Matrix ? K : never }[FunctionId];
type ScalarId = Exclude<FunctionId, SpillId>;

/** A function that returns one value: what its cell shows. */
export function scalarCell<K extends ScalarId>(id: K, raw: readonly unknown[]): ResultOf<K> | CellError {
  return toCell(() => core().call(id, raw));
}

/** A spilling function: what its cells show. */
export function spillCells(id: SpillId, raw: readonly unknown[]): SpillCell[][] {
  return toSpill(() => core().call(id, raw));
}

/** Any function by id, as Excel calls it. */
export function cellCaller(id: FunctionId): (...raw: unknown[]) => unknown {
  if (REGISTRY[id].spills) return (...raw) => spillCells(id as SpillId, raw);
  return (...raw) => scalarCell(id as ScalarId, raw);
}

import { arity, broadcasts, FUNCTION_IDS, REGISTRY } from "../core/registry/registry";
import { cellCaller } from "./call";

/** Every custom function by its id, with the argument counts Excel enforces from the metadata; the
 *  formula-engine tests call the very implementations the cells call through it. */
export interface FunctionEntry {
  readonly fn: (...args: unknown[]) => unknown;
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly spills: boolean;
  /** Takes a range in any argument and gives one result per cell. */
  readonly broadcasts: boolean;
  /** Per parameter: taken as a whole range (CHECK's answers and key), so a spill's size follows the range's. */
  readonly wholeRanges?: readonly boolean[];
}

export const FUNCTIONS: Readonly<Record<string, FunctionEntry>> = Object.fromEntries(
  FUNCTION_IDS.map((id) => [
    id,
    {
      fn: cellCaller(id),
      ...arity(id),
      spills: REGISTRY[id].spills,
      broadcasts: broadcasts(id),
      wholeRanges: REGISTRY[id].params.map((p: { wholeRange?: true }) => p.wholeRange === true),
    },
  ]),
);

import { edition, source, trade } from "./functions";

/** Every custom function by its id, with the argument counts Excel enforces from the metadata; the
 *  command-line tool and the formula-engine tests call the very same implementations through it. */
export interface FunctionEntry {
  readonly fn: (...args: never[]) => unknown;
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly spills: boolean;
}

export const FUNCTIONS: Readonly<Record<string, FunctionEntry>> = {
  TRADE: { fn: trade, minArgs: 3, maxArgs: 5, spills: false },
  SOURCE: { fn: source, minArgs: 3, maxArgs: 4, spills: false },
  EDITION: { fn: edition, minArgs: 0, maxArgs: 0, spills: false },
};

import * as fns from "./functions";

/** Every custom function by its id, with the argument counts Excel enforces from the metadata; the
 *  command-line tool and the formula-engine tests call the very same implementations through it. */
export interface FunctionEntry {
  readonly fn: (...args: never[]) => unknown;
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly spills: boolean;
}

export const FUNCTIONS: Readonly<Record<string, FunctionEntry>> = {
  TRADE: { fn: fns.trade, minArgs: 3, maxArgs: 5, spills: false },
  SERIES: { fn: fns.series, minArgs: 2, maxArgs: 7, spills: true },
  PARTNERS: { fn: fns.partners, minArgs: 2, maxArgs: 6, spills: true },
  SHARE: { fn: fns.share, minArgs: 3, maxArgs: 6, spills: false },
  GROWTH: { fn: fns.growth, minArgs: 3, maxArgs: 6, spills: false },
  MIRROR: { fn: fns.mirror, minArgs: 3, maxArgs: 5, spills: true },
  FDI: { fn: fns.fdi, minArgs: 3, maxArgs: 5, spills: false },
  SOURCE: { fn: fns.source, minArgs: 3, maxArgs: 4, spills: false },
  LATEST: { fn: fns.latest, minArgs: 2, maxArgs: 3, spills: false },
  FX: { fn: fns.fx, minArgs: 1, maxArgs: 2, spills: false },
  COUNTRIES: { fn: fns.countries, minArgs: 0, maxArgs: 1, spills: true },
  FACT: { fn: fns.fact, minArgs: 1, maxArgs: 2, spills: false },
  FACTS: { fn: fns.facts, minArgs: 0, maxArgs: 0, spills: true },
  EDITION: { fn: fns.edition, minArgs: 0, maxArgs: 0, spills: false },
};

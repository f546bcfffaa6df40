/**
 * The last outcome of a workbook operation the pane did not start: a ribbon button, or the repair run
 * when the workbook opened. Commands and pane share one runtime, so the pane shows it when it opens.
 */
import type { PrepareResult } from "./operation-types";
import type { ReenterResult } from "./reenter-formulas";

export type RuntimeOutcome =
  | { readonly kind: "prepare"; readonly result: PrepareResult }
  | { readonly kind: "repair"; readonly result: ReenterResult };

type Listener = (outcome: RuntimeOutcome) => void;

const listeners = new Set<Listener>();
let last: RuntimeOutcome | undefined;

export function publishOutcome(outcome: RuntimeOutcome): void {
  last = outcome;
  for (const l of listeners) l(outcome);
}

/** Calls `listener` with the last outcome (if any) and every later one; returns the unsubscribe. */
export function subscribeOutcomes(listener: Listener): () => void {
  listeners.add(listener);
  if (last) listener(last);
  return () => listeners.delete(listener);
}

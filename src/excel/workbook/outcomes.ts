/**
 * The last outcome of a workbook operation started from the ribbon. The ribbon's commands and the
 * pane share one runtime, so the pane shows what a ribbon button did when it opens or is open.
 */
import type { PrepareResult, RestoreResult } from "./operation-types";

export type RibbonOutcome =
  | { readonly kind: "prepare"; readonly result: PrepareResult }
  | { readonly kind: "restore"; readonly result: RestoreResult };

type Listener = (outcome: RibbonOutcome) => void;

const listeners = new Set<Listener>();
let last: RibbonOutcome | undefined;

export function publishOutcome(outcome: RibbonOutcome): void {
  last = outcome;
  for (const l of listeners) l(outcome);
}

/** Calls `listener` with the last outcome (if any) and every later one; returns the unsubscribe. */
export function subscribeOutcomes(listener: Listener): () => void {
  listeners.add(listener);
  if (last) listener(last);
  return () => listeners.delete(listener);
}

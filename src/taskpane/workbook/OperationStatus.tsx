import * as React from "react";
import { OperationProgress } from "./OperationProgress";
import { OutcomeBar, type Outcome } from "./OutcomeBar";
import type { Operation } from "./use-operation";

/** A running operation's progress bar, then what it reported (or the exception that stopped it). */
export function OperationStatus<R extends { kind: string }>({
  op,
  outcomeOf,
}: {
  op: Operation<R>;
  outcomeOf: (r: R) => Outcome;
}): React.ReactElement {
  return (
    <>
      {op.busy && <OperationProgress label="Working on the workbook" progress={op.progress} />}
      <div aria-live="polite">
        {op.result && <OutcomeBar kind={op.result.kind} outcome={outcomeOf(op.result)} />}
        {op.failure && <OutcomeBar kind="error" outcome={{ ok: false, title: "Stopped", text: op.failure }} />}
      </div>
    </>
  );
}

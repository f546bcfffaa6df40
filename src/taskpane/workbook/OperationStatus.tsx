import * as React from "react";
import { useT } from "../i18n/i18n";
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
  const t = useT();
  return (
    <>
      {op.busy && <OperationProgress label={t("operation.working")} progress={op.progress} />}
      <div aria-live="polite">
        {op.result && <OutcomeBar kind={op.result.kind} outcome={outcomeOf(op.result)} />}
        {op.failure && (
          <OutcomeBar kind="error" outcome={{ ok: false, title: t("operation.stopped"), text: op.failure }} />
        )}
      </div>
    </>
  );
}

import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../../excel/workbook/operation-types";

/** A progress bar for a running workbook operation: indeterminate until the amount of work is known. */
export function OperationProgress({ label, progress }: { label: string; progress?: Progress }): React.ReactElement {
  const known = progress !== undefined && progress.total > 0;
  const stage = progress?.stage === "writing" ? "Writing" : "Reading the workbook";
  const hint = known
    ? `${stage}: ${progress.done.toLocaleString("en-US")} of ${progress.total.toLocaleString("en-US")} cells`
    : `${stage}…`;
  return (
    <Field label={label} validationMessage={hint} validationState="none">
      <ProgressBar value={known ? Math.min(1, progress.done / progress.total) : undefined} max={1} thickness="large" />
    </Field>
  );
}

import * as React from "react";
import type { OnProgress, Progress } from "../../excel/workbook/operation-types";

export interface Operation<R> {
  readonly busy: boolean;
  readonly progress?: Progress;
  readonly result?: R;
  /** An exception the operation threw (the writers report their own failures as results). */
  readonly failure?: string;
  run(task: (onProgress: OnProgress) => Promise<R>): Promise<void>;
  show(result: R): void;
}

/** One workbook operation at a time: whether it runs, how far it is, and what it reported. */
export function useOperation<R>(): Operation<R> {
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<Progress | undefined>();
  const [result, setResult] = React.useState<R | undefined>();
  const [failure, setFailure] = React.useState<string | undefined>();
  const run = React.useCallback(async (task: (onProgress: OnProgress) => Promise<R>) => {
    setBusy(true);
    setResult(undefined);
    setFailure(undefined);
    setProgress(undefined);
    try {
      setResult(await task(setProgress));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      setProgress(undefined);
    }
  }, []);
  const show = React.useCallback((r: R) => {
    setFailure(undefined);
    setResult(r);
  }, []);
  return { busy, progress, result, failure, run, show };
}

/**
 * The Excel.run entry point, looked up on the global object at call time rather than imported: in
 * Excel it is the real API; in a browser test page or under Jest it is whatever fake was installed
 * as globalThis.Excel before the insert ran.
 */

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  run<T>(batch: Batch<T>): Promise<T>;
}

export function excelHost(): ExcelHost | undefined {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  if (typeof excel?.run !== "function") return undefined;
  const run = excel.run as (batch: Batch<unknown>) => Promise<unknown>;
  return { run: <T>(batch: Batch<T>) => run.call(excel, batch) as Promise<T> };
}

/** Counts round trips, so a result can report how many it took (the writer allows itself two). */
export interface SyncCounter {
  sync(): Promise<void>;
  readonly count: number;
}

export function countSyncs(context: Excel.RequestContext): SyncCounter {
  let count = 0;
  return {
    async sync() {
      count++;
      await context.sync();
    },
    get count() {
      return count;
    },
  };
}

/** The text of whatever Excel (or a fake) threw, for a message the pane can show. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string")
    return (error as { message: string }).message;
  return String(error);
}

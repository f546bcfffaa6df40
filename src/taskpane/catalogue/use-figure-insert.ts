import { useState } from "react";
import type { Figure } from "../../core/report/figures/figure-types";
import { insertFigure } from "../../excel/insert-figure";
import type { InsertOptions } from "../../excel/insert-types";
import { insertBlocker, useHost } from "../app/host-context";
import { useT, type Translate } from "../i18n/i18n";
import type { InsertOutcome } from "./InsertResultBar";

export interface FigureInsert {
  options: InsertOptions;
  setOptions: (options: InsertOptions) => void;
  hasChart: boolean;
  busy: boolean;
  outcome: InsertOutcome | undefined;
  /** Why inserting is not possible now; undefined when it is. */
  blocker: string | undefined;
  /** Whether to show the blocker: not while the host is still being detected, which settles by itself. */
  explained: boolean;
  run: (target: InsertOptions["target"]) => Promise<void>;
}

/** One figure's insert: the chosen options, and the outcome of the last attempt. */
export function useFigureInsert(figure: Figure): FigureInsert {
  const host = useHost();
  const t = useT();
  const hasChart = figure.chart !== undefined;
  const [options, setOptions] = useState<InsertOptions>({
    target: "selection",
    mode: "values",
    chart: hasChart,
    sourceNote: true,
  });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome | undefined>();
  const blocker = figure.insertable ? insertBlocker(host, t) : t("blocker.notInsertable");

  const run = async (target: InsertOptions["target"]): Promise<void> => {
    const chosen: InsertOptions = { ...options, target, chart: options.chart && hasChart };
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ kind: "result", result: await insertFigure(figure, chosen), target });
    } catch (err) {
      setOutcome({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return {
    options,
    setOptions,
    hasChart,
    busy,
    outcome,
    blocker,
    explained: blocker !== undefined && (host.kind !== "detecting" || !figure.insertable),
    run,
  };
}

/** "values · chart": how the figure will be written, in the bar's words. */
export function insertHow(options: InsertOptions, hasChart: boolean, t: Translate): string {
  return [
    t(options.mode === "values" ? "insert.values" : "insert.liveFormulas"),
    ...(options.chart && hasChart ? [t("insert.chart")] : []),
    ...(options.sourceNote ? [t("insert.sourceNote")] : []),
  ].join(" · ");
}

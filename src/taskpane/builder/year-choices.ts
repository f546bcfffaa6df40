/**
 * The years a year argument can usefully take: those with data for the other arguments as they stand
 * (the pair, flow and unit; the FDI measure; the yuan series), newest first, after "latest".
 */
import { core } from "../../core/api";
import { flowArg, unitArg } from "../../core/args";
import type { Entity } from "../../core/codes";
import type { FdiMeasure } from "../../core/dataset-types";
import { isDomainError } from "../../core/errors";
import { cellReference } from "./cell-reference";
import type { FunctionForm } from "./function-forms";

const FDI_MEASURES: readonly FdiMeasure[] = ["inflow", "stock", "outflow", "outstock"];

/** Oldest first; undefined when the other arguments do not say yet (e.g. one is a cell reference). */
export function dataYears(form: FunctionForm, values: readonly string[]): number[] | undefined {
  const arg = (name: string): string => (values[form.params.findIndex((p) => p.name === name)] ?? "").trim();
  const known = (name: string): boolean => !cellReference(arg(name));
  const entity = (name: string, fallback?: string): Entity | undefined => {
    const text = arg(name) || fallback;
    if (!text || !known(name)) return undefined;
    const r = core().codes.resolve(text);
    return r.ok ? r.entity : undefined;
  };
  const c = core();
  switch (form.id) {
    case "FX": {
      const fx = c.dataset.file.fx[0];
      return fx ? fx.rates.map((_, i) => fx.firstYear + i) : undefined;
    }
    case "FDI": {
      const source = entity("source");
      const host = entity("host");
      const measure = FDI_MEASURES.find((m) => m === (arg("measure") || "inflow"));
      return source && host && measure && known("measure")
        ? c.fdiTable.years(measure, source.code, host.code)
        : undefined;
    }
    default: {
      const reporter = entity("reporter");
      const partner = form.id === "PARTNERS" ? entity("group", "WORLD") : entity("partner");
      const flow = flowArg("flow", arg("flow") || null);
      const unit = unitArg("unit", arg("unit") || null);
      if (!reporter || !partner || isDomainError(flow) || isDomainError(unit) || !known("flow") || !known("unit"))
        return undefined;
      return c.trade.yearsWithValue(reporter, partner, flow, unit);
    }
  }
}

import type { Figure } from "../../core/report/figures/figure-types";
import { message, type Translate } from "../i18n/i18n";

/**
 * Why some or all cells go in as values when live formulas are asked for: a number has a formula only
 * where the bundled data computes it; what the report states is written as the report states it.
 */
export function valuesOnlyNote(
  figure: Figure,
  t: Translate = (key, vars) => message("en", key, vars),
): string | undefined {
  // Data cells carry a status or a formula; labels and years carry neither.
  const numbers = figure.rows
    .flat()
    .filter((c) => (c.status !== undefined && c.value !== null) || c.formula !== undefined);
  const live = numbers.filter((c) => c.formula !== undefined).length;
  if (numbers.length === 0 || live === numbers.length) return undefined;
  if (live === 0) {
    return t("insert.noLive");
  }
  return t("insert.someLive", { live, n: numbers.length });
}

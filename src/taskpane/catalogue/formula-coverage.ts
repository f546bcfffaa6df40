import type { Figure } from "../../core/report/figures/figure-types";

/**
 * Why some or all cells go in as values when live formulas are asked for: a number has a formula only
 * where the bundled data computes it; what the report states is written as the report states it.
 */
export function valuesOnlyNote(figure: Figure): string | undefined {
  // Data cells carry a status or a formula; labels and years carry neither.
  const numbers = figure.rows
    .flat()
    .filter((c) => (c.status !== undefined && c.value !== null) || c.formula !== undefined);
  const live = numbers.filter((c) => c.formula !== undefined).length;
  if (numbers.length === 0 || live === numbers.length) return undefined;
  if (live === 0) {
    return (
      "This item has no live formulas: its numbers are as the report states them, not computed from the bundled " +
      "data, so they are inserted as values."
    );
  }
  return (
    `${live} of ${numbers.length} numbers come with a live formula; the others (as the report states them) are ` +
    `inserted as values.`
  );
}

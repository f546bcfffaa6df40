/**
 * Figure table cells. A cell that holds a call gets its value, formula and status from one core call
 * (AseanCore.evaluate), so the number shown and the live formula written are never composed apart; a
 * cell computed from such cells combines their values and their calls alike.
 */
import type { AseanCore } from "../../api";
import type { FormulaArg } from "../../formula-text";
import { clean } from "../../units";
import type { FigureCell } from "./figure-types";

export const label = (v: string | number): FigureCell => ({ value: v });
export const stated = (value: number | null): FigureCell => ({ value, status: "stated" });

type NumericId = "TRADE" | "SHARE" | "GROWTH" | "FDI";

/** A cell holding one call: the value the core returns for it, or null (#N/A) where it has none. */
export function callCell(c: AseanCore, id: NumericId, args: readonly FormulaArg[]): FigureCell {
  const e = c.evaluate(id, args);
  if (typeof e.value !== "number") return { value: null, formula: e.formula };
  return {
    value: e.value,
    formula: e.formula,
    ...(e.status ? { status: e.status } : {}),
    ...(e.qualifier ? { qualifier: e.qualifier } : {}),
  };
}

/** A headline figure as the report states it, divided by `scale` (100 turns a percent into a fraction). */
export function factCell(c: AseanCore, id: string, scale = 1): FigureCell {
  const e = c.evaluate("FACT", [id]);
  if (typeof e.value !== "number") throw new Error(`The catalogue names an unknown fact ${id}`);
  if (scale === 1) return { value: e.value, formula: e.formula, status: "stated" };
  return { value: clean(e.value / scale), formula: `${e.formula}/${scale}`, status: "stated" };
}

const callOf = (cell: FigureCell): string => (cell.formula ?? "").replace(/^=/, "");

/** 1 minus a share: the rest of the whole, with the share's status. */
export function complement(cell: FigureCell): FigureCell {
  const formula = `=1-${callOf(cell)}`;
  if (typeof cell.value !== "number") return { value: null, formula };
  return { value: clean(1 - cell.value), formula, ...(cell.status ? { status: cell.status } : {}) };
}

/** One cell's value as a share of another's: derived, and #N/A where either is missing or the whole is zero. */
export function ratioCell(part: FigureCell, whole: FigureCell): FigureCell {
  const formula = `=${callOf(part)}/${callOf(whole)}`;
  if (typeof part.value !== "number" || typeof whole.value !== "number" || whole.value === 0)
    return { value: null, formula };
  return { value: clean(part.value / whole.value), formula, status: "derived" };
}

import type { Qualifier } from "../../core/dataset-types";
import type { FigureCell } from "../../core/report/figures/figure-types";

export const STATUS_TEXT: Record<NonNullable<FigureCell["status"]>, string> = {
  reported: "reported in an official table",
  derived: "derived from official figures",
  published: "an official headline figure",
  estimated: "a documented estimate",
  stated: "as the report states it",
};

/** A hedged value is marked before the number as a reader would write it: "> 133.0", "≈ 760.0". */
const HEDGE_MARK: Record<Qualifier, string> = { "more than": ">", about: "≈", nearly: "≈", rounded: "≈" };

const HEDGE_TEXT: Record<Qualifier, string> = {
  "more than": "which its source gives as “more than” this figure",
  about: "which its source gives as “about” this figure",
  nearly: "which its source gives as “nearly” this figure",
  rounded: "which its source gives as a round figure",
};

/** The mark shown before a hedged value, or "" for a plain one. */
export function hedgeMark(cell: FigureCell): string {
  return cell.qualifier && typeof cell.value === "number" ? `${HEDGE_MARK[cell.qualifier]} ` : "";
}

/**
 * What a value is: its status and hedge ("an official headline figure, which its source gives as “about” this figure").
 */
export function valueStatus(cell: FigureCell): string | undefined {
  return cell.status
    ? `${STATUS_TEXT[cell.status]}${cell.qualifier ? `, ${HEDGE_TEXT[cell.qualifier]}` : ""}`
    : undefined;
}

/** Where a value comes from, for the cell's tooltip: its status and hedge, and the live formula that computes it. */
export function cellTitle(cell: FigureCell): string | undefined {
  const status = valueStatus(cell);
  const parts = [status === undefined ? undefined : `Value ${status}`, cell.formula].filter(
    (p): p is string => p !== undefined,
  );
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

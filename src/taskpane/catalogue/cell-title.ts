import type { Qualifier } from "../../core/dataset-types";
import type { FigureCell } from "../../core/report/figures/figure-types";
import { message, type Translate } from "../i18n/i18n";

const inEnglish: Translate = (key, vars) => message("en", key, vars);

/** What a status means, in the pane's words. */
export const statusText = (status: NonNullable<FigureCell["status"]>, t: Translate = inEnglish): string =>
  t(`status.${status}`);

/** A hedged value is marked before the number as a reader would write it: "> 133.0", "≈ 760.0". */
const HEDGE_MARK: Record<Qualifier, string> = { "more than": ">", about: "≈", nearly: "≈", rounded: "≈" };

/** The mark shown before a hedged value, or "" for a plain one. */
export function hedgeMark(cell: FigureCell): string {
  return cell.qualifier && typeof cell.value === "number" ? `${HEDGE_MARK[cell.qualifier]} ` : "";
}

/**
 * What a value is: its status and hedge ("an official headline figure, which its source gives as “about” this figure").
 */
export function valueStatus(cell: FigureCell, t: Translate = inEnglish): string | undefined {
  const comma = t("list.comma");
  return cell.status
    ? `${statusText(cell.status, t)}${cell.qualifier ? `${comma}${t(`hedge.${cell.qualifier}`)}` : ""}`
    : undefined;
}

/** Where a value comes from, for the cell's tooltip: its status and hedge, and the live formula that computes it. */
export function cellTitle(cell: FigureCell, t: Translate = inEnglish): string | undefined {
  const status = valueStatus(cell, t);
  const parts = [status === undefined ? undefined : t("cell.value", { status }), cell.formula].filter(
    (p): p is string => p !== undefined,
  );
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

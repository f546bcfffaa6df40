/** The catalogue as browsed, in its groups; needs nothing but the specs, so it is on the first screen. */
import type { FigureSpec } from "../../core/report/figures/catalog";
import type { CatalogueGroup } from "../../core/report/figures/figure-types";

export const GROUP_ORDER: readonly CatalogueGroup[] = [
  "Report figures",
  "Trade tables",
  "Headline figures",
  "Projects",
];

export interface CatalogueSection {
  group: CatalogueGroup;
  items: FigureSpec[];
}

/** Searches that show what the catalogue holds, offered when a search finds nothing. */
export const SEARCH_EXAMPLES = ["Figure 2", "Malaysia", "越南", "RCEP", "investment", "railway"];

export function catalogueSections(specs: readonly FigureSpec[]): CatalogueSection[] {
  return GROUP_ORDER.map((group) => ({ group, items: specs.filter((s) => s.group === group) })).filter(
    (section) => section.items.length > 0,
  );
}

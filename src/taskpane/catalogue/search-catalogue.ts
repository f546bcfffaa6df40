/** Catalogue search over the specs (titles, subtitles, units, keywords, group), without building figures. */
import type { FigureSpec } from "../../core/report/figures/catalog";
import type { CatalogueGroup } from "../../core/report/figures/figure-types";

export const GROUP_ORDER: readonly CatalogueGroup[] = ["Report figures", "Trade tables", "Headline figures", "Projects"];

/** Lower case without accents or typographic dashes, so "viet nam" finds "Viet Nam" and "china-asean" finds "China–ASEAN". */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2010-\u2015]/g, "-").toLowerCase();
}

function haystack(spec: FigureSpec): string {
  return foldText([spec.title, spec.subtitle, spec.unit, spec.group, ...spec.keywords].join(" "));
}

/** Every word of the query must occur somewhere in the item's text. */
export function matchesQuery(spec: FigureSpec, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return true;
  const text = haystack(spec);
  return words.every((w) => text.includes(w));
}

export interface CatalogueSection {
  group: CatalogueGroup;
  items: FigureSpec[];
}

export function searchCatalogue(specs: readonly FigureSpec[], query: string): CatalogueSection[] {
  return GROUP_ORDER
    .map((group) => ({ group, items: specs.filter((s) => s.group === group && matchesQuery(s, query)) }))
    .filter((section) => section.items.length > 0);
}

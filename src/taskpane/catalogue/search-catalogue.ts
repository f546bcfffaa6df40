/**
 * Catalogue search over the specs, without building figures. Words are folded the way the functions
 * fold their arguments (the core's foldKey) and match the start of a word (numbers the whole word, so
 * "3" finds "Figure 3" but not "2023"); a figure number typed on its own ranks that figure first; a country typed by
 * code, English, Chinese name or alias finds the items whose data covers it.
 */
import { core } from "../../core/api";
import { CountryFinder } from "../../core/country-search";
import type { FigureSpec } from "../../core/report/figures/catalog";
import { FACTS } from "../../core/report/data/facts";
import { PROJECTS } from "../../core/report/data/projects";
import { foldKey } from "../../core/text";

export interface CatalogueSearch {
  /** Best first; empty when nothing matches. */
  hits: FigureSpec[];
  /** When nothing matches: a country the text is probably a typo of, by its English name. */
  didYouMean?: string;
}

const WORD_BREAK = /[\s\-‐-―_.,;:!?'’"“”()（）/&]+/;
const words = (text: string): string[] =>
  text
    .split(WORD_BREAK)
    .map(foldKey)
    .filter((w) => w !== "");

/** Field weights: a match in the title ranks above one in the keywords, which ranks above the rest. */
const TITLE = 1;
const KEYWORDS = 2;
const COUNTRY = 2;
const OTHER = 3;
const NO_MATCH = Infinity;

interface Indexed {
  spec: FigureSpec;
  fields: { weight: number; words: string[]; folded: string }[];
  countries: Set<string>;
}

/** The economies whose data an item shows, so that a country's name finds it. */
function countriesOf(spec: FigureSpec): string[] {
  const q = spec.query;
  const membersOf = (group: string): readonly string[] => core().codes.get(group)?.members ?? [];
  switch (q.kind) {
    case "trade-years":
      return [q.reporter, q.partner];
    case "share-years":
      return [q.reporter, ...q.partners.map((p) => p.code)];
    case "fdi-years":
      return [q.source, q.host];
    case "partners-year":
      return [q.reporter, q.group, ...membersOf(q.group)];
    case "intra-shares":
      return [q.group];
    case "figure1-statements":
      return ["CN", "ASEAN"];
    case "projects":
      return PROJECTS.flatMap((p) => p.countries);
    case "facts":
    case "unavailable":
      return [];
  }
}

/** Text an item holds beyond its heading: the labels of the headline figures, the names of the projects. */
function contentsOf(spec: FigureSpec): string[] {
  if (spec.query.kind === "facts") return FACTS.map((f) => f.label);
  if (spec.query.kind === "projects") return PROJECTS.flatMap((p) => [p.name, p.kind, p.keyFigure?.label ?? ""]);
  return [];
}

function field(weight: number, texts: readonly string[]): Indexed["fields"][number] {
  return { weight, words: texts.flatMap(words), folded: texts.map(foldKey).join(" ") };
}

const indexes = new WeakMap<readonly FigureSpec[], Indexed[]>();

function indexOf(specs: readonly FigureSpec[]): Indexed[] {
  let index = indexes.get(specs);
  if (!index) {
    index = specs.map((spec) => ({
      spec,
      fields: [
        field(TITLE, [spec.title]),
        field(KEYWORDS, [...spec.keywords, ...contentsOf(spec)]),
        field(OTHER, [spec.subtitle, spec.unit, spec.group]),
      ],
      countries: new Set(countriesOf(spec)),
    }));
    indexes.set(specs, index);
  }
  return index;
}

let finder: CountryFinder | undefined;
const countryFinder = (): CountryFinder => (finder ??= new CountryFinder(core().dataset, core().codes));

/** "Figure 3", "fig. 3", "图3" or "3": the figure number asked for. */
function figureNumber(query: string): string | undefined {
  return /^(?:fig(?:ure)?\.?\s*|图\s*)?(\d{1,2})$/i.exec(query.trim())?.[1];
}

/** How well an item matches (lower is better), or NO_MATCH. */
function scoreOf(item: Indexed, query: string, queryWords: string[], countries: Set<string>): number {
  const number = figureNumber(query);
  if (number !== undefined && item.spec.title.startsWith(`Figure ${number}.`)) return 0;
  let worst = 0;
  for (const w of queryWords) {
    // A number must be a whole word: "2" is Figure 2, not every year of the 2000s.
    const matches = /^\d+$/.test(w) ? (x: string): boolean => x === w : (x: string): boolean => x.startsWith(w);
    const best = Math.min(...item.fields.map((f) => (f.words.some(matches) ? f.weight : NO_MATCH)));
    worst = Math.max(worst, best);
  }
  // "vietnam" against "Viet Nam", "zerotariff" against "zero-tariff": the whole query folded, inside a field.
  const whole = foldKey(query);
  const asPhrase =
    whole.length >= 3
      ? Math.min(...item.fields.map((f) => (f.folded.includes(whole) ? f.weight : NO_MATCH)))
      : NO_MATCH;
  const byCountry = [...countries].some((c) => item.countries.has(c)) ? COUNTRY : NO_MATCH;
  return Math.min(worst, asPhrase, byCountry);
}

/** The countries a query names: exactly, or by the start of a name ("viet", "马来"). */
function countriesNamed(query: string): Set<string> {
  if (foldKey(query).length < 2) return new Set();
  return new Set(
    countryFinder()
      .search(query)
      .matches.filter((m) => m.rank <= 1)
      .map((m) => m.entity.code),
  );
}

export function searchCatalogue(specs: readonly FigureSpec[], query: string): CatalogueSearch {
  const queryWords = words(query);
  if (queryWords.length === 0) return { hits: [...specs] };
  const countries = countriesNamed(query);
  const scored = indexOf(specs)
    .map((item, order) => ({ spec: item.spec, order, score: scoreOf(item, query, queryWords, countries) }))
    .filter((s) => s.score !== NO_MATCH)
    .sort((a, b) => a.score - b.score || a.order - b.order);
  if (scored.length > 0) return { hits: scored.map((s) => s.spec) };
  const suggestion = countryFinder().search(query).suggestions[0];
  return { hits: [], ...(suggestion ? { didYouMean: suggestion.en } : {}) };
}

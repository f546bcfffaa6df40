/**
 * What a searchable picker offers for the text typed so far: the options in the order to show them
 * (the first is the one Enter takes), or, when nothing matches, the closest spellings as "did you mean".
 */
import { core } from "../../core/api";
import type { Entity } from "../../core/codes";
import { CountryFinder } from "../../core/country-search";
import { FACTS } from "../../core/report/data/facts";
import { foldKey } from "../../core/text";
import { cellReference, referenceLabel } from "./cell-reference";
import type { Choice } from "./choices";

export interface PickerOffer {
  options: Choice[];
  /** True when `options` are near spellings of a typo rather than matches. */
  suggested: boolean;
  /** The option the typed text names exactly (a code, ISO-3 code, name, alias or id), if any. */
  exact?: Choice;
}

export type PickerSearch = (query: string) => PickerOffer;

/** Groups first, then China and the ASEAN members, then every other economy by English name. */
const LEADING = ["ASEAN", "RCEP", "WORLD", "CN"];

function paneOrder(members: readonly string[]): (e: Entity) => number {
  return (e) => {
    const lead = LEADING.indexOf(e.code);
    if (lead >= 0) return lead;
    return members.includes(e.code) ? LEADING.length : LEADING.length + 1;
  };
}

export const countryLabel = (e: Entity): string => (e.en.toUpperCase() === e.code ? e.code : `${e.en} (${e.code})`);
const countryChoice = (e: Entity): Choice => ({ value: e.code, label: countryLabel(e), also: e.zh });

let finder: CountryFinder | undefined;
let ordered: Choice[] | undefined;

function byPaneOrder(entities: Entity[]): Entity[] {
  const order = paneOrder(core().codes.get("ASEAN")?.members ?? []);
  return [...entities].sort((a, b) => order(a) - order(b) || a.en.localeCompare(b.en));
}

/** Every country and group, in the order the list shows them before anything is typed. */
export function countryChoices(): Choice[] {
  ordered ??= byPaneOrder(core().codes.all()).map(countryChoice);
  return ordered;
}

/** Ranked by the core's country search; ties keep the list's own order. */
export const searchCountries: PickerSearch = (query) => {
  if (query.trim() === "") return { options: countryChoices(), suggested: false };
  finder ??= new CountryFinder(core().dataset, core().codes);
  const { matches, suggestions } = finder.search(query);
  const position = new Map(countryChoices().map((c, i) => [c.value, i]));
  const options = [...matches]
    .sort((a, b) => a.rank - b.rank || (position.get(a.entity.code) ?? 0) - (position.get(b.entity.code) ?? 0))
    .map((m) => countryChoice(m.entity));
  const exact = matches[0]?.rank === 0 ? countryChoice(matches[0].entity) : undefined;
  if (options.length > 0) return { options, suggested: false, ...(exact ? { exact } : {}) };
  return { options: suggestions.map(countryChoice), suggested: true };
};

let facts: Choice[] | undefined;

export function factChoices(): Choice[] {
  facts ??= FACTS.map((f) => ({ value: f.id, label: f.label, also: f.id }));
  return facts;
}

/** Headline figures whose id or label holds every typed word; an id typed in full comes first. */
export const searchFacts: PickerSearch = (query) => {
  const words = query
    .split(/\s+/)
    .map(foldKey)
    .filter((w) => w !== "");
  if (words.length === 0) return { options: factChoices(), suggested: false };
  const exact = factChoices().find((c) => foldKey(c.value) === foldKey(query));
  const options = factChoices().filter(
    (c) => c !== exact && words.every((w) => foldKey(`${c.value} ${c.label}`).includes(w)),
  );
  return { options: exact ? [exact, ...options] : options, suggested: false, ...(exact ? { exact } : {}) };
};

/** Years to offer: "latest", then the years with data, newest first. */
export function yearOptions(years: readonly number[]): Choice[] {
  return [
    { value: "latest", label: "latest" },
    ...[...years].reverse().map((y) => ({ value: String(y), label: String(y) })),
  ];
}

/** Any whole year can be typed: one without data is taken too, and its result says what is available. */
export function searchYears(years: readonly number[]): PickerSearch {
  const all = yearOptions(years);
  return (query) => {
    const typed = query.trim().toLowerCase();
    if (typed === "") return { options: all, suggested: false };
    const options = all.filter((c) => c.value.startsWith(typed));
    const exact =
      options.find((c) => c.value === typed) ??
      (/^(19|20)\d\d$/.test(typed) ? { value: typed, label: `${typed} (no data)` } : undefined);
    return {
      options: exact && !options.includes(exact) ? [exact, ...options] : options,
      suggested: false,
      ...(exact ? { exact } : {}),
    };
  };
}

/** A picker that also takes a cell reference typed into it ("A1", "Sheet1!B2"), offered first. */
export function withCellReferences(search: PickerSearch): PickerSearch {
  return (query) => {
    const reference = cellReference(query);
    if (!reference) return search(query);
    const choice = { value: reference, label: referenceLabel(reference) };
    return { options: [choice], suggested: false, exact: choice };
  };
}

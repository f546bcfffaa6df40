/** The choices the builder offers for each kind of parameter, in the order an analyst of this report looks for them. */
import { core } from "../../core/api";
import type { Entity } from "../../core/codes";
import { FACTS } from "../../core/report/facts";
import { foldText } from "../catalogue/search-catalogue";

export interface Choice {
  value: string;
  label: string;
  /** Further text to search in, e.g. the Chinese name and the ISO-3 code. */
  also?: string;
}

const FIRST = ["ASEAN", "RCEP", "WORLD", "CN"];

function rank(e: Entity, aseanMembers: readonly string[]): number {
  const first = FIRST.indexOf(e.code);
  if (first >= 0) return first;
  return aseanMembers.includes(e.code) ? FIRST.length : FIRST.length + 1;
}

let countries: Choice[] | undefined;

/** Groups first, then China and the ASEAN members, then every other economy by English name. */
export function countryChoices(): Choice[] {
  if (countries) return countries;
  const all = core().codes.all();
  const members = core().codes.get("ASEAN")?.members ?? [];
  countries = [...all]
    .sort((a, b) => rank(a, members) - rank(b, members) || a.en.localeCompare(b.en))
    .map((e) => ({ value: e.code, label: e.en.toUpperCase() === e.code ? e.code : `${e.en} (${e.code})`, also: `${e.zh} ${e.iso3}` }));
  return countries;
}

export function factChoices(): Choice[] {
  return FACTS.map((f) => ({ value: f.id, label: f.label, also: f.id }));
}

/** Choices whose code, name or other names contain every typed word; a code typed exactly comes first. */
export function filterChoices(choices: readonly Choice[], query: string, limit: number): Choice[] {
  const words = foldText(query).split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return choices.slice(0, limit);
  const exact = choices.filter((c) => foldText(c.value) === words.join(" "));
  const rest = choices.filter((c) => !exact.includes(c) && words.every((w) => foldText(`${c.value} ${c.label} ${c.also ?? ""}`).includes(w)));
  return [...exact, ...rest].slice(0, limit);
}

export const FLOWS: Choice[] = ["total", "exports", "imports", "balance"].map((v) => ({ value: v, label: v }));
export const UNITS: Choice[] = [
  { value: "USD_BN", label: "US$ billion (USD_BN)" }, { value: "USD_MN", label: "US$ million (USD_MN)" }, { value: "USD", label: "US$ (USD)" },
  { value: "CNY_BN", label: "Yuan billion (CNY_BN)" }, { value: "CNY_100M", label: "100 million yuan, 亿元 (CNY_100M)" }, { value: "CNY", label: "Yuan (CNY)" },
];
export const GROUPS: Choice[] = [{ value: "ASEAN", label: "ASEAN" }, { value: "RCEP", label: "RCEP" }];
export const WHOLES: Choice[] = [{ value: "WORLD", label: "WORLD" }, ...GROUPS];
export const FDI_MEASURES: Choice[] = [
  { value: "inflow", label: "inflow (host-reported)" }, { value: "stock", label: "stock (inward)" },
  { value: "outflow", label: "outflow (investor-reported)" }, { value: "outstock", label: "outstock (investor-reported)" },
];
export const CURRENCIES: Choice[] = [{ value: "CNY", label: "CNY" }];
/** A ratio's currency; leaving it out means US$. */
export const RATIO_CURRENCIES: Choice[] = [{ value: "USD", label: "US$ (USD)" }, { value: "CNY", label: "Yuan (CNY)" }];
export const FACT_FIELDS: Choice[] = ["value", "unit", "label", "year", "qualifier", "source", "citation"].map((v) => ({ value: v, label: v }));
export const SERIES_OPTIONS: Choice[] = [
  { value: "noheaders", label: "No header row" }, { value: "horizontal", label: "Horizontal" },
  { value: "newestfirst", label: "Newest first" }, { value: "status", label: "Status column" },
];

const FIRST_YEAR = 1990;

export function yearChoices(lastYear: number): Choice[] {
  const years: Choice[] = [{ value: "latest", label: "latest" }];
  for (let y = lastYear; y >= FIRST_YEAR; y--) years.push({ value: String(y), label: String(y) });
  return years;
}

/** The choices the builder offers for each kind of parameter (the fixed ones as the registry declares them), in the order an analyst of this report looks for them. */
import { core } from "../../core/api";
import type { Entity } from "../../core/codes";
import { FACTS } from "../../core/report/data/facts";
import {
  FACT_FIELD, FDI_MEASURE, FLOW, FX_CURRENCY, MEMBER_GROUP, RATIO_CURRENCY, SERIES_OPTIONS as SERIES_OPTIONS_TYPE, UNIT, WHOLE,
} from "../../core/registry/arg-types";
import type { ArgType } from "../../core/registry/params";
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

const offered = (type: ArgType<unknown>): Choice[] => (type.choices ?? []).map((c) => ({ ...c }));

export const FLOWS: Choice[] = offered(FLOW);
export const UNITS: Choice[] = offered(UNIT);
export const GROUPS: Choice[] = offered(MEMBER_GROUP);
export const WHOLES: Choice[] = offered(WHOLE);
export const FDI_MEASURES: Choice[] = offered(FDI_MEASURE);
export const CURRENCIES: Choice[] = offered(FX_CURRENCY);
export const RATIO_CURRENCIES: Choice[] = offered(RATIO_CURRENCY);
export const FACT_FIELDS: Choice[] = offered(FACT_FIELD);
export const SERIES_OPTIONS: Choice[] = offered(SERIES_OPTIONS_TYPE);

const FIRST_YEAR = 1990;

export function yearChoices(lastYear: number): Choice[] {
  const years: Choice[] = [{ value: "latest", label: "latest" }];
  for (let y = lastYear; y >= FIRST_YEAR; y--) years.push({ value: String(y), label: String(y) });
  return years;
}

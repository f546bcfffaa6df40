import { ARTICLE_FACTS } from "./facts-articles";
import { CHAPTER1_FACTS } from "./facts-chapter1";
import type { Fact } from "./types";

export type { Fact, FactSource, FactUnit, Qualifier, SourceDocument } from "./types";

/** Every headline figure in the catalogue: the report's Chapter 1 first, then the articles. */
export const FACTS: readonly Fact[] = [...CHAPTER1_FACTS, ...ARTICLE_FACTS];

const BY_ID: ReadonlyMap<string, Fact> = new Map(FACTS.map((f) => [f.id, f]));

/** Exact, case-sensitive: ids are permanent keys, so near matches are the caller's business. */
export function factById(id: string): Fact | undefined {
  return BY_ID.get(id);
}

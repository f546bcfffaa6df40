/**
 * Shapes shared by the report catalogue: headline facts, the Figure 1 statements and the projects.
 * Kept apart from the data so that functions and the task pane can import the types alone.
 */

/** Closed on purpose: a new unit is a deliberate change that display code has to learn about. */
export const FACT_UNITS = [
  "%",
  "percentage points",
  "US$ billion",
  "US$ trillion",
  "yuan trillion",
  "yuan billion",
  "times",
  "km",
  "km/h",
  "minutes",
  "hours",
  "days",
  "years",
  "tonnes",
  "million tonnes",
  "million units",
  "square metres",
  "people",
  "enterprises",
  "projects",
  "count",
  "rank",
  "points",
] as const;
export type FactUnit = (typeof FACT_UNITS)[number];

/**
 * How the source hedges the number. "exact" means the source states it without a hedge, not that
 * the figure is precise: "doubled" is recorded as 2 times, "exact".
 */
export const QUALIFIERS = ["about", "more than", "at least", "nearly", "less than", "exact"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type SourceDocument = "report-chapter1" | "china-daily-2025" | "zhou-mi" | "xu-ningning" | "phnom-penh-post";

export interface FactSource {
  document: SourceDocument;
  title: string;
  publisher: string;
  /** Year of publication of the document, not of the figure. */
  year: number;
  /** Section, piece or figure within the document. */
  where: string;
  /** Whose statistics, only when the document names them. */
  basis?: string;
}

export interface Fact {
  /** Permanent: workbooks refer to it in formulas, so it is never renamed or reused. */
  id: string;
  label: string;
  /** As the source states it: percentages as percent numbers, never rounded or derived. */
  value: number;
  unit: FactUnit;
  /** The year the figure describes; null when it spans years or the source gives none. */
  year: number | null;
  period?: string;
  qualifier?: Qualifier;
  note?: string;
  source: FactSource;
}

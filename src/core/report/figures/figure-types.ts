/**
 * A figure of the report catalogue, as data: a table (columns with number formats, rows of cells that
 * each carry a value and, where one exists, the live =ASEAN.* formula that computes it), an optional
 * chart over those columns, and notes. The pane's preview and the Excel writer both render this one
 * object, so what is previewed is what is inserted.
 */
import type { Qualifier } from "../../dataset-types";
import type { Language } from "../../i18n/language";
import type { Status } from "../../status";

/** Excel number formats the house style uses; the pane's preview formats with the same codes. */
export type NumberFormat = "0" | "0.0" | "0.00" | "#,##0" | "#,##0.0" | "0%" | "0.0%" | '0.0"x"' | "@";

export interface FigureColumn {
  key: string;
  header: string;
  format: NumberFormat;
}

/** null = no data for this cell: written as #N/A (so a chart shows a gap), never as 0. */
export type FigureValue = number | string | null;

export interface FigureCell {
  value: FigureValue;
  /** The live formula for this cell (e.g. =ASEAN.TRADE("CN","MY",2024)); absent for labels and stated numbers. */
  formula?: string;
  /** Where the value comes from: the dataset's status, or the report's own statement. */
  status?: Status | "stated";
  /** The source's hedge on a dataset value ("more than", "about", ...), where it has one. */
  qualifier?: Qualifier;
}

export type ChartKind = "line" | "columnClustered" | "columnStacked100" | "barClustered" | "combo";

export interface ChartSeries {
  /** Key of the column holding the series. */
  column: string;
  /** For combo charts: how this series is drawn. */
  as?: "line" | "column";
  axis?: "primary" | "secondary";
}

export interface ChartSpec {
  kind: ChartKind;
  /** Key of the column holding the categories (years, partners). */
  category: string;
  series: ChartSeries[];
  xTitle: string;
  yTitle: string;
  y2Title?: string;
  yFormat: NumberFormat;
  y2Format?: NumberFormat;
}

export type CatalogueGroup = "Report figures" | "Trade tables" | "Headline figures" | "Projects";

/** What a catalogue item says about itself, in its spec and in the built figure alike. */
export interface FigureHeading {
  id: string;
  group: CatalogueGroup;
  title: string;
  subtitle: string;
  /** The unit line under the title, e.g. "US$ billion" or "% of ASEAN's total goods trade". */
  unit: string;
  keywords: string[];
  /** "Source: ..." line written under the table. */
  sourceNote: string;
  /** What the statuses in the table mean here, and what is missing and why. */
  dataNote?: string;
}

export interface Figure extends FigureHeading {
  /** The language of its words (titles, headers, notes); English when absent. Numbers are the same in all. */
  language?: Language;
  /** False for items the catalogue lists but cannot insert; `unavailable` then says why. */
  insertable: boolean;
  unavailable?: { reason: string; publisher: string };
  columns: FigureColumn[];
  rows: FigureCell[][];
  chart?: ChartSpec;
}

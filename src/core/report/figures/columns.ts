/** The fixed column lists of figure tables, as data: key, header and number format. */
import type { FigureColumn } from "./figure-types";

export const YEAR_COLUMN: FigureColumn = { key: "year", header: "Year", format: "0" };

export const FDI_COLUMNS: readonly FigureColumn[] = [
  YEAR_COLUMN,
  { key: "value", header: "China's FDI into ASEAN", format: "0.00" },
  { key: "share", header: "Share of ASEAN's FDI inflows", format: "0.0%" },
];

export const PARTNER_COLUMNS: readonly FigureColumn[] = [
  { key: "code", header: "Code", format: "@" },
  { key: "partner", header: "Partner", format: "@" },
];

export const INTRA_SHARE_COLUMNS: readonly FigureColumn[] = [
  YEAR_COLUMN,
  { key: "intraX", header: "Exports within RCEP", format: "0.0%" },
  { key: "extraX", header: "Exports outside RCEP", format: "0.0%" },
  { key: "intraM", header: "Imports from within RCEP", format: "0.0%" },
  { key: "extraM", header: "Imports from outside RCEP", format: "0.0%" },
];

/**
 * One column per trade direction, each row's multiple under its own direction: Excel then draws the two
 * directions as two series, in two colours with a legend, at every version of its API.
 */
export const FIGURE1_COLUMNS: readonly FigureColumn[] = [
  { key: "category", header: "Category", format: "@" },
  { key: "aseanExports", header: "ASEAN exports to China", format: '0.0"x"' },
  { key: "chinaExports", header: "China exports to ASEAN", format: '0.0"x"' },
  { key: "stated", header: "As the report states it", format: "@" },
];

export const FACTS_COLUMNS: readonly FigureColumn[] = [
  { key: "id", header: "Id", format: "@" },
  { key: "figure", header: "Figure", format: "@" },
  { key: "value", header: "Value", format: "#,##0.0" },
  { key: "unit", header: "Unit", format: "@" },
  { key: "qualifier", header: "As stated", format: "@" },
  YEAR_COLUMN,
  // The span a figure covers where it is not one year ("since RCEP took effect", "2019–2024").
  { key: "period", header: "Period", format: "@" },
  { key: "source", header: "Source", format: "@" },
];

export const PROJECT_COLUMNS: readonly FigureColumn[] = [
  { key: "project", header: "Project", format: "@" },
  { key: "countries", header: "Countries", format: "@" },
  { key: "kind", header: "Kind", format: "@" },
  { key: "status", header: "Status", format: "@" },
  { key: "length", header: "Length (km)", format: "#,##0.0" },
  { key: "opened", header: "Opened", format: "@" },
  { key: "figure", header: "Key figure", format: "@" },
  { key: "value", header: "Value", format: "#,##0.0" },
  { key: "unit", header: "Unit", format: "@" },
];

/**
 * Headline figures and projects read better as short records than as a wide table: what it is, the
 * number with its unit and hedge as the source states it, then when, where from, and how it is computed.
 */
import type { Figure, FigureCell } from "../../core/report/figures/figure-types";

export interface FigureRecord {
  title: string;
  /** e.g. "Freight on the Lao section" for a project's key figure. */
  valueLabel?: string;
  /** The number as stated, with its hedge and unit: "more than 65%", "982.34 US$ billion". */
  value?: string;
  /** Short facts about the record: a year, a period, countries, status. */
  details: string[];
  status?: FigureCell["status"];
  formula?: string;
  source?: string;
}

/** A number with the decimals it was stated with (up to three), grouped: 30,000, not 30,000.0. */
export function statedNumber(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

export function withUnit(n: number, unit: string): string {
  const text = statedNumber(n);
  switch (unit) {
    case "%":
      return `${text}%`;
    case "count":
    case "":
      return text;
    case "rank":
      return `No. ${text}`;
    default:
      return `${text} ${unit}`;
  }
}

const hedged = (qualifier: string, text: string): string =>
  qualifier === "" || qualifier === "exact" ? text : `${qualifier} ${text}`;

function reader(figure: Figure, row: FigureCell[]): (key: string) => FigureCell | undefined {
  return (key) => {
    const i = figure.columns.findIndex((c) => c.key === key);
    return i >= 0 ? row[i] : undefined;
  };
}

const text = (cell: FigureCell | undefined): string =>
  cell?.value === null || cell?.value === undefined ? "" : String(cell.value);

function factRecord(get: (key: string) => FigureCell | undefined): FigureRecord {
  const value = get("value");
  const year = text(get("year"));
  const period = text(get("period"));
  // A period that names its year ("2019–2024", "January–November 2020") says all the year would.
  const when = [period.includes(year) ? "" : year, period].filter((t) => t !== "");
  return {
    title: text(get("figure")),
    ...(typeof value?.value === "number"
      ? { value: hedged(text(get("qualifier")), withUnit(value.value, text(get("unit")))) }
      : {}),
    details: when,
    ...(value?.status ? { status: value.status } : {}),
    ...(value?.formula ? { formula: value.formula } : {}),
    source: text(get("source")),
  };
}

function projectRecord(get: (key: string) => FigureCell | undefined): FigureRecord {
  const value = get("value");
  const length = get("length")?.value;
  const opened = text(get("opened"));
  const details = [
    [text(get("countries")), text(get("kind")), text(get("status"))].filter((t) => t !== "").join(" · "),
    typeof length === "number" ? `${withUnit(length, "km")} long` : "",
    opened === "" ? "" : `opened ${opened}`,
  ].filter((t) => t !== "");
  return {
    title: text(get("project")),
    ...(text(get("figure")) !== "" ? { valueLabel: text(get("figure")) } : {}),
    ...(typeof value?.value === "number" ? { value: withUnit(value.value, text(get("unit"))) } : {}),
    details,
    ...(value?.status ? { status: value.status } : {}),
    ...(value?.formula ? { formula: value.formula } : {}),
  };
}

/** The figure as records, or undefined for a figure that is a table of numbers. */
export function figureRecords(figure: Figure): FigureRecord[] | undefined {
  const keys = new Set(figure.columns.map((c) => c.key));
  if (!keys.has("value") || !keys.has("unit")) return undefined;
  const make =
    keys.has("qualifier") && keys.has("figure") ? factRecord : keys.has("project") ? projectRecord : undefined;
  if (!make) return undefined;
  return figure.rows.map((row) => make(reader(figure, row)));
}

import type { AseanCore } from "../api";
import { isDomainError } from "../errors";
import { flowArgument, type Flow } from "../flows";
import { CURRENCY_LABEL } from "../cite-ratio";
import { mixesReleases } from "../ratios";
import { yearRanges } from "../text";
import { CATALOGUE, type FigureSpec, type FigureQuery, type TradeColumn } from "./catalog";
import type { Figure, FigureCell, FigureColumn } from "./figure-types";
import { FIGURE1_ROWS } from "./figure1-categories";
import { callCell, complement, factCell, label, ratioCell, stated } from "./figure-cells";
import { FACTS } from "./facts";
import { PROJECTS } from "./projects";
import { citeFact } from "../facts-query";

/** A table, and what its data note must add about the values it was computed from. */
type Table = { columns: FigureColumn[]; rows: FigureCell[][]; note?: string };

const growthHeader = (col: TradeColumn & { measure: "growth" }): string => `${col.header} (${CURRENCY_LABEL[col.currency]})`;

/** =ASEAN.GROWTH for one year of a column; defaults (total, the previous year, US$) are left out as Excel users write them. */
function growthCell(c: AseanCore, query: { reporter: string; partner: string }, y: number, col: TradeColumn & { measure: "growth" }): FigureCell {
  return callCell(c, "GROWTH", [query.reporter, query.partner, y, flowArgument(col.flow), null, col.currency === "USD" ? null : col.currency]);
}

const tradeCell = (c: AseanCore, r: string, p: string, year: number, flow: Flow): FigureCell => callCell(c, "TRADE", [r, p, year, flowArgument(flow)]);

/** Years whose growth rate divides values from different releases, said in the data note. */
function mixedGrowthNote(c: AseanCore, query: { reporter: string; partner: string; from: number; to: number }, col: TradeColumn & { measure: "growth" }): string | undefined {
  const years: number[] = [];
  for (let y = query.from; y <= query.to; y++) {
    const r = c.growthRatio(query.reporter, query.partner, y, col.flow, null, col.currency);
    if (!isDomainError(r) && mixesReleases(r)) years.push(y);
  }
  if (years.length === 0) return undefined;
  return `${growthHeader(col)}: for ${yearRanges(years)} the two years' ${CURRENCY_LABEL[col.currency]} values come from different releases (the formula builder cites both), so a change of source moves the rate too.`;
}

/** Interprets one query kind into columns and rows, every number through the same core the functions use. */
function runQuery(c: AseanCore, query: FigureQuery): Table {
  switch (query.kind) {
    case "trade-years": {
      const columns: FigureColumn[] = [
        { key: "year", header: "Year", format: "0" },
        ...query.columns.map((col) => ({ key: col.key, header: col.measure === "growth" ? growthHeader(col) : col.header, format: col.format })),
      ];
      const rows: FigureCell[][] = (query.stated ?? []).map((s) => [label(s.year), ...query.columns.map((_, i) => (i === 0 ? factCell(c, s.factId) : stated(null)))]);
      for (let y = query.from; y <= query.to; y++) {
        rows.push([label(y), ...query.columns.map((col) => col.measure === "value"
          ? tradeCell(c, query.reporter, query.partner, y, col.flow)
          : growthCell(c, query, y, col))]);
      }
      const notes = query.columns.map((col) => (col.measure === "growth" ? mixedGrowthNote(c, query, col) : undefined)).filter((n): n is string => n !== undefined);
      return { columns, rows, ...(notes.length > 0 ? { note: notes.join(" ") } : {}) };
    }
    case "share-years": {
      const columns: FigureColumn[] = [
        { key: "year", header: "Year", format: "0" },
        ...query.partners.map((p) => ({ key: p.code, header: p.header, format: "0.0%" as const })),
        { key: "stated", header: query.stated.header, format: "0.0%" },
      ];
      const rows: FigureCell[][] = [];
      for (let y = query.from; y <= query.to; y++) {
        const fact = query.stated.facts.find((f) => f.year === y);
        rows.push([
          label(y),
          ...query.partners.map((p) => callCell(c, "SHARE", [query.reporter, p.code, y])),
          fact ? factCell(c, fact.factId, 100) : stated(null),
        ]);
      }
      return { columns, rows };
    }
    case "fdi-years": {
      const columns: FigureColumn[] = [
        { key: "year", header: "Year", format: "0" },
        { key: "value", header: "China's FDI into ASEAN", format: "0.00" },
        { key: "share", header: "Share of ASEAN's FDI inflows", format: "0.0%" },
      ];
      const rows: FigureCell[][] = [];
      for (let y = query.from; y <= query.to; y++) {
        const value = callCell(c, "FDI", [query.source, query.host, y]);
        rows.push([label(y), value, ratioCell(value, callCell(c, "FDI", ["WORLD", query.host, y]))]);
      }
      return { columns, rows };
    }
    case "partners-year": {
      const columns: FigureColumn[] = [
        { key: "code", header: "Code", format: "@" },
        { key: "partner", header: "Partner", format: "@" },
        ...query.flows.map((f) => ({ key: f.key, header: f.header, format: "0.00" as const })),
      ];
      const members = c.codes.get(query.group)?.members ?? [];
      const byTotal = members
        .map((m) => ({ m, total: c.tradeNumber(query.reporter, m, query.year, null, null) }))
        .sort((a, b) => (isDomainError(b.total) ? -1 : isDomainError(a.total) ? 1 : b.total - a.total));
      const rows = byTotal.map(({ m }) => [
        label(m), label(c.codes.get(m)?.en ?? m),
        ...query.flows.map((f) => tradeCell(c, query.reporter, m, query.year, f.flow)),
      ]);
      return { columns, rows };
    }
    case "intra-shares": {
      const columns: FigureColumn[] = [
        { key: "year", header: "Year", format: "0" },
        { key: "intraX", header: "Exports within RCEP", format: "0.0%" },
        { key: "extraX", header: "Exports outside RCEP", format: "0.0%" },
        { key: "intraM", header: "Imports from within RCEP", format: "0.0%" },
        { key: "extraM", header: "Imports from outside RCEP", format: "0.0%" },
      ];
      const g = query.group;
      const pair = (y: number, flow: "exports" | "imports"): FigureCell[] => {
        const share = callCell(c, "SHARE", [g, g, y, flow]);
        return [share, complement(share)];
      };
      const rows: FigureCell[][] = [];
      for (let y = query.from; y <= query.to; y++) {
        if (y === query.stated.year) {
          const x = factCell(c, query.stated.exportsFact, 100);
          const m = factCell(c, query.stated.importsFact, 100);
          rows.push([label(y), x, complement(x), m, complement(m)]);
        } else {
          rows.push([label(y), ...pair(y, "exports"), ...pair(y, "imports")]);
        }
      }
      return { columns, rows };
    }
    case "figure1-statements":
      return {
        columns: [
          { key: "category", header: "Category", format: "@" },
          { key: "direction", header: "Direction", format: "@" },
          { key: "growth", header: "2024 as a multiple of 2019", format: "0.0\"x\"" },
          { key: "stated", header: "As the report states it", format: "@" },
        ],
        rows: FIGURE1_ROWS.map((r) => [label(r.category), label(r.direction), stated(r.growth), label(r.statedAs)]),
      };
    case "facts":
      return {
        columns: [
          { key: "id", header: "Id", format: "@" },
          { key: "figure", header: "Figure", format: "@" },
          { key: "value", header: "Value", format: "#,##0.0" },
          { key: "unit", header: "Unit", format: "@" },
          { key: "qualifier", header: "As stated", format: "@" },
          { key: "year", header: "Year", format: "@" },
          { key: "source", header: "Source", format: "@" },
        ],
        rows: FACTS.map((f) => [label(f.id), label(f.label), factCell(c, f.id), label(f.unit), label(f.qualifier ?? "exact"), label(f.year ?? f.period ?? ""), label(citeFact(f))]),
      };
    case "projects":
      return {
        columns: [
          { key: "project", header: "Project", format: "@" },
          { key: "countries", header: "Countries", format: "@" },
          { key: "kind", header: "Kind", format: "@" },
          { key: "status", header: "Status", format: "@" },
          { key: "length", header: "Length (km)", format: "#,##0.0" },
          { key: "opened", header: "Opened", format: "@" },
          { key: "figure", header: "Key figure", format: "@" },
          { key: "value", header: "Value", format: "#,##0.0" },
          { key: "unit", header: "Unit", format: "@" },
        ],
        rows: PROJECTS.map((p) => [
          label(p.name), label(p.countries.join(", ")), label(p.kind), label(p.status ?? ""),
          p.lengthKm === undefined ? label("") : stated(p.lengthKm), label(p.opened ?? ""),
          label(p.keyFigure?.label ?? ""), p.keyFigure ? stated(p.keyFigure.value) : label(""), label(p.keyFigure?.unit ?? ""),
        ]),
      };
    case "unavailable":
      return { columns: [], rows: [] };
  }
}

export function buildFigure(c: AseanCore, spec: FigureSpec): Figure {
  const { query, chart, ...heading } = spec;
  const { columns, rows, note } = runQuery(c, query);
  const unavailable = query.kind === "unavailable" ? { reason: query.reason, publisher: query.publisher } : undefined;
  const dataNote = [heading.dataNote, note].filter((n) => n !== undefined).join(" ");
  return {
    ...heading, ...(dataNote !== "" ? { dataNote } : {}), insertable: unavailable === undefined, ...(unavailable ? { unavailable } : {}),
    columns, rows, ...(chart ? { chart } : {}),
  };
}

/** Every catalogue item, built once per runtime on first use. */
export function buildCatalogue(c: AseanCore): Figure[] {
  return CATALOGUE.map((spec) => buildFigure(c, spec));
}

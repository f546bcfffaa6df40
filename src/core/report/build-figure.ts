import type { AseanCore } from "../api";
import { isDomainError, type DomainError } from "../errors";
import { flowArgText, type Flow } from "../flows";
import type { Status } from "../status";
import { clean } from "../units";
import { CURRENCY_LABEL } from "../cite-ratio";
import { mixesReleases } from "../ratios";
import { yearRanges } from "../text";
import { CATALOGUE, type FigureSpec, type FigureQuery, type TradeColumn } from "./catalog";
import type { Figure, FigureCell, FigureColumn } from "./figure-types";
import { FIGURE1_ROWS } from "./figure1-categories";
import { FACTS, factById } from "./facts";
import { PROJECTS } from "./projects";
import { citeFact } from "../facts-query";

const q = (s: string): string => `"${s}"`;
const label = (v: string | number): FigureCell => ({ value: v });
const stated = (value: number | null, formula?: string): FigureCell => ({ value, status: "stated", ...(formula ? { formula } : {}) });

/** A computed cell: the value the core returns for the formula, or null (#N/A) where it has none. */
function computed(v: number | DomainError, formula: string, status: Status | undefined): FigureCell {
  return isDomainError(v) ? { value: null, formula } : { value: v, formula, ...(status ? { status } : {}) };
}

function tradeCell(c: AseanCore, r: string, p: string, year: number, flow: Flow): FigureCell {
  const v = c.tradeValue(r, p, year, flow, null);
  const formula = `=ASEAN.TRADE(${q(r)},${q(p)},${year}${flowArgText(flow)})`;
  if (isDomainError(v)) return { value: null, formula };
  return { value: v.value, formula, status: v.status, ...(v.qualifier ? { qualifier: v.qualifier } : {}) };
}

function factCell(id: string, scale = 1): FigureCell {
  const f = factById(id);
  if (!f) throw new Error(`The catalogue names an unknown fact ${id}`);
  return stated(clean(f.value / scale), `=ASEAN.FACT(${q(id)})${scale === 1 ? "" : `/${scale}`}`);
}

/** A table, and what its data note must add about the values it was computed from. */
type Table = { columns: FigureColumn[]; rows: FigureCell[][]; note?: string };

const growthHeader = (col: TradeColumn & { measure: "growth" }): string => `${col.header} (${CURRENCY_LABEL[col.currency]})`;

/** =ASEAN.GROWTH for one year of a column; defaults (total, the previous year, US$) are left out as Excel users write them. */
function growthCell(c: AseanCore, query: { reporter: string; partner: string }, y: number, col: TradeColumn & { measure: "growth" }): FigureCell {
  const args = [q(query.reporter), q(query.partner), String(y), col.flow === "total" ? "" : q(col.flow), "", col.currency === "USD" ? "" : q(col.currency)];
  while (args[args.length - 1] === "") args.pop();
  return computed(c.growth(query.reporter, query.partner, y, col.flow, null, col.currency), `=ASEAN.GROWTH(${args.join(",")})`, "derived");
}

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
      const rows: FigureCell[][] = (query.stated ?? []).map((s) => [label(s.year), ...query.columns.map((_, i) => (i === 0 ? factCell(s.factId) : stated(null)))]);
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
          ...query.partners.map((p) => computed(c.share(query.reporter, p.code, y, null, null), `=ASEAN.SHARE(${q(query.reporter)},${q(p.code)},${y})`, "derived")),
          fact ? factCell(fact.factId, 100) : stated(null),
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
        const fdi = `ASEAN.FDI(${q(query.source)},${q(query.host)},${y})`;
        const all = `ASEAN.FDI("WORLD",${q(query.host)},${y})`;
        const v = c.fdi(query.source, query.host, y, null, null);
        const w = c.fdi("WORLD", query.host, y, null, null);
        const share = isDomainError(v) || isDomainError(w) || w === 0 ? v : clean(v / w);
        rows.push([label(y), computed(v, `=${fdi}`, "reported"), computed(share, `=${fdi}/${all}`, "derived")]);
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
        const share = c.share(g, g, y, flow, null);
        const f = `ASEAN.SHARE(${q(g)},${q(g)},${y},${q(flow)})`;
        return [computed(share, `=${f}`, "derived"), computed(isDomainError(share) ? share : clean(1 - share), `=1-${f}`, "derived")];
      };
      const rows: FigureCell[][] = [];
      for (let y = query.from; y <= query.to; y++) {
        if (y === query.stated.year) {
          const x = factCell(query.stated.exportsFact, 100);
          const m = factCell(query.stated.importsFact, 100);
          const rest = (cell: FigureCell): FigureCell => stated(clean(1 - (cell.value as number)), `=1-${(cell.formula as string).slice(1)}`);
          rows.push([label(y), x, rest(x), m, rest(m)]);
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
        rows: FACTS.map((f) => [label(f.id), label(f.label), factCell(f.id), label(f.unit), label(f.qualifier ?? "exact"), label(f.year ?? f.period ?? ""), label(citeFact(f))]),
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

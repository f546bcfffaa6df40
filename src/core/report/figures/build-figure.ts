import type { AseanCore } from "../../api";
import { fdiYears } from "./builders/fdi-years";
import { intraShares } from "./builders/intra-shares";
import { partnersYear } from "./builders/partners-year";
import { headlineFigures, figure1Statements, projectsTable } from "./builders/report-tables";
import { shareYears } from "./builders/share-years";
import type { QueryOf, Table, TableBuilder } from "./builders/table";
import { tradeYears } from "./builders/trade-years";
import type { FigureQuery, FigureSpec } from "./catalog";
import type { Figure } from "./figure-types";

type Kind = FigureQuery["kind"];

/** One builder per kind of query. */
const BUILDERS: { readonly [K in Kind]: TableBuilder<K> } = {
  "trade-years": tradeYears,
  "share-years": shareYears,
  "fdi-years": fdiYears,
  "partners-year": partnersYear,
  "intra-shares": intraShares,
  "figure1-statements": figure1Statements,
  facts: headlineFigures,
  projects: projectsTable,
  unavailable: () => ({ columns: [], rows: [] }),
};

function tableOf<K extends Kind>(c: AseanCore, query: QueryOf<K>): Table {
  return (BUILDERS[query.kind] as TableBuilder<K>)(c, query);
}

export function buildFigure(c: AseanCore, spec: FigureSpec): Figure {
  const { query, chart, ...heading } = spec;
  const { columns, rows, note } = tableOf(c, query);
  const unavailable = query.kind === "unavailable" ? { reason: query.reason, publisher: query.publisher } : undefined;
  const dataNote = [heading.dataNote, note].filter((n) => n !== undefined).join(" ");
  return {
    ...heading,
    ...(dataNote !== "" ? { dataNote } : {}),
    insertable: unavailable === undefined,
    ...(unavailable ? { unavailable } : {}),
    columns,
    rows,
    ...(chart ? { chart } : {}),
  };
}

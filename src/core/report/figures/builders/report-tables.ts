/** Tables of what the report and the articles state: no computation, each number as stated. */
import { citeFact } from "../../../facts-query";
import { FACTS } from "../../data/facts";
import { FIGURE1_ROWS } from "../../data/figure1-categories";
import { PROJECTS } from "../../data/projects";
import { factCell, label, stated } from "../cells";
import { FACTS_COLUMNS, FIGURE1_COLUMNS, PROJECT_COLUMNS } from "../columns";
import type { TableBuilder } from "./table";

export const figure1Statements: TableBuilder<"figure1-statements"> = () => ({
  columns: [...FIGURE1_COLUMNS],
  rows: FIGURE1_ROWS.map((r) => [label(r.category), label(r.direction), stated(r.growth), label(r.statedAs)]),
});

export const headlineFigures: TableBuilder<"facts"> = (c) => ({
  columns: [...FACTS_COLUMNS],
  rows: FACTS.map((f) => [
    label(f.id),
    label(f.label),
    factCell(c, f.id),
    label(f.unit),
    label(f.qualifier ?? "exact"),
    label(f.year ?? ""),
    label(f.period ?? ""),
    label(citeFact(f)),
  ]),
});

export const projectsTable: TableBuilder<"projects"> = () => ({
  columns: [...PROJECT_COLUMNS],
  rows: PROJECTS.map((p) => [
    label(p.name),
    label(p.countries.join(", ")),
    label(p.kind),
    label(p.status ?? ""),
    p.lengthKm === undefined ? label("") : stated(p.lengthKm),
    label(p.opened ?? ""),
    label(p.keyFigure?.label ?? ""),
    p.keyFigure ? stated(p.keyFigure.value) : label(""),
    label(p.keyFigure?.unit ?? ""),
  ]),
});

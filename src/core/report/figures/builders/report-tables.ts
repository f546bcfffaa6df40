/** Tables of what the report and the articles state: no computation, each number as stated. */
import { citeFact } from "../../../facts-query";
import { FACTS } from "../../data/facts";
import { FIGURE1_ROWS, type CategoryGrowth } from "../../data/figure1-categories";
import { PROJECTS } from "../../data/projects";
import { factCell, label, stated } from "../cells";
import { FACTS_COLUMNS, FIGURE1_COLUMNS, PROJECT_COLUMNS } from "../columns";
import type { FigureCell } from "../figure-types";
import type { TableBuilder } from "./table";

/** A category's multiple as stated, hedged where the report says "more than": a lower bound. */
function growthCell(r: CategoryGrowth): FigureCell {
  return r.qualifier === "more than" ? { ...stated(r.growth), qualifier: "more than" } : stated(r.growth);
}

export const figure1Statements: TableBuilder<"figure1-statements"> = () => ({
  columns: [...FIGURE1_COLUMNS],
  rows: FIGURE1_ROWS.map((r) => {
    const toChina = r.direction === "ASEAN exports to China";
    // The other direction's cell is empty, not #N/A: the report gives each category in one direction only.
    return [
      label(r.category),
      toChina ? growthCell(r) : label(""),
      toChina ? label("") : growthCell(r),
      label(r.statedAs),
    ];
  }),
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

/** The catalogue's figures as the pane and the writer build them, over the bundled dataset. */
import { core } from "../../src/core/api";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import type { Figure } from "../../src/core/report/figures/figure-types";

export const catalogueFigures = (): Figure[] => CATALOGUE.map((spec) => buildFigure(core(), spec));

export function figureById(id: string): Figure {
  const spec = CATALOGUE.find((s) => s.id === id);
  if (!spec) throw new Error(`No figure ${id} in the catalogue`);
  return buildFigure(core(), spec);
}

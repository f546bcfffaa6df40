/**
 * Figures are built on first selection, not at start-up: a few of them take tens of milliseconds,
 * and the pane should be usable before any of them is needed. A built figure is kept for the session.
 */
import { core } from "../../core/api";
import type { FigureSpec } from "../../core/report/figures/catalog";
import { buildFigure } from "../../core/report/figures/build-figure";
import type { Figure } from "../../core/report/figures/figure-types";

const built = new Map<string, Figure>();

export function cachedFigure(spec: FigureSpec): Figure | undefined {
  return built.get(spec.id);
}

export function figureFor(spec: FigureSpec): Figure {
  let figure = built.get(spec.id);
  if (!figure) {
    figure = buildFigure(core(), spec);
    built.set(spec.id, figure);
  }
  return figure;
}

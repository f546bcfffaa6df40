import { useEffect, useMemo, useState } from "react";
import { figureIn } from "../../core/report/figures/figure-text-zh";
import { chineseName } from "../i18n/core-text";
import { useLanguage } from "../i18n/i18n";
import type { FigureSpec } from "../../core/report/figures/catalog";
import type { Figure } from "../../core/report/figures/figure-types";
import { cachedFigure, figureFor } from "./figure-cache";

export type FigureState =
  { status: "loading" } | { status: "ready"; figure: Figure } | { status: "failed"; message: string };

/** The built figure of a spec in the pane's language: what the preview shows is what is inserted. */
export function useFigure(spec: FigureSpec): FigureState {
  const { language } = useLanguage();
  const state = useBuiltFigure(spec);
  return useMemo(
    () => (state.status === "ready" ? { ...state, figure: figureIn(state.figure, language, chineseName) } : state),
    [state, language],
  );
}

/** The built figure of a spec; building yields to the browser first so the pane can show that it is working. */
function useBuiltFigure(spec: FigureSpec): FigureState {
  const [state, setState] = useState<FigureState>(() => {
    const hit = cachedFigure(spec);
    return hit ? { status: "ready", figure: hit } : { status: "loading" };
  });
  useEffect(() => {
    const hit = cachedFigure(spec);
    if (hit) {
      setState({ status: "ready", figure: hit });
      return undefined;
    }
    setState({ status: "loading" });
    const timer = window.setTimeout(() => {
      try {
        setState({ status: "ready", figure: figureFor(spec) });
      } catch (err) {
        setState({ status: "failed", message: err instanceof Error ? err.message : String(err) });
      }
    }, 0);
    return () => window.clearTimeout(timer);
  }, [spec]);
  return state;
}

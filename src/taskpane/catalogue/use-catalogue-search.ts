import { useEffect, useState } from "react";
import type { FigureSpec } from "../../core/report/figures/catalog";
import type { CatalogueSearch } from "./search-catalogue";

type SearchModule = typeof import("./search-catalogue");

let loaded: SearchModule | undefined;
let loading: Promise<SearchModule> | undefined;

/**
 * Searching needs the dataset's country names, so it is loaded when first needed (or earlier, once the
 * pane is idle), not with the first screen.
 */
export function loadCatalogueSearch(): Promise<SearchModule> {
  loading ??= import(/* webpackChunkName: "search" */ "./search-catalogue")
    .then((m) => (loaded = m))
    .catch((err: unknown) => {
      // The next search tries again.
      loading = undefined;
      throw err;
    });
  return loading;
}

/** The results for a query: undefined when there is no query, "loading" until search has loaded. */
export function useCatalogueSearch(
  specs: readonly FigureSpec[],
  query: string,
): CatalogueSearch | "loading" | undefined {
  const searching = query.trim() !== "";
  const [, setReady] = useState(loaded !== undefined);
  useEffect(() => {
    if (searching && !loaded)
      loadCatalogueSearch().then(
        () => setReady(true),
        (err: unknown) => console.error("Search could not be loaded", err),
      );
  }, [searching]);
  if (!searching) return undefined;
  return loaded ? loaded.searchCatalogue(specs, query) : "loading";
}

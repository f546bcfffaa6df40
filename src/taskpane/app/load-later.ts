/**
 * What the first screen does not need, loaded right after it is on screen: the custom functions (which
 * register with Excel and bring the dataset) and the ribbon's commands (which register with Office and
 * repair the workbook if it asks), as the page loads them, then catalogue search. Says the dataset's
 * edition.
 */
import { loadCatalogueSearch } from "../catalogue/use-catalogue-search";

/** The bundled dataset's edition, or why it cannot be used (it failed its integrity check, or did not load). */
export interface DatasetState {
  edition?: string;
  problem?: string;
}

let loading: Promise<DatasetState> | undefined;
let loadFaces: () => Promise<unknown> = () => Promise.resolve();

/** How the page loads the custom functions and the ribbon commands (the pane imports neither). */
export function setFacesLoader(load: () => Promise<unknown>): void {
  loadFaces = load;
}

const afterPaint = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

/** Never rejects: a failure is logged and said, and the pane goes on (previews say what failed). */
export function loadAfterFirstScreen(): Promise<DatasetState> {
  loading ??= afterPaint()
    .then(() => loadFaces())
    .then(() => Promise.all([import("../../core/api"), import("../../core/bundled-dataset")]))
    .then(([{ core }, { bundledDatasetProblem }]): DatasetState => {
      // A dataset that fails its check is said in the words every function uses for it.
      const problem = bundledDatasetProblem();
      if (problem) return { problem };
      loadCatalogueSearch().catch(() => undefined);
      return { edition: core().edition() };
    })
    .catch((err: unknown): DatasetState => {
      console.error("The custom functions and the dataset could not be loaded", err);
      return {
        problem:
          `The custom functions and the dataset could not be loaded: ` +
          `${err instanceof Error ? err.message : String(err)}`,
      };
    });
  return loading;
}

import encoded from "./data/dataset.json";
import type { Dataset } from "./dataset";
import { isDatasetIntegrityError, type DatasetIntegrityError } from "./dataset-integrity";
import { loadDataset } from "./dataset-load";

let loaded: Dataset | DatasetIntegrityError | undefined;

/**
 * The bundled dataset, checked and indexed once per runtime (the task pane and the functions share it).
 * If it fails its check, every call throws the same DatasetIntegrityError, which the cell wrapper and the
 * pane show as they are.
 */
export function bundledDataset(): Dataset {
  if (!loaded) {
    try {
      loaded = loadDataset(encoded);
    } catch (err) {
      if (!isDatasetIntegrityError(err)) throw err;
      loaded = err;
    }
  }
  if (isDatasetIntegrityError(loaded)) throw loaded;
  return loaded;
}

/** The integrity failure's message, or undefined when the bundled dataset loaded. */
export function bundledDatasetProblem(): string | undefined {
  try {
    bundledDataset();
    return undefined;
  } catch (err) {
    if (isDatasetIntegrityError(err)) return err.message;
    throw err;
  }
}

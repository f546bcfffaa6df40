import { checkContent } from "./dataset-check";
import { decodeDataset, encodeDataset, type DatasetContent } from "./dataset-codec";
import { contentHash } from "./dataset-hash";
import { DatasetIntegrityError, isDatasetIntegrityError } from "./dataset-integrity";
import type { DatasetFile, EncodedDataset } from "./dataset-types";
import { Dataset } from "./dataset";

function hashProblems(input: object): string[] {
  const e = input as Partial<EncodedDataset>;
  if (typeof e.hash !== "string") return ["the content hash the build records is missing"];
  const actual = contentHash(e as EncodedDataset);
  return actual === e.hash
    ? []
    : [
        `the content is not what the build recorded for edition ${String(e.edition)} (hash ${actual}, recorded ` +
          `${e.hash})`,
      ];
}

/**
 * Reads the bundled form, checks it (src/core/dataset-check.ts) and the content hash the build recorded,
 * and indexes it. Any failure throws one DatasetIntegrityError naming every problem found.
 */
export function loadDataset(input: unknown): Dataset {
  const problems = typeof input === "object" && input !== null ? hashProblems(input) : [];
  let content: DatasetContent;
  try {
    content = decodeDataset(input);
  } catch (err) {
    throw isDatasetIntegrityError(err) ? new DatasetIntegrityError([...problems, ...err.problems]) : err;
  }
  problems.push(...checkContent(content));
  if (problems.length > 0) throw new DatasetIntegrityError(problems);
  return new Dataset(content);
}

/** A dataset from records in the readable form, through the same encoding and checks as the bundled one. */
export function datasetFromFile(file: DatasetFile): Dataset {
  return loadDataset(encodeDataset(file));
}

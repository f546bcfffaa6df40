/**
 * Raised once when the bundled dataset fails its load-time check: damage to the file is not something a
 * user can fix by changing arguments, so every function reports it the same way, as #VALUE!.
 */
export class DatasetIntegrityError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, 3).join("; ");
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : "";
    super(`The add-in's bundled dataset failed its integrity check: ${shown}${more}; reinstall the add-in.`);
    this.name = "DatasetIntegrityError";
  }
}

export const isDatasetIntegrityError = (x: unknown): x is DatasetIntegrityError => x instanceof DatasetIntegrityError;

/** Ends decoding at the first problem: past it, the rest of the file cannot be read reliably. */
export function damaged(problem: string): never {
  throw new DatasetIntegrityError([problem]);
}

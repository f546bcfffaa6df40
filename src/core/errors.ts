/**
 * Domain errors are plain values: the core never throws them. Each face turns them into its own form
 * (a CustomFunctions.Error in a cell, a message bar in the pane, a printed line in the command-line tool).
 * "NA" = the data does not exist; "VALUE" = an argument is not understood.
 */
export interface DomainError {
  readonly error: "NA" | "VALUE";
  readonly message: string;
}

export const notAvailable = (message: string): DomainError => ({ error: "NA", message });
export const invalidValue = (message: string): DomainError => ({ error: "VALUE", message });

export function isDomainError(x: unknown): x is DomainError {
  return typeof x === "object" && x !== null && "error" in x && "message" in x;
}

/** What Excel shows for each kind of error. */
export const ERROR_CODE: Record<DomainError["error"], "#N/A" | "#VALUE!"> = { NA: "#N/A", VALUE: "#VALUE!" };

import type { Qualifier, StatusCode } from "./dataset-types";

export type Status = "reported" | "derived" | "published" | "estimated";

export const STATUS_NAME: Record<StatusCode, Status> = { R: "reported", D: "derived", P: "published", E: "estimated" };

/** A value computed from others is derived, unless one of its parts is only an estimate. */
export function combineStatus(parts: readonly Status[]): Status {
  return parts.includes("estimated") ? "estimated" : "derived";
}

/** A single figure, converted or not, keeps its source's hedge; a value computed from several figures,
 *  any of them hedged, is only "about" right. */
export function combineQualifier(parts: readonly (Qualifier | undefined)[]): Qualifier | undefined {
  const hedged = parts.find((q) => q !== undefined);
  if (hedged === undefined) return undefined;
  return parts.length === 1 ? hedged : "about";
}

/** "published", or "published (more than)" where the source hedges the figure. */
export function statusText(status: Status, qualifier: Qualifier | undefined): string {
  return qualifier === undefined ? status : `${status} (${qualifier})`;
}

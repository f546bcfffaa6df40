import type { StatusCode } from "./dataset-types";

export type Status = "reported" | "derived" | "published" | "estimated";

export const STATUS_NAME: Record<StatusCode, Status> = { R: "reported", D: "derived", P: "published", E: "estimated" };

/** A value computed from others is derived, unless one of its parts is only an estimate. */
export function combineStatus(parts: readonly Status[]): Status {
  return parts.includes("estimated") ? "estimated" : "derived";
}

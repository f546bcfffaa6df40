/**
 * Which cells of a workbook the add-in's current dataset edition would change. A cell's value stays
 * as last computed until it is entered again (the functions are not volatile), so a workbook built with
 * an earlier edition keeps that edition's numbers; computing each ASEAN call again through the core and
 * comparing says which, cell by cell for a formula given ranges (one result per cell, as the core broadcasts
 * them). Only cells whose formula is one ASEAN call with constant or reference arguments can be computed this
 * way; the others are counted as unchecked.
 */
import { core } from "../../core/api";
import { ERROR_CODE, isDomainError } from "../../core/errors";
import { isFunctionId } from "../../core/registry/registry";
import type { CallArg } from "./formula-calls";
import { isErrorText } from "./cell-values";
import { soleCall } from "./formula-calls";

/** "2025.1" < "2025.2" < "2026.1": numeric parts compared in order. */
export function compareEditions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((p) => Number(p) || 0);
  const pb = b.split(/[.-]/).map((p) => Number(p) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A value as Range.values reads it: errors as their text. */
const asRead = (v: unknown): unknown => (isDomainError(v) ? ERROR_CODE[v.error] : v);

/** What the formula would show now, cell by cell from its own cell; undefined when it cannot be computed here. */
export function computeNow(formula: string, resolve: (arg: CallArg) => unknown): unknown[][] | undefined {
  const call = soleCall(formula);
  if (!call || call.broken || !isFunctionId(call.id)) return undefined;
  const args: unknown[] = [];
  for (const arg of call.args) {
    const v = resolve(arg);
    if (v === undefined) return undefined;
    args.push(v);
  }
  while (args.length < 8) args.push(null);
  // Each function as the core computes it (the custom functions are thin faces over the same call).
  const r = core().callEach(call.id, args, isErrorText);
  return Array.isArray(r) ? r.map((row: unknown[]) => row.map(asRead)) : [[asRead(r)]];
}

/**
 * The same value as Excel would show it: equal numbers (to the last bits a file round trip may lose), text or error.
 */
export function sameShown(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  const norm = (v: unknown): unknown => (v === null || v === undefined ? "" : v);
  return norm(a) === norm(b);
}

import type { Codes, Entity } from "./codes";
import { invalidValue, type DomainError } from "./errors";
import { FLOW_ALIASES, type Flow } from "./flows";
import { foldKey } from "./text";
import { DEFAULT_UNIT, UNIT_ALIASES, UNITS, type Unit, type UnitId } from "./units";

/**
 * The one place where what a cell hands a function (a number, text, a boolean, null for an omitted
 * optional argument, or a 2-D array for a range) becomes a core type or a DomainError that names the
 * argument. Every face calls these; no function body coerces on its own.
 */
export type Scalar = string | number | boolean | null;

export function scalarArg(name: string, raw: unknown): Scalar | DomainError {
  let v = raw;
  if (Array.isArray(v)) {
    const cells = v.flat();
    if (cells.length > 1) return invalidValue(`${name}: expects one value, not a range of ${cells.length} cells.`);
    v = cells.length === 0 ? null : cells[0];
    if (Array.isArray(v)) return invalidValue(`${name}: expects one value.`);
  }
  if (v === undefined || v === null) return null;
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? null : t;
  }
  if (typeof v === "number") {
    return Number.isFinite(v) ? v : invalidValue(`${name}: ${String(v)} is not a usable number.`);
  }
  if (typeof v === "boolean") return v;
  return invalidValue(`${name}: expects a single value.`);
}

const quote = (v: Scalar): string => (typeof v === "string" ? `"${v.length > 40 ? v.slice(0, 40) + "…" : v}"` : String(v));

export function countryArg(name: string, raw: unknown, codes: Codes): Entity | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return invalidValue(`${name}: is required, e.g. "CN", "MY", "ASEAN" or "中国".`);
  if (typeof v !== "string") return invalidValue(`${name}: ${quote(v)} is not a country; use a code or name such as "CN", "MY" or "ASEAN".`);
  const res = codes.resolve(v);
  if (res.ok) return res.entity;
  const hint = res.suggestions.length > 0
    ? ` Did you mean ${res.suggestions.map((e) => `"${e.code}" (${e.en})`).join(", ")}?`
    : ` Use an ISO code ("MY", "MYS"), a name ("Malaysia", "马来西亚") or a group ("ASEAN", "RCEP", "WORLD").`;
  return invalidValue(`${name}: ${quote(v)} is not a known country or group.${hint}`);
}

export type YearArg = number | "latest";

export function yearArg(name: string, raw: unknown): YearArg | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return invalidValue(`${name}: is required, e.g. 2024 or "latest".`);
  if (typeof v === "string" && foldKey(v) === "latest") return "latest";
  const n = typeof v === "string" && /^[+-]?\d+(\.0*)?$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1900 || n > 2100) {
    return invalidValue(`${name}: ${quote(v)} is not a year; use a whole year such as 2024, or "latest".`);
  }
  return n;
}

export function flowArg(name: string, raw: unknown): Flow | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return "total";
  const flow = typeof v === "string" ? FLOW_ALIASES[foldKey(v)] : undefined;
  return flow ?? invalidValue(`${name}: ${quote(v)} is not a flow; use "total", "exports", "imports" or "balance" (T, X, M, B).`);
}

export function unitArg(name: string, raw: unknown): Unit | DomainError {
  const v = scalarArg(name, raw);
  if (v !== null && typeof v === "object") return v;
  if (v === null) return DEFAULT_UNIT;
  if (typeof v === "string") {
    const upper = v.toUpperCase().replace(/\s+/g, "_") as UnitId;
    const id = UNITS[upper] ? upper : UNIT_ALIASES[foldKey(v)];
    if (id) return UNITS[id];
  }
  return invalidValue(`${name}: ${quote(v)} is not a unit; use ${Object.keys(UNITS).map((u) => `"${u}"`).join(", ")}.`);
}

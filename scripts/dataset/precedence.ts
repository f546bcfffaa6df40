import type { SourceRecord, StatusCode, StoredFlow } from "../../src/core/dataset-types";
import { clean, rescale } from "../../src/core/units";
import { describeAmount, type Cell } from "./cells";

/**
 * Which figure the dataset holds where several sources give one. For one reporter, partner, year and
 * currency:
 *
 * 1. One release for the year: where one release (an official table, or one page) publishes exports and
 *    imports together with the total or the balance, all its figures are taken, so that total and parts
 *    come from the same release. Of several such releases, the one with the finer parts wins. Estimates
 *    and derived values are not releases.
 * 2. The finer figure: for every other flow, the figure that stands for the narrower interval wins: more
 *    significant digits beat fewer, and an estimate of documented accuracy beats a rounder quote. A hedged
 *    figure ("more than", "about", "rounded") is coarser than any plain one.
 * 3. On a tie: reported, then published, then derived, then estimated; then grade A before B; then the
 *    order the sources are read in.
 * 4. Parts from the total and the balance: where both are published and a part is missing, or coarser
 *    than (total ± balance) / 2, the part is derived so.
 *
 * A figure published in the asked currency beats a conversion: conversions are made when a function is
 * called (src/core/query.ts), only where the asked currency has no figure. Where a total and its parts
 * still differ by more than rounding, the citation says so (src/core/agreement.ts).
 */
export function chooseCells(
  cells: Cell[],
  sources: Readonly<Record<string, SourceRecord>>,
): { cells: Cell[]; sources: Record<string, SourceRecord>; decisions: string[] } {
  const groups = new Map<string, Cell[]>();
  for (const cell of cells) {
    const key = `${cell.r}|${cell.p}|${cell.y}|${cell.c}`;
    const group = groups.get(key);
    if (group) group.push(cell);
    else groups.set(key, [cell]);
  }
  const chosen: Cell[] = [];
  const derivedSources: Record<string, SourceRecord> = {};
  const decisions: string[] = [];
  for (const [key, group] of groups) {
    const release = wholeRelease(group);
    const flows = new Map(release ?? []);
    for (const cell of group) {
      if (release?.has(cell.f)) {
        if (compare(cell, release.get(cell.f) as Cell) < 0)
          decisions.push(`rule 1: ${key} ${cell.f} from the release of its parts, not the finer ${cell.src}`);
        continue;
      }
      const held = flows.get(cell.f);
      if (!held || compare(cell, held) < 0) flows.set(cell.f, cell);
    }
    const derived = partsFromTotalAndBalance(flows, sources);
    if (derived) {
      for (const cell of derived.cells) flows.set(cell.f, cell);
      derivedSources[derived.id] = derived.source;
      decisions.push(`rule 4: ${key} ${derived.cells.map((c) => c.f).join(" and ")} from the total and the balance`);
    }
    chosen.push(...flows.values());
  }
  return { cells: chosen, sources: derivedSources, decisions };
}

const STATUS_RANK: Record<StatusCode, number> = { R: 0, P: 1, D: 2, E: 3 };

/** The interval a figure stands for, in units of its currency. */
const width = (c: Cell): number => c.interval * 10 ** c.scale;

const sameWidth = (a: number, b: number): boolean =>
  a === b || (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(a, b));

/** Negative where `a` is preferred to `b` by rules 2 and 3; zero where neither is. */
function compare(a: Cell, b: Cell): number {
  const wa = width(a);
  const wb = width(b);
  if (!sameWidth(wa, wb)) return wa < wb ? -1 : 1;
  if (a.st !== b.st) return STATUS_RANK[a.st] - STATUS_RANK[b.st];
  return (a.grade ?? "A").localeCompare(b.grade ?? "A");
}

type Flows = Map<StoredFlow, Cell>;

/** Rule 1: the finest release that publishes both parts with the total or the balance, as flows. */
function wholeRelease(group: Cell[]): Flows | undefined {
  const releases = new Map<string, Map<StoredFlow, Cell>>();
  for (const cell of group) {
    if (cell.release === undefined || (cell.st !== "R" && cell.st !== "P")) continue;
    const flows = releases.get(cell.release) ?? new Map<StoredFlow, Cell>();
    const held = flows.get(cell.f);
    if (!held || compare(cell, held) < 0) flows.set(cell.f, cell);
    releases.set(cell.release, flows);
  }
  let best: Flows | undefined;
  let bestWidth = Infinity;
  for (const flows of releases.values()) {
    const x = flows.get("X");
    const m = flows.get("M");
    if (!x || !m || !(flows.has("T") || flows.has("B"))) continue;
    const w = width(x) + width(m);
    if (w < bestWidth) {
      best = flows;
      bestWidth = w;
    }
  }
  return best;
}

const label = (cell: Cell, sources: Readonly<Record<string, SourceRecord>>): string => {
  const s = sources[cell.src];
  return (
    `${describeAmount(cell.c, cell.v, cell.scale)} ` +
    `(${s ? `${s.dataset}${s.grade ? `, grade ${s.grade}` : ""}` : cell.src})`
  );
};

/** Rule 4: exports = (total + balance) / 2 and imports = (total − balance) / 2, where that is finer. */
function partsFromTotalAndBalance(
  flows: Flows,
  sources: Readonly<Record<string, SourceRecord>>,
): { id: string; source: SourceRecord; cells: Cell[] } | undefined {
  const t = flows.get("T");
  const b = flows.get("B");
  const published = (c: Cell | undefined): c is Cell =>
    c !== undefined && (c.st === "R" || c.st === "P") && Number.isFinite(c.interval);
  if (!published(t) || !published(b)) return undefined;
  const scale = Math.min(t.scale, b.scale);
  const total = rescale(t.v, t.scale, scale);
  const balance = rescale(b.v, b.scale, scale);
  const interval = (width(t) + width(b)) / 2 / 10 ** scale;
  const id = `derived-${t.r}-${t.p}-${t.y}-${t.c}`;
  const from = `From the total, ${label(t, sources)}, and the balance, ${label(b, sources)}.`;
  const cells: Cell[] = [];
  for (const [f, v] of [
    ["X", (total + balance) / 2],
    ["M", (total - balance) / 2],
  ] as const) {
    const held = flows.get(f);
    if (held && width(held) <= interval * 10 ** scale) continue;
    const value = clean(v);
    const agrees =
      held &&
      Math.abs(rescale(held.v, held.scale, scale) - value) <= interval + held.interval * 10 ** (held.scale - scale);
    const replaced = held
      ? ` The ${held.interval === Infinity ? "hedged" : "rounder"} figure ${label(held, sources)} ` +
        `${agrees ? "agrees within its rounding" : "differs by more than its rounding"}.`
      : "";
    cells.push({
      r: t.r,
      p: t.p,
      y: t.y,
      f,
      c: t.c,
      scale,
      v: value,
      src: id,
      st: "D",
      note: from + replaced,
      interval,
    });
  }
  if (cells.length === 0) return undefined;
  const [ts, bs] = [sources[t.src], sources[b.src]];
  const source: SourceRecord = {
    publisher:
      ts?.publisher === bs?.publisher
        ? (ts?.publisher ?? "")
        : [ts?.publisher, bs?.publisher].filter(Boolean).join("; "),
    dataset:
      "Exports and imports derived from the published total and trade balance: (total + balance) / 2 and (total " +
      "− balance) / 2",
    origin: [ts?.origin, bs?.origin].filter(Boolean).join("; "),
    licence: "Derived from published figures; cite the publisher and the pages of the total and the balance",
  };
  return { id, source, cells };
}

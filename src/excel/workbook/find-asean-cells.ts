/**
 * The ASEAN cells of scanned sheets, and what a conversion needs to know about each: where its result
 * spills, and the values of the cells its arguments refer to. Both are read in batches of one round
 * trip; a spill is seen only from ExcelApi 1.12 (before it a formula's cell is converted alone).
 */
import { boxAddress, cellAddress, contains, qualified, quoteSheetName, type Box } from "../a1";
import type { ExcelHost } from "../excel-host";
import type { Capabilities } from "../requirements";
import { aseanCalls, brokenAsean, usesAsean, type ArgValue, type ArgValues, type CallArg } from "./formula-calls";
import { cellOf, parseQualified, type SheetGrid } from "./read-workbook";

export interface AseanCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

export interface FoundCells {
  /** Cells whose formula calls the add-in. */
  readonly live: AseanCell[];
  /** Cells whose formula was saved while the add-in was not loaded (_xldudf_ASEAN_...). */
  readonly broken: AseanCell[];
}

/** Every formula cell of the grids that calls ASEAN.*, optionally only inside `within`. */
export function findAseanCells(grids: Iterable<SheetGrid>, within?: { sheet: string; box: Box }): FoundCells {
  const live: AseanCell[] = [];
  const broken: AseanCell[] = [];
  for (const grid of grids) {
    if (within && within.sheet !== grid.sheet) continue;
    grid.formulas.forEach((row, r) =>
      row.forEach((formula, c) => {
        const at = { sheet: grid.sheet, row: grid.area.row + r, col: grid.area.col + c };
        if (typeof formula !== "string" || (within && !contains(within.box, at.row, at.col))) return;
        if (usesAsean(formula)) live.push({ ...at, formula });
        else if (brokenAsean(formula)) broken.push({ ...at, formula });
      }),
    );
  }
  return { live, broken };
}

export interface CellDetails {
  /** Where each cell's result lies: its spill range, or the cell alone. Keyed by qualified address. */
  readonly extent: Map<string, Box>;
  /** The values of referenced cells or ranges the scan did not cover, keyed by qualified address. */
  readonly refs: Map<string, unknown[][]>;
}

export const cellKey = (c: { sheet: string; row: number; col: number }): string =>
  qualified(c.sheet, { row: c.row, col: c.col, rows: 1, cols: 1 });

/** "Sheet1!B2" (or "Sheet1!B2:B4") for a reference argument, on the formula's own sheet unless it names another. */
const refKey = (arg: { sheet?: string; ref: string }, home: string): { sheet: string; key: string } => {
  const sheet = arg.sheet ?? home;
  return { sheet, key: `${quoteSheetName(sheet)}!${arg.ref}` };
};

/** References of the cells' ASEAN calls that the grids do not hold, on sheets that exist. */
function outsideRefs(
  cells: readonly AseanCell[],
  grids: ReadonlyMap<string, SheetGrid>,
  sheetNames: ReadonlySet<string>,
): string[] {
  const wanted = new Set<string>();
  for (const cell of cells) {
    for (const call of aseanCalls(cell.formula)) {
      for (const arg of call.args) {
        if (arg.kind !== "ref") continue;
        const { sheet, key } = refKey(arg, cell.sheet);
        const parsed = parseQualified(key);
        if (!parsed || !sheetNames.has(sheet)) continue;
        if (valuesIn(grids.get(sheet), parsed.box) === undefined) wanted.add(key);
      }
    }
  }
  return [...wanted];
}

/** Reads spill ranges and outside references, `perBatch` cells to a round trip. */
export async function readCellDetails(
  host: ExcelHost,
  caps: Capabilities,
  cells: readonly AseanCell[],
  grids: ReadonlyMap<string, SheetGrid>,
  sheetNames: ReadonlySet<string>,
  perBatch = 1000,
): Promise<CellDetails> {
  const extent = new Map<string, Box>();
  const refs = new Map<string, unknown[][]>();
  for (const cell of cells) extent.set(cellKey(cell), { row: cell.row, col: cell.col, rows: 1, cols: 1 });
  const refKeys = outsideRefs(cells, grids, sheetNames);
  const spilling = caps.spills ? cells : [];
  const jobs = [
    ...spilling.map((c) => ({ kind: "spill" as const, cell: c })),
    ...refKeys.map((key) => ({ kind: "ref" as const, key })),
  ];
  for (let i = 0; i < jobs.length; i += perBatch) {
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const loads = jobs.slice(i, i + perBatch).map((job) => {
        if (job.kind === "spill") {
          const range = sheets
            .getItem(job.cell.sheet)
            .getRange(cellAddress(job.cell.row, job.cell.col))
            .getSpillingToRangeOrNullObject()
            .load("address");
          return { job, range };
        }
        const at = parseQualified(job.key) as { sheet: string; box: Box };
        return { job, range: sheets.getItem(at.sheet).getRange(boxAddress(at.box)).load("values") };
      });
      await context.sync();
      for (const { job, range } of loads) {
        if (job.kind === "ref") refs.set(job.key, range.values);
        else if (!range.isNullObject) {
          const box = parseQualified(range.address)?.box;
          if (box) extent.set(cellKey(job.cell), box);
        }
      }
    });
  }
  return { extent, refs };
}

/** The values of a rectangle of a grid, when the grid holds all of it. */
function valuesIn(grid: SheetGrid | undefined, box: Box): unknown[][] | undefined {
  const rows: unknown[][] = [];
  for (let r = 0; r < box.rows; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < box.cols; c++) {
      const at = cellOf(grid, box.row + r, box.col + c);
      if (at === undefined) return undefined;
      row.push(at.value);
    }
    rows.push(row);
  }
  return rows;
}

// An empty cell reaches a custom function as null, as an omitted argument does.
const asArg = (v: unknown): ArgValue => (v === "" || v === undefined ? null : (v as string | number | boolean));

/**
 * The value an argument stands for: a constant, an array constant's rows, or the values of the cell or range it
 * refers to (a single cell as its one value); undefined when none of these.
 */
export function argResolver(
  cell: AseanCell,
  grids: ReadonlyMap<string, SheetGrid>,
  refs: ReadonlyMap<string, unknown[][]>,
): (arg: CallArg) => ArgValues | undefined {
  return (arg) => {
    if (arg.kind === "value") return arg.value;
    if (arg.kind === "array") return arg.rows;
    if (arg.kind === "other") return undefined;
    const { sheet, key } = refKey(arg, cell.sheet);
    const at = parseQualified(key);
    const rows = at ? (valuesIn(grids.get(sheet), at.box) ?? refs.get(key)) : undefined;
    if (rows === undefined) return undefined;
    const values = rows.map((row) => row.map(asArg));
    return at?.box.rows === 1 && at.box.cols === 1 ? values[0][0] : values;
  };
}

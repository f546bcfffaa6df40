/**
 * Writing ASEAN formulas into their cells again, which makes Excel compute them anew:
 * - Repair: a formula saved while the add-in was not loaded (_xldudf_ASEAN_TRADE(...)) is written
 *   back under its own name, and one showing #NAME? because the add-in loaded late is re-entered;
 * - Recalculate: every ASEAN formula is re-entered, since functions that are not volatile do not
 *   recalculate when a workbook opens, even after an update of the add-in and its data.
 * The writes go in batches under the request limit, one round trip each.
 */
import { boxAddress, qualified } from "../a1";
import { errorText, excelHost, type ExcelHost } from "../excel-host";
import { detectCapabilities } from "../requirements";
import { packBatches, payloadBytes, REQUEST_BUDGET_BYTES } from "./batches";
import { findAseanCells, type AseanCell } from "./find-asean-cells";
import { repairedFormula } from "./formula-calls";
import type { OperationOptions } from "./operation-types";
import { queueEditionRecord } from "./workbook-settings";
import { cellOf, scanAreas, surveyWorkbook, type SheetGrid, type Survey } from "./read-workbook";

export type ReenterResult =
  | { readonly ok: true; readonly cells: number; readonly sheets: readonly string[]; readonly message: string }
  | { readonly ok: false; readonly reason: string; readonly cells: number };

interface Rewrite {
  readonly cell: AseanCell;
  readonly formula: string;
}

export interface AseanWorkbook {
  readonly host: ExcelHost;
  readonly survey: Survey;
  readonly grids: Map<string, SheetGrid>;
}

/** Reads every sheet's cells (the sources sheet aside), reporting progress; undefined outside Excel. */
export async function readAseanWorkbook(options: OperationOptions = {}): Promise<AseanWorkbook | undefined> {
  const host = excelHost();
  if (!host) return undefined;
  const caps = detectCapabilities();
  const survey = await surveyWorkbook(host, caps, { selection: false, measure: () => true });
  const areas = survey.sheets
    .filter((s) => s.used)
    .map((s) => ({ sheet: s.name, area: s.used as NonNullable<typeof s.used> }));
  const total = areas.reduce((n, a) => n + a.area.rows * a.area.cols, 0);
  const grids = await scanAreas(host, areas, (done) => options.onProgress?.({ done, total, stage: "reading" }));
  return { host, survey, grids };
}

/**
 * Writes the formulas again, batch by batch; refuses first if a sheet they are on is protected. With
 * `recordEdition`, the last batch also records the add-in's edition as the one the cells now show.
 */
export async function rewriteFormulas(
  book: AseanWorkbook,
  rewrites: readonly Rewrite[],
  options: OperationOptions,
  what: string,
  recordEdition = false,
): Promise<ReenterResult> {
  const sheets = [...new Set(rewrites.map((r) => r.cell.sheet))];
  const locked = book.survey.sheets.filter((s) => s.protected && sheets.includes(s.name)).map((s) => s.name);
  if (locked.length > 0) {
    return {
      ok: false,
      cells: 0,
      reason:
        `${locked.length === 1 ? `The sheet ${locked[0]} is` : `The sheets ${locked.join(", ")} are`} protected. ` +
        `Nothing was ${what}: unprotect ${locked.length === 1 ? "it" : "them"} (Review > Unprotect Sheet) and try ` +
        `again.`,
    };
  }
  let done = 0;
  const batches = packBatches(rewrites, (r) => payloadBytes(r.formula) + 32, options.budget ?? REQUEST_BUDGET_BYTES);
  for (const [i, batch] of batches.entries()) {
    try {
      await book.host.run(async (context) => {
        for (const r of batch) {
          context.workbook.worksheets
            .getItem(r.cell.sheet)
            .getRange(boxAddress({ row: r.cell.row, col: r.cell.col, rows: 1, cols: 1 })).formulas = [[r.formula]];
        }
        if (recordEdition && i === batches.length - 1 && detectCapabilities().settings) queueEditionRecord(context);
        await context.sync();
      });
    } catch (error) {
      return {
        ok: false,
        cells: done,
        reason:
          `Excel stopped after ${done} of ${rewrites.length} cells were ${what} (${errorText(error)}); run this ` +
          `again for the rest.`,
      };
    }
    done += batch.length;
    options.onProgress?.({ done, total: rewrites.length, stage: "writing" });
  }
  return { ok: true, cells: done, sheets, message: "" };
}

const cellsWord = (n: number): string => `${n} ASEAN cell${n === 1 ? "" : "s"}`;

/** Repair: formulas saved without the add-in, and formulas showing #NAME? because it loaded late. */
export async function repairAseanFormulas(options: OperationOptions = {}): Promise<ReenterResult> {
  try {
    const book = await readAseanWorkbook(options);
    if (!book) return { ok: false, reason: "Excel is not available here: open the add-in in Excel.", cells: 0 };
    const found = findAseanCells(book.grids.values());
    const late = found.live.filter((c) => cellOf(book.grids.get(c.sheet), c.row, c.col)?.value === "#NAME?");
    const rewrites = [
      ...found.broken.map((c) => ({ cell: c, formula: repairedFormula(c.formula) })),
      ...late.map((c) => ({ cell: c, formula: c.formula })),
    ];
    if (rewrites.length === 0)
      return {
        ok: true,
        cells: 0,
        sheets: [],
        message: "Every ASEAN formula in this workbook is working: nothing needed repair.",
      };
    const result = await rewriteFormulas(book, rewrites, options, "repaired");
    if (!result.ok) return result;
    const listed = rewrites
      .slice(0, 5)
      .map((r) => qualified(r.cell.sheet, { row: r.cell.row, col: r.cell.col, rows: 1, cols: 1 }));
    return {
      ...result,
      message:
        `Repaired ${cellsWord(result.cells)} (${listed.join(", ")}${rewrites.length > 5 ? ", …" : ""}): their ` +
        `formulas are entered again and compute with the add-in.`,
    };
  } catch (error) {
    return {
      ok: false,
      cells: 0,
      reason: `Nothing was repaired: Excel could not read the workbook (${errorText(error)}).`,
    };
  }
}

/** Recalculate: every working ASEAN formula is entered again, so it computes with the add-in's current data. */
export async function recalculateAseanCells(options: OperationOptions = {}): Promise<ReenterResult> {
  try {
    const book = await readAseanWorkbook(options);
    if (!book) return { ok: false, reason: "Excel is not available here: open the add-in in Excel.", cells: 0 };
    const rewrites = findAseanCells(book.grids.values()).live.map((c) => ({ cell: c, formula: c.formula }));
    if (rewrites.length === 0)
      return { ok: true, cells: 0, sheets: [], message: "No ASEAN formulas to recalculate in this workbook." };
    const result = await rewriteFormulas(book, rewrites, options, "recalculated", true);
    return result.ok
      ? {
          ...result,
          message:
            `Recalculated ${cellsWord(result.cells)} on ` +
            `${result.sheets.join(", ")} with the add-in's current data.`,
        }
      : result;
  } catch (error) {
    return {
      ok: false,
      cells: 0,
      reason: `Nothing was recalculated: Excel could not read the workbook (${errorText(error)}).`,
    };
  }
}

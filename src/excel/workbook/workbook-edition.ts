/**
 * The workbook remembers the dataset edition its ASEAN cells were computed with (a workbook setting).
 * When the add-in's edition is newer, the pane says which cells would change, and offers to update
 * them (enter every ASEAN formula again) or keep them (convert those cells to the values they show,
 * listed on ASEAN sources); either way the workbook then records the current edition.
 */
import { core } from "../../core/api";
import { qualified } from "../a1";
import { excelHost } from "../excel-host";
import { detectCapabilities } from "../requirements";
import { compareEditions, computeNow, sameShown } from "./edition-check";
import { argResolver, findAseanCells } from "./find-asean-cells";
import type { OperationOptions, PrepareResult } from "./operation-types";
import { convertToValues } from "./prepare-sharing";
import { cellOf } from "./read-workbook";
import { readAseanWorkbook, recalculateAseanCells, type ReenterResult } from "./reenter-formulas";
import { COMPUTED_EDITION, queueEditionRecord, readSettings } from "./workbook-settings";

export interface CellChange {
  readonly cell: string;
  /** The formula's own cell, for the cells of a spilled result. */
  readonly formulaCell: string;
  readonly was: unknown;
  readonly now: unknown;
}

export interface EditionCheck {
  readonly current: string;
  /** The edition the workbook recorded; undefined when it recorded none. */
  readonly recorded?: string;
  readonly changes: readonly CellChange[];
  /** ASEAN cells whose formula cannot be computed outside Excel (nested in other formulas, computed arguments). */
  readonly unchecked: number;
  readonly checked: number;
}

/** The recorded edition; undefined when none is recorded or the host cannot keep settings. */
export async function recordedEdition(): Promise<string | undefined> {
  const host = excelHost();
  if (!host || !detectCapabilities().settings) return undefined;
  const v = (await readSettings(host, [COMPUTED_EDITION])).get(COMPUTED_EDITION);
  return typeof v === "string" ? v : undefined;
}

/** Records the add-in's edition as the one the workbook's ASEAN cells were computed with. */
export async function recordEdition(): Promise<void> {
  const host = excelHost();
  if (!host || !detectCapabilities().settings) return;
  await host.run(async (context) => {
    queueEditionRecord(context);
    await context.sync();
  });
}

/** The recorded edition is older than the add-in's: its cells may hold the older data. */
export const isOutdated = (recorded: string | undefined): boolean =>
  recorded !== undefined && compareEditions(recorded, core().edition()) < 0;

/** Computes every ASEAN cell again through the core and lists those whose value would change. */
export async function checkEdition(options: OperationOptions = {}): Promise<EditionCheck | undefined> {
  const recorded = await recordedEdition();
  const book = await readAseanWorkbook(options);
  if (!book) return undefined;
  const changes: CellChange[] = [];
  let unchecked = 0;
  const { live } = findAseanCells(book.grids.values());
  for (const cell of live) {
    const now = computeNow(cell.formula, argResolver(cell, book.grids, new Map()));
    if (!now) {
      unchecked++;
      continue;
    }
    const formulaCell = qualified(cell.sheet, { row: cell.row, col: cell.col, rows: 1, cols: 1 });
    now.forEach((row, r) =>
      row.forEach((v, c) => {
        const was = cellOf(book.grids.get(cell.sheet), cell.row + r, cell.col + c)?.value;
        if (!sameShown(was, v))
          changes.push({
            cell: qualified(cell.sheet, { row: cell.row + r, col: cell.col + c, rows: 1, cols: 1 }),
            formulaCell,
            was,
            now: v,
          });
      }),
    );
  }
  return {
    current: core().edition(),
    ...(recorded ? { recorded } : {}),
    changes,
    unchecked,
    checked: live.length - unchecked,
  };
}

/** "update": every ASEAN formula computes again with the current data (which records the edition). */
export const updateToCurrentEdition = (options: OperationOptions = {}): Promise<ReenterResult> =>
  recalculateAseanCells(options);

/**
 * "keep": the cells that would change become the values they show, listed on ASEAN sources with the edition that
 * computed them.
 */
export async function keepEditionValues(check: EditionCheck, options: OperationOptions = {}): Promise<PrepareResult> {
  const formulas = new Set(check.changes.map((c) => c.formulaCell));
  const result = await convertToValues({
    ...options,
    only: (cell) => formulas.has(cell),
    ...(check.recorded ? { computedWith: check.recorded } : {}),
  });
  if (result.ok) await recordEdition();
  return result;
}

/**
 * Reading a whole workbook for the operations on its ASEAN cells: first a survey (sheets, their
 * protection, used ranges, the selection) in one batch of two round trips, then the formulas and
 * values of the used ranges in bands of whole rows, each band small enough for one request.
 */
import { boxAddress, parseBox, splitQualified, type Box } from "../a1";
import type { ExcelHost } from "../excel-host";
import type { Capabilities } from "../requirements";
import { packBatches, rowBands, SCAN_CELLS } from "./batches";
import { SOURCES_SHEET } from "./sources-sheet";

export interface SheetSurvey {
  readonly name: string;
  readonly protected: boolean;
  /** The used range (cells with values or formulas); undefined for an empty sheet or one not measured. */
  readonly used?: Box;
}

export interface Survey {
  readonly sheets: readonly SheetSurvey[];
  /** Known from ExcelApi 1.7 only. */
  readonly structureProtected?: boolean;
  /** The sheet "ASEAN sources", when the workbook has one. */
  readonly sources?: SheetSurvey;
  readonly selection?: { readonly sheet: string; readonly box: Box };
}

/** "Sheet1!B2:D9" as a sheet name and a box. */
export function parseQualified(address: string): { sheet: string; box: Box } | undefined {
  const { sheet, ref } = splitQualified(address);
  const box = parseBox(ref);
  return sheet !== undefined && box ? { sheet, box } : undefined;
}

/**
 * The survey. `measure` says which sheets' used ranges to read (the sources sheet's always is);
 * `selection` also reads the selected range.
 */
export async function surveyWorkbook(
  host: ExcelHost,
  caps: Capabilities,
  options: { selection: boolean; measure: (sheet: string, selection?: string) => boolean },
): Promise<Survey> {
  return host.run(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name, items/protection/protected");
    const structure = caps.workbookProtection ? wb.protection.load("protected") : undefined;
    const selected = options.selection ? wb.getSelectedRange().load("address") : undefined;
    await context.sync();

    const selection = selected ? parseQualified(selected.address) : undefined;
    const measured = sheets.items.filter((s) => s.name === SOURCES_SHEET || options.measure(s.name, selection?.sheet));
    const used = measured.map((s) => {
      const range = caps.nullObjects ? s.getUsedRangeOrNullObject(true) : s.getUsedRange(true);
      return [s.name, range.load("address")] as const;
    });
    await context.sync();

    const usedBy = new Map(
      used.filter(([, r]) => !r.isNullObject).map(([name, r]) => [name, parseQualified(r.address)?.box]),
    );
    const all = sheets.items.map((s): SheetSurvey => {
      const box = usedBy.get(s.name);
      return { name: s.name, protected: s.protection.protected, ...(box ? { used: box } : {}) };
    });
    const sources = all.find((s) => s.name === SOURCES_SHEET);
    return {
      sheets: all.filter((s) => s.name !== SOURCES_SHEET),
      ...(structure ? { structureProtected: structure.protected } : {}),
      ...(sources ? { sources } : {}),
      ...(selection ? { selection } : {}),
    };
  });
}

/** The formulas and values of a rectangle of one sheet, row by row. */
export interface SheetGrid {
  readonly sheet: string;
  readonly area: Box;
  readonly formulas: unknown[][];
  readonly values: unknown[][];
}

/** The cell at a sheet position, when the grid holds it. */
export function cellOf(
  grid: SheetGrid | undefined,
  row: number,
  col: number,
): { formula: unknown; value: unknown } | undefined {
  if (!grid) return undefined;
  const r = row - grid.area.row;
  const c = col - grid.area.col;
  if (r < 0 || c < 0 || r >= grid.area.rows || c >= grid.area.cols) return undefined;
  return { formula: grid.formulas[r][c], value: grid.values[r][c] };
}

/**
 * Reads the given areas in bands of at most SCAN_CELLS cells, several small bands to a round trip;
 * each round trip is one Excel.run with one sync. `onBand` reports the cells read so far.
 */
export async function scanAreas(
  host: ExcelHost,
  areas: readonly { sheet: string; area: Box }[],
  onBand?: (cellsRead: number) => void,
): Promise<Map<string, SheetGrid>> {
  const grids = new Map<string, SheetGrid>();
  for (const { sheet, area } of areas) {
    grids.set(sheet, {
      sheet,
      area,
      formulas: new Array<unknown[]>(area.rows),
      values: new Array<unknown[]>(area.rows),
    });
  }
  const bands = areas.flatMap(({ sheet, area }) => rowBands(area, SCAN_CELLS).map((band) => ({ sheet, band })));
  let read = 0;
  for (const batch of packBatches(bands, (b) => b.band.rows * b.band.cols, SCAN_CELLS)) {
    await host.run(async (context) => {
      const loads = batch.map(({ sheet, band }) => ({
        sheet,
        band,
        range: context.workbook.worksheets.getItem(sheet).getRange(boxAddress(band)).load("formulas, values"),
      }));
      await context.sync();
      for (const { sheet, band, range } of loads) {
        const grid = grids.get(sheet) as SheetGrid;
        range.formulas.forEach((row, i) => {
          grid.formulas[band.row - grid.area.row + i] = row;
          grid.values[band.row - grid.area.row + i] = range.values[i];
        });
        read += band.rows * band.cols;
      }
    });
    onBand?.(read);
  }
  return grids;
}

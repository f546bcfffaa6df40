/**
 * The first of an insert's two round trips: everything the write depends on, queued as loads in one
 * batch. The block is reached from the active cell by navigation (getResizedRange), so its contents
 * can be loaded before its address is known.
 */
import { parseAreas, type Box } from "./a1";
import { chartSearchArea, takenCells, type SheetPatch } from "./chart-placement";
import { blockRows, layoutBlock, type BlockShape } from "./layout";
import type { Capabilities } from "./requirements";
import { COMPUTED_EDITION } from "./workbook/workbook-settings";

interface PatchReads {
  readonly cells: Excel.Range;
  readonly columns: Excel.RangeFormat[];
  readonly rows: Excel.RangeFormat[];
}

export interface TargetReads {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly structure?: Excel.WorkbookProtection;
  readonly edition?: Excel.Setting;
  readonly selection?: {
    readonly block: Excel.Range;
    readonly sheet: Excel.Worksheet;
    readonly protection: Excel.WorksheetProtection;
    readonly charts: Excel.ChartCollection;
    readonly columns: Excel.RangeFormat[];
    readonly sheetTables: Excel.TableCollection;
    readonly tables?: Excel.TableScopedCollection;
    readonly merges?: Excel.RangeAreas;
    readonly patch?: PatchReads;
  };
}

export interface TargetState {
  readonly sheetNames: string[];
  readonly tableNames: string[];
  readonly definedNames: string[];
  /** Known only from ExcelApi 1.7: the workbook's structure is protected (no sheet can be added). */
  readonly structureProtected?: boolean;
  /** Known only from ExcelApi 1.4: the workbook records the dataset edition its ASEAN cells were computed with. */
  readonly editionRecorded?: boolean;
  /** Present when inserting at the selection. */
  readonly selection?: {
    readonly sheet: string;
    readonly anchor: { readonly row: number; readonly col: number };
    readonly chartNames: string[];
    /** Current width (points) of each column of the block, so the insert only ever widens. */
    readonly columnWidths: number[];
    /** Number formats of the block as they were, so a failed insert can put them back. */
    readonly numberFormats: string[][];
    /** The first cell of the block that holds anything; undefined when the block is empty. */
    readonly occupied?: { readonly row: number; readonly col: number };
    /** A table already reaching into the block (its empty rows pass the emptiness check). */
    readonly overlappingTable?: string;
    /** The block's tables were read (ExcelApi 1.9); before, only their names are known. */
    readonly tablesSeen: boolean;
    /** Every table on the sheet: before ExcelApi 1.9 their extent cannot be read in the same round trip. */
    readonly sheetTables: string[];
    readonly protected: boolean;
    /** Merged areas of the sheet; undefined before ExcelApi 1.13, which cannot list them. */
    readonly merges?: Box[];
    /** The cells around the block where the chart may go; present when a chart is to be drawn. */
    readonly patch?: SheetPatch;
  };
}

export interface ReadRequest {
  readonly shape: BlockShape;
  readonly target: "selection" | "newSheet";
  /** Read the cells, column widths and row heights where the chart may go. */
  readonly chart: boolean;
}

function queuePatch(active: Excel.Range, request: ReadRequest): PatchReads {
  // The area relative to the block's own first cell, whose address is unknown until the sync.
  const area = chartSearchArea(layoutBlock(request.shape, { row: 0, col: 0 }));
  const cells = active.getOffsetRange(area.row, area.col).getResizedRange(area.rows - 1, area.cols - 1);
  cells.load("rowIndex, columnIndex, values, formulas");
  return {
    cells,
    columns: Array.from({ length: area.cols }, (_, i) => cells.getColumn(i).format.load("columnWidth")),
    rows: Array.from({ length: area.rows }, (_, i) => cells.getRow(i).format.load("rowHeight")),
  };
}

export function queueReads(context: Excel.RequestContext, request: ReadRequest, caps: Capabilities): TargetReads {
  const { shape } = request;
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name");
  const structure = caps.workbookProtection ? wb.protection.load("protected") : undefined;
  const edition = caps.settings ? wb.settings.getItemOrNullObject(COMPUTED_EDITION).load("value") : undefined;
  const base = { sheets, tables, names, ...(structure ? { structure } : {}), ...(edition ? { edition } : {}) };
  if (request.target === "newSheet") return base;

  const active = caps.activeCell ? wb.getActiveCell() : wb.getSelectedRange().getCell(0, 0);
  const block = active.getResizedRange(blockRows(shape) - 1, shape.columns - 1);
  // Formulas catch cells whose value is "" (a formula returning ""); values catch cells filled by a
  // spill from elsewhere, whose formulas read "".
  block.load("rowIndex, columnIndex, values, formulas, numberFormat");
  const sheet = active.worksheet.load("name");
  const protection = sheet.protection.load("protected");
  const charts = sheet.charts.load("items/name");
  const sheetTables = sheet.tables.load("items/name");
  const columns = Array.from({ length: shape.columns }, (_, i) => block.getColumn(i).format.load("columnWidth"));
  // Before 1.9 this cannot be seen in the same round trip; the insert then refuses a sheet with tables.
  const inBlock = caps.rangeTables ? block.getTables(false).load("items/name") : undefined;
  // Merged areas are listed by their top-left cell only, so a merge reaching into the block from
  // outside is found by asking for the whole sheet's.
  const merges = caps.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject().load("address") : undefined;
  const patch = request.chart ? queuePatch(active, request) : undefined;
  return {
    ...base,
    selection: {
      block,
      sheet,
      protection,
      charts,
      columns,
      sheetTables,
      ...(inBlock ? { tables: inBlock } : {}),
      ...(merges ? { merges } : {}),
      ...(patch ? { patch } : {}),
    },
  };
}

const isEmpty = (v: unknown): boolean => v === "" || v === null || v === undefined;

/** Whether each cell holds anything, by value or by formula. */
function filledCells(values: unknown[][], formulas: unknown[][]): boolean[][] {
  return values.map((row, r) => row.map((v, c) => !isEmpty(v) || !isEmpty(formulas[r]?.[c])));
}

function firstOccupied(filled: boolean[][], top: number, left: number): { row: number; col: number } | undefined {
  for (let r = 0; r < filled.length; r++) {
    const c = filled[r].indexOf(true);
    if (c >= 0) return { row: top + r, col: left + c };
  }
  return undefined;
}

function readPatch(reads: PatchReads, block: Box, merges: readonly Box[]): SheetPatch {
  const { cells } = reads;
  const area = {
    row: cells.rowIndex,
    col: cells.columnIndex,
    rows: cells.values.length,
    cols: cells.values[0]?.length ?? 0,
  };
  return {
    area,
    taken: takenCells(area, filledCells(cells.values, cells.formulas), block, merges),
    widths: reads.columns.map((f) => f.columnWidth),
    heights: reads.rows.map((f) => f.rowHeight),
  };
}

/** Only called after the sync: every property read here was loaded above. */
export function readTarget(reads: TargetReads): TargetState {
  const base = {
    sheetNames: reads.sheets.items.map((s) => s.name),
    tableNames: reads.tables.items.map((t) => t.name),
    definedNames: reads.names.items.map((n) => n.name),
    ...(reads.structure ? { structureProtected: reads.structure.protected } : {}),
    ...(reads.edition ? { editionRecorded: !reads.edition.isNullObject } : {}),
  };
  const sel = reads.selection;
  if (!sel) return base;
  const { block } = sel;
  const occupied = firstOccupied(filledCells(block.values, block.formulas), block.rowIndex, block.columnIndex);
  const overlapping = sel.tables?.items[0]?.name;
  const merges = sel.merges ? (sel.merges.isNullObject ? [] : parseAreas(sel.merges.address)) : undefined;
  const box = {
    row: block.rowIndex,
    col: block.columnIndex,
    rows: block.values.length,
    cols: block.values[0]?.length ?? 0,
  };
  return {
    ...base,
    selection: {
      sheet: sel.sheet.name,
      anchor: { row: block.rowIndex, col: block.columnIndex },
      chartNames: sel.charts.items.map((c) => c.name),
      columnWidths: sel.columns.map((c) => c.columnWidth),
      numberFormats: block.numberFormat,
      tablesSeen: sel.tables !== undefined,
      sheetTables: sel.sheetTables.items.map((t) => t.name),
      protected: sel.protection.protected,
      ...(occupied ? { occupied } : {}),
      ...(overlapping ? { overlappingTable: overlapping } : {}),
      ...(merges ? { merges } : {}),
      ...(sel.patch ? { patch: readPatch(sel.patch, box, merges ?? []) } : {}),
    },
  };
}

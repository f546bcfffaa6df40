/**
 * The first of an insert's two round trips: everything the write depends on, queued as loads in one
 * batch. The block is reached from the active cell by navigation (getResizedRange), so its contents
 * can be loaded before its address is known.
 */
import { blockRows, type BlockShape } from "./layout";
import type { Capabilities } from "./requirements";

export interface TargetReads {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly selection?: {
    readonly block: Excel.Range;
    readonly sheet: Excel.Worksheet;
    readonly charts: Excel.ChartCollection;
    readonly columns: Excel.RangeFormat[];
    readonly tables?: Excel.TableScopedCollection;
  };
}

export interface TargetState {
  readonly sheetNames: string[];
  readonly tableNames: string[];
  readonly definedNames: string[];
  /** Present when inserting at the selection. */
  readonly selection?: {
    readonly sheet: string;
    readonly anchor: { readonly row: number; readonly col: number };
    readonly chartNames: string[];
    /** Current width (points) of each column of the block, so the insert only ever widens. */
    readonly columnWidths: number[];
    /** The first cell of the block that holds anything; undefined when the block is empty. */
    readonly occupied?: { readonly row: number; readonly col: number };
    /** A table already reaching into the block (its empty rows pass the emptiness check). */
    readonly overlappingTable?: string;
  };
}

export function queueReads(context: Excel.RequestContext, shape: BlockShape, target: "selection" | "newSheet", caps: Capabilities): TargetReads {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name");
  if (target === "newSheet") return { sheets, tables, names };

  const active = caps.activeCell ? wb.getActiveCell() : wb.getSelectedRange().getCell(0, 0);
  const block = active.getResizedRange(blockRows(shape) - 1, shape.columns - 1);
  // Formulas catch cells whose value is "" (a formula returning ""); values catch cells filled by a
  // spill from elsewhere, whose formulas read "".
  block.load("rowIndex, columnIndex, values, formulas");
  const sheet = active.worksheet.load("name");
  const charts = sheet.charts.load("items/name");
  const columns = Array.from({ length: shape.columns }, (_, i) => block.getColumn(i).format.load("columnWidth"));
  // Before 1.9 this cannot be seen in the same round trip; tables.add then fails on the overlap.
  const inBlock = caps.rangeTables ? block.getTables(false).load("items/name") : undefined;
  return { sheets, tables, names, selection: { block, sheet, charts, columns, ...(inBlock ? { tables: inBlock } : {}) } };
}

const isEmpty = (v: unknown): boolean => v === "" || v === null || v === undefined;

function firstOccupied(values: unknown[][], formulas: unknown[][], top: number, left: number): { row: number; col: number } | undefined {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (!isEmpty(values[r][c]) || !isEmpty(formulas[r]?.[c])) return { row: top + r, col: left + c };
    }
  }
  return undefined;
}

/** Only called after the sync: every property read here was loaded above. */
export function readTarget(reads: TargetReads): TargetState {
  const base = {
    sheetNames: reads.sheets.items.map((s) => s.name),
    tableNames: reads.tables.items.map((t) => t.name),
    definedNames: reads.names.items.map((n) => n.name),
  };
  const sel = reads.selection;
  if (!sel) return base;
  const { block } = sel;
  const occupied = firstOccupied(block.values, block.formulas, block.rowIndex, block.columnIndex);
  const overlapping = sel.tables?.items[0]?.name;
  return {
    ...base,
    selection: {
      sheet: sel.sheet.name,
      anchor: { row: block.rowIndex, col: block.columnIndex },
      chartNames: sel.charts.items.map((c) => c.name),
      columnWidths: sel.columns.map((c) => c.columnWidth),
      ...(occupied ? { occupied } : {}),
      ...(overlapping ? { overlappingTable: overlapping } : {}),
    },
  };
}

/**
 * When Excel stops an insert part-way, the operations before the failure stay applied. This batch
 * removes them again: the sheet the insert added, or else the tables and charts it added, what it wrote
 * into the block (which was empty before) and the column widths it changed. Then it reads back what
 * is left, so the message can say exactly what, if anything, remains.
 */
import { boxAddress, columnLetters, qualified, type Box } from "./a1";
import { errorText, type ExcelHost } from "./excel-host";

/** What an insert may have left behind, known before it wrote anything. */
export interface InsertFootprint {
  readonly sheet: string;
  /** The sheet was added by the insert: deleting it removes everything. */
  readonly isNew: boolean;
  readonly block: Box;
  /** Tables of the workbook and charts of the sheet before the insert: any others are the insert's. */
  readonly tablesBefore: readonly string[];
  readonly chartsBefore: readonly string[];
  /** Widths (points) before the insert of the block's columns it widened, by column index within the block. */
  readonly widthsBefore?: ReadonlyMap<number, number>;
  /** The block's number formats before the insert. */
  readonly formatsBefore?: readonly (readonly string[])[];
}

/** What is left after the clean-up, as found by reading the workbook again. */
export interface Leftovers {
  readonly sheet?: string;
  readonly tables: string[];
  readonly charts: string[];
  /** Cells of the block holding something. */
  readonly cells: number;
  /** Cells of the block whose number format differs from before. */
  readonly formats: number;
  /** Columns (sheet indexes) still wider than before. */
  readonly widths: number[];
}

interface LeftoverReads {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables?: Excel.TableCollection;
  readonly charts?: Excel.ChartCollection;
  readonly block?: Excel.Range;
  readonly widths?: Map<number, Excel.RangeFormat>;
}

const columnOf = (sheet: Excel.Worksheet, block: Box, i: number): Excel.Range =>
  sheet.getRange(boxAddress({ ...block, col: block.col + i, cols: 1 }));

function queueLeftoverReads(context: Excel.RequestContext, f: InsertFootprint): LeftoverReads {
  const sheets = context.workbook.worksheets.load("items/name");
  if (f.isNew) return { sheets };
  const sheet = context.workbook.worksheets.getItem(f.sheet);
  return {
    sheets,
    tables: sheet.tables.load("items/name"),
    charts: sheet.charts.load("items/name"),
    block: sheet.getRange(boxAddress(f.block)).load("values, formulas, numberFormat"),
    widths: new Map(
      [...(f.widthsBefore?.keys() ?? [])].map((i) => [i, columnOf(sheet, f.block, i).format.load("columnWidth")]),
    ),
  };
}

const filled = (v: unknown): boolean => v !== "" && v !== null && v !== undefined;

function leftovers(reads: LeftoverReads, f: InsertFootprint): Leftovers {
  const sheetThere = reads.sheets.items.some((s) => s.name === f.sheet);
  if (f.isNew)
    return { ...(sheetThere ? { sheet: f.sheet } : {}), tables: [], charts: [], cells: 0, formats: 0, widths: [] };
  const block = reads.block as Excel.Range;
  let cells = 0;
  let formats = 0;
  block.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (filled(v) || filled(block.formulas[r][c])) cells++;
      if (f.formatsBefore && block.numberFormat[r][c] !== f.formatsBefore[r]?.[c]) formats++;
    }),
  );
  return {
    tables: (reads.tables?.items ?? []).map((t) => t.name).filter((n) => !f.tablesBefore.includes(n)),
    charts: (reads.charts?.items ?? []).map((c) => c.name).filter((n) => !f.chartsBefore.includes(n)),
    cells,
    formats,
    widths: [...(reads.widths ?? [])]
      .filter(([i, w]) => w.columnWidth !== f.widthsBefore?.get(i))
      .map(([i]) => f.block.col + i),
  };
}

/** Queues the removal of whatever the insert added, as found by the first read. */
function queueRemoval(context: Excel.RequestContext, f: InsertFootprint, found: Leftovers): void {
  const sheets = context.workbook.worksheets;
  if (f.isNew) {
    if (found.sheet) sheets.getItem(f.sheet).delete();
    return;
  }
  const sheet = sheets.getItem(f.sheet);
  for (const name of found.charts) sheet.charts.getItem(name).delete();
  for (const name of found.tables) sheet.tables.getItem(name).delete();
  const block = sheet.getRange(boxAddress(f.block));
  block.clear("All");
  // Clearing leaves "General"; only other formats need putting back (null leaves a cell as it is).
  if (f.formatsBefore?.some((r) => r.some((x) => x !== "General")))
    block.numberFormat = f.formatsBefore.map((r) => r.map((x) => (x === "General" ? null : x)));
  f.widthsBefore?.forEach((w, i) => {
    columnOf(sheet, f.block, i).format.columnWidth = w;
  });
}

/** "the sheet 'Figure 2'", "the table ASEAN_Figure2", "12 cells of Sheet1!B3:H20": one phrase per thing left. */
export function describeLeftovers(left: Leftovers, f: InsertFootprint): string[] {
  const where = qualified(f.sheet, f.block);
  return [
    ...(left.sheet ? [`the new sheet ${left.sheet}`] : []),
    ...left.tables.map((t) => `the table ${t}`),
    ...left.charts.map((c) => `the chart ${c}`),
    ...(left.cells > 0 ? [`${left.cells} filled cell${left.cells === 1 ? "" : "s"} in ${where}`] : []),
    ...(left.formats > 0
      ? [`changed number formats in ${left.formats} cell${left.formats === 1 ? "" : "s"} of ${where}`]
      : []),
    ...(left.widths.length > 0
      ? [`wider column${left.widths.length === 1 ? "" : "s"} ${left.widths.map(columnLetters).join(", ")}`]
      : []),
  ];
}

/**
 * Removes what a failed insert wrote, in one batch of two round trips (find, then remove and read
 * back). If that batch fails too, a last read says what is left. Returns the phrases of what remains,
 * empty when nothing does, or undefined when even the workbook could not be read.
 */
export async function undoInsert(
  host: ExcelHost,
  f: InsertFootprint,
): Promise<{ remains?: string[]; problem?: string }> {
  try {
    return await host.run(async (context) => {
      const first = queueLeftoverReads(context, f);
      await context.sync();
      queueRemoval(context, f, leftovers(first, f));
      const after = queueLeftoverReads(context, f);
      await context.sync();
      return { remains: describeLeftovers(leftovers(after, f), f) };
    });
  } catch (error) {
    const problem = errorText(error);
    try {
      return await host.run(async (context) => {
        const reads = queueLeftoverReads(context, f);
        await context.sync();
        return { remains: describeLeftovers(leftovers(reads, f), f), problem };
      });
    } catch {
      return { problem };
    }
  }
}

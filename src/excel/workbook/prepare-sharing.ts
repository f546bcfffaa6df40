/**
 * Prepare for sharing: every ASEAN.* formula of the workbook (or of the selection) becomes its current
 * value, spilled results included, so that a recipient without the add-in sees numbers instead of
 * #NAME?. Number formats stay, since only the cells' contents are written. Each converted cell gets a
 * row on the sheet "ASEAN sources" (address, value, former formula, citation, edition), written in the
 * same round trip as the cells themselves and before them: whatever is converted is always listed,
 * and Restore live formulas can put it back.
 */
import { core } from "../../core/api";
import type { Language } from "../../core/i18n/language";
import { boxAddress, qualified, type Box } from "../a1";
import { errorText, excelHost, type ExcelHost } from "../excel-host";
import { detectCapabilities, MINIMUM_EXCEL_API, type Capabilities } from "../requirements";
import { packBatches, payloadBytes, REQUEST_BUDGET_BYTES } from "./batches";
import { citeCell } from "./cell-citation";
import { workbookCellLanguage } from "./cell-language";
import { constantFor, isErrorText, type CellValue } from "./cell-values";
import {
  argResolver,
  cellKey,
  findAseanCells,
  readCellDetails,
  type AseanCell,
  type CellDetails,
} from "./find-asean-cells";
import type { OperationOptions, PrepareResult } from "./operation-types";
import { cellOf, scanAreas, surveyWorkbook, type SheetGrid, type Survey } from "./read-workbook";
import {
  headRows,
  recordRow,
  FIRST_RECORD_ROW,
  SOURCES_COLUMNS,
  SOURCES_SHEET,
  SOURCES_WIDTHS,
  type SourceRecord,
} from "./sources-sheet";

/** One formula and the cells its result fills: written together, never split across batches. */
interface Conversion {
  readonly cell: AseanCell;
  readonly box: Box;
  readonly written: CellValue[][];
  readonly records: SourceRecord[];
}

export interface ConvertRequest extends OperationOptions {
  /** Only ASEAN cells inside the selection. */
  readonly selection?: boolean;
  /** Only the cells this accepts (by qualified address of the formula's cell). */
  readonly only?: (cell: string) => boolean;
  /** The edition that computed the values the cells show, when older than the add-in's. */
  readonly computedWith?: string;
}

const readBack = (v: unknown): CellValue =>
  typeof v === "number" || typeof v === "boolean" ? v : v === null || v === undefined ? "" : String(v);

/**
 * The edition column and the citation's lead-in: values shown from an older edition say so, as the citation is the
 * current one's.
 */
interface Provenance {
  readonly edition: string;
  readonly lead: string;
}

function provenance(computedWith: string | undefined, language: Language): Provenance {
  const current = core().edition();
  if (!computedWith || computedWith === current) return { edition: current, lead: "" };
  return {
    edition: computedWith,
    lead:
      language === "zh"
        ? `数值按数据集版本 ${computedWith} 计算；出处按版本 ${current} 引用：`
        : `Value computed with edition ${computedWith}; cited as in edition ${current}: `,
  };
}

function conversionOf(
  cell: AseanCell,
  details: CellDetails,
  grids: ReadonlyMap<string, SheetGrid>,
  from: Provenance,
  language: Language,
): Conversion {
  const box = details.extent.get(cellKey(cell)) ?? { row: cell.row, col: cell.col, rows: 1, cols: 1 };
  const grid = grids.get(cell.sheet);
  const values = Array.from({ length: box.rows }, (_, r) =>
    Array.from({ length: box.cols }, (_, c) => cellOf(grid, box.row + r, box.col + c)?.value ?? ""),
  );
  const resolve = argResolver(cell, grids, details.refs);
  const anchor = cellKey(cell);
  const records: SourceRecord[] = [];
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const first = r === 0 && c === 0;
      const cited = citeCell(cell.formula, resolve, { row: r, col: c, values }, language);
      records.push({
        cell: qualified(cell.sheet, { row: box.row + r, col: box.col + c, rows: 1, cols: 1 }),
        value: readBack(value),
        formula: first ? cell.formula : "",
        spilledFrom: first ? "" : anchor,
        citation: cited && from.lead + cited,
        edition: from.edition,
      });
    }),
  );
  return { cell, box, written: values.map((row) => row.map(constantFor)), records };
}

/** Why nothing can be converted: a protected sheet holding ASEAN cells, or no way to write the sources sheet. */
function obstacle(survey: Survey, cells: readonly AseanCell[]): string | undefined {
  const locked = survey.sheets.filter((s) => s.protected && cells.some((c) => c.sheet === s.name)).map((s) => s.name);
  if (locked.length > 0) {
    const where =
      locked.length === 1
        ? `The sheet ${locked[0]} is protected and holds`
        : `The sheets ${locked.join(", ")} are protected and hold`;
    return (
      `${where} ` +
      `ASEAN formulas. Nothing was converted: unprotect ${locked.length === 1 ? "it" : "them"} (Review > Unprotect ` +
      `Sheet) and try again.`
    );
  }
  if (survey.sources?.protected)
    return (
      `The sheet ${SOURCES_SHEET} is protected, so the sources of converted cells cannot be listed there. Nothing ` +
      `was converted: unprotect it and try again.`
    );
  if (!survey.sources && survey.structureProtected)
    return (
      `The workbook's structure is protected, so the sheet ${SOURCES_SHEET} cannot be added to list the sources. ` +
      `Nothing was converted: unprotect the workbook (Review > Protect Workbook) and try again.`
    );
  return undefined;
}

/** Queues the creation of the sources sheet: the title rows, column widths and a bold header row. */
function queueSourcesSheet(context: Excel.RequestContext, language: Language): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(SOURCES_SHEET);
  const head = headRows(language);
  sheet.getRange(boxAddress({ row: 0, col: 0, rows: head.length, cols: SOURCES_COLUMNS.length })).values = head;
  sheet.getRange(boxAddress({ row: 0, col: 0, rows: 1, cols: 1 })).format.font.bold = true;
  sheet.getRange(boxAddress({ row: head.length - 1, col: 0, rows: 1, cols: SOURCES_COLUMNS.length })).format.font.bold =
    true;
  SOURCES_WIDTHS.forEach((w, i) => {
    sheet.getRange(boxAddress({ row: 0, col: i, rows: 1, cols: 1 })).format.columnWidth = w;
  });
  return sheet;
}

/** Writes the conversions batch by batch; returns the cells converted, and the error that stopped it, if any. */
async function writeBatches(
  host: ExcelHost,
  caps: Capabilities,
  batches: Conversion[][],
  firstRow: number,
  createSources: boolean,
  language: Language,
  report: (done: number) => void,
): Promise<{ cells: number; error?: unknown }> {
  let row = firstRow;
  let cells = 0;
  for (const [i, batch] of batches.entries()) {
    try {
      await host.run(async (context) => {
        const wb = context.workbook;
        if (caps.suspendCalculation) wb.application.suspendApiCalculationUntilNextSync();
        const sources =
          i === 0 && createSources ? queueSourcesSheet(context, language) : wb.worksheets.getItem(SOURCES_SHEET);
        const rows = batch.flatMap((c) => c.records.map(recordRow));
        sources.getRange(boxAddress({ row, col: 0, rows: rows.length, cols: SOURCES_COLUMNS.length })).values = rows;
        for (const c of batch) wb.worksheets.getItem(c.cell.sheet).getRange(boxAddress(c.box)).values = c.written;
        await context.sync();
      });
    } catch (error) {
      return { cells, error };
    }
    const written = batch.reduce((n, c) => n + c.records.length, 0);
    row += written;
    cells += written;
    report(cells);
  }
  return { cells };
}

function summary(
  conversions: readonly Conversion[],
  broken: number,
): { cells: number; formulas: number; sheets: string[]; note: string } {
  const sheets = [...new Set(conversions.map((c) => c.cell.sheet))];
  const cells = conversions.reduce((n, c) => n + c.records.length, 0);
  const errors = conversions.reduce((n, c) => n + c.records.filter((r) => isErrorText(r.value)).length, 0);
  const notes = [
    ...(errors > 0
      ? [`${errors} of them hold an error value (such as #N/A where there is no data), kept as it is.`]
      : []),
    ...(broken > 0
      ? [
          `${broken} cell${broken === 1 ? "" : "s"} still show #NAME? because the workbook was saved without the ` +
            `add-in; repair them first (Repair ASEAN formulas) to convert them too.`,
        ]
      : []),
  ];
  return { cells, formulas: conversions.length, sheets, note: notes.length > 0 ? ` ${notes.join(" ")}` : "" };
}

/** Converts ASEAN formulas to their values, as asked; Prepare for sharing and "keep" both run this. */
export async function convertToValues(request: ConvertRequest = {}): Promise<PrepareResult> {
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here: open the add-in in Excel.", cells: 0 };
  const caps = detectCapabilities();
  if (!caps.resize)
    return {
      ok: false,
      reason: `This needs ExcelApi ${MINIMUM_EXCEL_API} or later, which this version of Excel does not support.`,
      cells: 0,
    };
  const report = (done: number, total: number, stage: "reading" | "writing"): void =>
    request.onProgress?.({ done, total, stage });
  let converted = 0;
  try {
    const survey = await surveyWorkbook(host, caps, {
      selection: request.selection === true,
      measure: (sheet, selected) => !request.selection || sheet === selected,
    });
    const targets = survey.sheets
      .filter((s) => s.used && (!request.selection || s.name === survey.selection?.sheet))
      .map((s) => ({ sheet: s.name, area: s.used as Box }));
    const total = targets.reduce((n, t) => n + t.area.rows * t.area.cols, 0);
    const grids = await scanAreas(host, targets, (read) => report(read, total, "reading"));
    const found = findAseanCells(grids.values(), request.selection ? survey.selection : undefined);
    const cells = request.only
      ? found.live.filter((c) => (request.only as (k: string) => boolean)(cellKey(c)))
      : found.live;
    const where = request.selection ? "the selection" : "this workbook";
    if (cells.length === 0) {
      const broken =
        found.broken.length > 0
          ? ` ${found.broken.length} cell${found.broken.length === 1 ? " shows" : "s show"} #NAME? instead: repair ` +
            `them first (Repair ASEAN formulas).`
          : "";
      return {
        ok: true,
        cells: 0,
        formulas: 0,
        sheets: [],
        batches: 0,
        message: `No ASEAN formulas to convert in ${where}.${broken}`,
      };
    }
    const blocked = obstacle(survey, cells);
    if (blocked) return { ok: false, reason: blocked, cells: 0 };

    const details = await readCellDetails(host, caps, cells, grids, new Set(survey.sheets.map((s) => s.name)));
    // What is written speaks as the workbook's ASEAN cells do, when the workbook fixes their language.
    const language = (await workbookCellLanguage()) ?? request.language ?? "en";
    const from = provenance(request.computedWith, language);
    const conversions = cells.map((c) => conversionOf(c, details, grids, from, language));
    const budget = request.budget ?? REQUEST_BUDGET_BYTES;
    const batches = packBatches(
      conversions,
      (c) => payloadBytes(c.written) + payloadBytes(c.records.map(recordRow)),
      budget,
    );
    const firstRow = Math.max(
      FIRST_RECORD_ROW,
      survey.sources?.used ? survey.sources.used.row + survey.sources.used.rows : 0,
    );
    const all = summary(conversions, found.broken.length);
    const done = await writeBatches(host, caps, batches, firstRow, !survey.sources, language, (n) =>
      report(n, all.cells, "writing"),
    );
    converted = done.cells;
    if (done.error !== undefined) {
      return {
        ok: false,
        cells: converted,
        reason:
          `Excel stopped after ${converted} of ${all.cells} cells (${errorText(done.error)}). Every cell converted ` +
          `so far is listed on the sheet ${SOURCES_SHEET}, so Restore live formulas can put it back; run this ` +
          `again to convert the rest.`,
      };
    }
    return {
      ok: true,
      cells: all.cells,
      formulas: all.formulas,
      sheets: all.sheets,
      batches: batches.length,
      message:
        `Converted ${all.formulas} ASEAN formula${all.formulas === 1 ? "" : "s"} (${all.cells} ` +
        `cell${all.cells === 1 ? "" : "s"}) on ${all.sheets.join(", ")} to values. Each is listed with its source ` +
        `on the sheet ${SOURCES_SHEET}.${all.note}`,
    };
  } catch (error) {
    return {
      ok: false,
      cells: converted,
      reason: `Nothing was converted: Excel could not read the workbook (${errorText(error)}).`,
    };
  }
}

/** The pane's and the ribbon's command: the whole workbook, or the selection. */
export function prepareForSharing(
  scope: "workbook" | "selection",
  options: OperationOptions = {},
): Promise<PrepareResult> {
  return convertToValues({ ...options, selection: scope === "selection" });
}

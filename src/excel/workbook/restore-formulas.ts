/**
 * Restore live formulas: puts back exactly the formulas Prepare for sharing converted, as listed on
 * the sheet "ASEAN sources". A formula comes back only where every cell of its result still holds the
 * value it was given; a cell changed since is left as the user made it and reported. Each batch writes
 * the formulas and then blanks their rows, so a row always stands for a cell still to restore; at the
 * end the sheet is compacted, or removed when nothing is left on it.
 */
import { boxAddress, type Box } from "../a1";
import { errorText, excelHost, type ExcelHost } from "../excel-host";
import { detectCapabilities, MINIMUM_EXCEL_API, type Capabilities } from "../requirements";
import { packBatches, payloadBytes, REQUEST_BUDGET_BYTES } from "./batches";
import { holdsConstant } from "./cell-values";
import type { EditedCell, OperationOptions, RestoreResult } from "./operation-types";
import { cellOf, parseQualified, scanAreas, surveyWorkbook, type SheetGrid, type Survey } from "./read-workbook";
import {
  parseRecords,
  recordRow,
  FIRST_RECORD_ROW,
  SOURCES_COLUMNS,
  SOURCES_SHEET,
  type FoundRecord,
} from "./sources-sheet";

const NOTHING_RESTORED = "Nothing was restored: Excel could not read the workbook";

/** A converted formula: its own record and those of the cells its result spilled into. */
interface Group {
  readonly sheet: string;
  readonly anchor: FoundRecord;
  readonly cells: readonly { readonly record: FoundRecord; readonly row: number; readonly col: number }[];
  /** The smallest box holding every cell of the group. */
  readonly box: Box;
}

function groupsOf(records: readonly FoundRecord[]): { groups: Group[]; orphans: FoundRecord[] } {
  const byAnchor = new Map<string, FoundRecord[]>();
  for (const r of records) {
    const key = r.spilledFrom === "" ? r.cell : r.spilledFrom;
    byAnchor.set(key, [...(byAnchor.get(key) ?? []), r]);
  }
  const groups: Group[] = [];
  const orphans: FoundRecord[] = [];
  for (const [key, members] of byAnchor) {
    const anchor = members.find((m) => m.spilledFrom === "" && m.cell === key);
    const at = members.map((m) => ({ record: m, place: parseQualified(m.cell) }));
    if (!anchor || at.some((a) => !a.place || a.place.sheet !== at[0].place?.sheet)) {
      orphans.push(...members);
      continue;
    }
    const cells = at.map((a) => ({
      record: a.record,
      row: (a.place as { box: Box }).box.row,
      col: (a.place as { box: Box }).box.col,
    }));
    const top = Math.min(...cells.map((c) => c.row));
    const left = Math.min(...cells.map((c) => c.col));
    const box = {
      row: top,
      col: left,
      rows: Math.max(...cells.map((c) => c.row)) - top + 1,
      cols: Math.max(...cells.map((c) => c.col)) - left + 1,
    };
    groups.push({ sheet: (at[0].place as { sheet: string }).sheet, anchor, cells, box });
  }
  return { groups, orphans };
}

type Verdict = { kind: "restore" } | { kind: "live" } | { kind: "edited"; cells: EditedCell[] } | { kind: "missing" };

/** Restorable, already live again, changed since, or on a sheet that is gone. */
function judge(group: Group, grid: SheetGrid | undefined): Verdict {
  if (!grid) return { kind: "missing" };
  const anchor = group.cells.find((c) => c.record === group.anchor) as Group["cells"][number];
  if (cellOf(grid, anchor.row, anchor.col)?.formula === group.anchor.formula) return { kind: "live" };
  const edited: EditedCell[] = [];
  for (const c of group.cells) {
    const now = cellOf(grid, c.row, c.col) ?? { formula: "", value: "" };
    const shownNow = typeof now.formula === "string" && now.formula.startsWith("=") ? now.formula : now.value;
    if (!holdsConstant(now, c.record.value))
      edited.push({ cell: c.record.cell, recorded: c.record.value, now: shownNow });
  }
  return edited.length > 0 ? { kind: "edited", cells: edited } : { kind: "restore" };
}

/**
 * The group's box as written back: the formula in its cell, the spilled cells emptied for the spill, the rest
 * untouched.
 */
function formulaMatrix(group: Group): (string | null)[][] {
  const m: (string | null)[][] = Array.from({ length: group.box.rows }, () =>
    new Array<string | null>(group.box.cols).fill(null),
  );
  for (const c of group.cells)
    m[c.row - group.box.row][c.col - group.box.col] = c.record === group.anchor ? group.anchor.formula : "";
  return m;
}

/** Consecutive sheet rows as runs, so blanking many rows takes few writes. */
function rowRuns(rows: readonly number[]): Box[] {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: Box[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === r) runs[runs.length - 1] = { ...last, rows: last.rows + 1 };
    else runs.push({ row: r, col: 0, rows: 1, cols: SOURCES_COLUMNS.length });
  }
  return runs;
}

const blankRows = (run: Box): string[][] => Array.from({ length: run.rows }, () => SOURCES_COLUMNS.map(() => ""));

async function writeRestores(
  host: ExcelHost,
  caps: Capabilities,
  batches: Group[][],
  report: (formulas: number, cells: number) => void,
): Promise<{ formulas: number; error?: unknown }> {
  let formulas = 0;
  let cells = 0;
  for (const batch of batches) {
    try {
      await host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        if (caps.suspendCalculation) context.workbook.application.suspendApiCalculationUntilNextSync();
        for (const g of batch) sheets.getItem(g.sheet).getRange(boxAddress(g.box)).formulas = formulaMatrix(g);
        const sources = sheets.getItem(SOURCES_SHEET);
        for (const run of rowRuns(batch.flatMap((g) => g.cells.map((c) => c.record.row))))
          sources.getRange(boxAddress(run)).values = blankRows(run);
        await context.sync();
      });
    } catch (error) {
      return { formulas, error };
    }
    formulas += batch.length;
    cells += batch.reduce((n, g) => n + g.cells.length, 0);
    report(formulas, cells);
  }
  return { formulas };
}

/**
 * Leaves on the sources sheet only the records still to restore, from its first record row; removes the sheet when none
 * are.
 */
async function compactSources(
  host: ExcelHost,
  survey: Survey,
  remaining: readonly FoundRecord[],
  used: Box,
  budget: number,
): Promise<void> {
  if (remaining.length === 0 && !survey.structureProtected) {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(SOURCES_SHEET).delete();
      await context.sync();
    });
    return;
  }
  const rows = remaining.map(recordRow);
  const batches = packBatches(rows, payloadBytes, budget);
  let at = FIRST_RECORD_ROW;
  for (const [i, batch] of [...batches, ...(batches.length === 0 ? [[]] : [])].entries()) {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SOURCES_SHEET);
      if (i === 0) {
        const bottom = used.row + used.rows;
        if (bottom > FIRST_RECORD_ROW)
          sheet
            .getRange(
              boxAddress({
                row: FIRST_RECORD_ROW,
                col: 0,
                rows: bottom - FIRST_RECORD_ROW,
                cols: SOURCES_COLUMNS.length,
              }),
            )
            .clear("Contents");
      }
      if (batch.length > 0)
        sheet.getRange(boxAddress({ row: at, col: 0, rows: batch.length, cols: SOURCES_COLUMNS.length })).values =
          batch;
      await context.sync();
    });
    at += batch.length;
  }
}

const listed = (cells: readonly string[]): string =>
  cells.length > 5 ? `${cells.slice(0, 5).join(", ")} and ${cells.length - 5} more` : cells.join(", ");
const shown = (v: unknown): string => (typeof v === "string" && v.startsWith("=") ? v : JSON.stringify(v));

function restoreMessage(
  formulas: number,
  cells: number,
  edited: readonly EditedCell[],
  missing: readonly string[],
): string {
  const parts = [
    formulas === 0
      ? "No formula was restored."
      : `Restored ${formulas} ASEAN formula${formulas === 1 ? "" : "s"} (${cells} cell${cells === 1 ? "" : "s"}).`,
  ];
  if (edited.length > 0) {
    parts.push(
      `${edited.length} converted cell${edited.length === 1 ? " was" : "s were"} changed since and ` +
        `keep${edited.length === 1 ? "s" : ""} what is there now, so ` +
        `${edited.length === 1 ? "its formula stays" : "their formulas stay"} listed on the sheet ` +
        `${SOURCES_SHEET}: ` +
        `${listed(edited.map((e) => `${e.cell} (was ${shown(e.recorded)}, now ${shown(e.now)})`))}.`,
    );
  }
  if (missing.length > 0)
    parts.push(
      `${missing.length} listed cell${missing.length === 1 ? "" : "s"} cannot be restored, as ` +
        `${missing.length === 1 ? "its" : "their"} sheet or formula row is gone: ${listed(missing)}.`,
    );
  return parts.join(" ");
}

export async function restoreLiveFormulas(options: OperationOptions = {}): Promise<RestoreResult> {
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here: open the add-in in Excel.", formulas: 0 };
  const caps = detectCapabilities();
  if (!caps.resize)
    return {
      ok: false,
      reason: `This needs ExcelApi ${MINIMUM_EXCEL_API} or later, which this version of Excel does not support.`,
      formulas: 0,
    };
  let restored = 0;
  try {
    const survey = await surveyWorkbook(host, caps, { selection: false, measure: () => false });
    const used = survey.sources?.used;
    if (!survey.sources || !used || used.row + used.rows <= FIRST_RECORD_ROW) {
      return {
        ok: true,
        formulas: 0,
        cells: 0,
        edited: [],
        missing: [],
        message: `Nothing to restore: this workbook has no converted cells listed on a sheet ${SOURCES_SHEET}.`,
      };
    }
    const listArea = {
      row: FIRST_RECORD_ROW,
      col: 0,
      rows: used.row + used.rows - FIRST_RECORD_ROW,
      cols: SOURCES_COLUMNS.length,
    };
    const list = (await scanAreas(host, [{ sheet: SOURCES_SHEET, area: listArea }])).get(SOURCES_SHEET) as SheetGrid;
    const records = parseRecords(list.values, FIRST_RECORD_ROW);
    const { groups, orphans } = groupsOf(records);

    // The current state of every listed cell, sheet by sheet, over the box its cells span.
    const sheetNames = new Set(survey.sheets.map((s) => s.name));
    const present = groups.filter((g) => sheetNames.has(g.sheet));
    const spans = [...new Set(present.map((g) => g.sheet))].map((sheet) => {
      const boxes = present.filter((g) => g.sheet === sheet).map((g) => g.box);
      const top = Math.min(...boxes.map((b) => b.row));
      const left = Math.min(...boxes.map((b) => b.col));
      const area = {
        row: top,
        col: left,
        rows: Math.max(...boxes.map((b) => b.row + b.rows)) - top,
        cols: Math.max(...boxes.map((b) => b.col + b.cols)) - left,
      };
      return { sheet, area };
    });
    const total = groups.reduce((n, g) => n + g.cells.length, 0);
    const grids = await scanAreas(host, spans, (read) =>
      options.onProgress?.({
        done: read,
        total: spans.reduce((n, s) => n + s.area.rows * s.area.cols, 0),
        stage: "reading",
      }),
    );

    const verdicts = groups.map((g) => ({ group: g, verdict: judge(g, grids.get(g.sheet)) }));
    const toRestore = verdicts.filter((v) => v.verdict.kind === "restore").map((v) => v.group);
    const locked = survey.sheets
      .filter((s) => s.protected && toRestore.some((g) => g.sheet === s.name))
      .map((s) => s.name);
    if (survey.sources.protected) locked.push(SOURCES_SHEET);
    if (locked.length > 0) {
      return {
        ok: false,
        formulas: 0,
        reason:
          `${locked.length === 1 ? `The sheet ${locked[0]} is` : `The sheets ${locked.join(", ")} are`} protected. ` +
          `Nothing was restored: unprotect ${locked.length === 1 ? "it" : "them"} (Review > Unprotect Sheet) and ` +
          `try again.`,
      };
    }

    const batches = packBatches(
      toRestore,
      (g) => payloadBytes(formulaMatrix(g)) + 64 * g.cells.length,
      options.budget ?? REQUEST_BUDGET_BYTES,
    );
    const done = await writeRestores(host, caps, batches, (_, cells) =>
      options.onProgress?.({ done: cells, total, stage: "writing" }),
    );
    restored = done.formulas;
    if (done.error !== undefined) {
      return {
        ok: false,
        formulas: restored,
        reason:
          `Excel stopped after restoring ${restored} of ${toRestore.length} formulas (${errorText(done.error)}). ` +
          `The rest stay listed on the sheet ${SOURCES_SHEET}: run Restore live formulas again.`,
      };
    }
    const edited = verdicts.flatMap((v) => (v.verdict.kind === "edited" ? v.verdict.cells : []));
    const missingGroups = verdicts.filter((v) => v.verdict.kind === "missing").map((v) => v.group);
    const kept = new Set(
      [...verdicts.filter((v) => v.verdict.kind === "edited").map((v) => v.group), ...missingGroups].flatMap((g) =>
        g.cells.map((c) => c.record),
      ),
    );
    const remaining = [...records.filter((r) => kept.has(r)), ...orphans].sort((a, b) => a.row - b.row);
    await compactSources(host, survey, remaining, used, options.budget ?? REQUEST_BUDGET_BYTES);
    const missing = [...missingGroups.map((g) => g.anchor.cell), ...orphans.map((o) => o.cell)];
    const cells = toRestore.reduce((n, g) => n + g.cells.length, 0);
    return {
      ok: true,
      formulas: restored,
      cells,
      edited,
      missing,
      message: restoreMessage(restored, cells, edited, missing),
    };
  } catch (error) {
    return {
      ok: false,
      formulas: restored,
      reason:
        `${restored > 0 ? `Restored ${restored} formulas, then Excel stopped` : NOTHING_RESTORED} ` +
        `(${errorText(error)}).`,
    };
  }
}

/**
 * Inserts a catalogue figure into Excel in exactly two round trips: one to read (is the target block
 * empty, unmerged and unprotected? which names are taken? where can the chart go?), one to write.
 * Whatever would stop the write is refused before anything is written: add-in edits cannot be undone
 * in most Excel builds. If Excel stops the write anyway, a clean-up batch removes what it had written.
 */
import type { Figure } from "../core/report/figures/figure-types";
import { qualified } from "./a1";
import { placeChart } from "./chart-placement";
import { planChart, type ChartPlan } from "./chart-plan";
import { countSyncs, errorText, excelHost } from "./excel-host";
import type { InsertFigure, InsertOptions, InsertRefusal, InsertResult } from "./insert-types";
import { blockRows, layoutBlock, shapeOf, type BlockLayout, type BlockShape } from "./layout";
import { queueReads, readTarget, type TargetState } from "./read-target";
import { detectCapabilities, excelVersionsWith, MINIMUM_EXCEL_API, type Capabilities } from "./requirements";
import { checkNewSheet, checkSelection } from "./target-checks";
import { undoInsert, type InsertFootprint } from "./undo-insert";
import { uniqueChartName, uniqueSheetName, uniqueTableName } from "./unique-names";
import { queueBlockWrites } from "./write-block";
import { queueChart } from "./write-chart";
import { queueEditionRecord } from "./workbook/workbook-settings";

interface Target {
  readonly sheet: string;
  readonly isNew: boolean;
  readonly layout: BlockLayout;
  readonly chartNames: string[];
  readonly currentWidths?: readonly number[];
  readonly currentFormats?: readonly (readonly string[])[];
}

function resolveTarget(figure: Figure, state: TargetState, shape: BlockShape): Target | InsertRefusal {
  const sel = state.selection;
  if (!sel) {
    return (
      checkNewSheet(state) ?? {
        sheet: uniqueSheetName(figure, state.sheetNames),
        isNew: true,
        layout: layoutBlock(shape, { row: 0, col: 0 }),
        chartNames: [],
      }
    );
  }
  const layout = layoutBlock(shape, sel.anchor);
  return (
    checkSelection(sel, layout.block) ?? {
      sheet: sel.sheet,
      isNew: false,
      layout,
      chartNames: sel.chartNames,
      currentWidths: sel.columnWidths,
      currentFormats: sel.numberFormats,
    }
  );
}

/** The chart's plan, moved where it covers no cell holding anything; without such a place, no chart. */
function chartFor(
  figure: Figure,
  options: InsertOptions,
  target: Target,
  state: TargetState,
  caps: Capabilities,
  notes: string[],
): ChartPlan | undefined {
  if (!options.chart) return undefined;
  const plan = planChart(figure, target.layout, caps);
  if (!plan) {
    notes.push("This figure has no chart: the table was inserted on its own.");
    return undefined;
  }
  const patch = state.selection?.patch;
  if (!patch) return plan;
  const place = placeChart(patch, plan.frame);
  if (!place) {
    notes.push(
      `No empty area of ${plan.frame.width} by ${plan.frame.height} points was found beside or below the table, ` +
        `so the chart was left out rather than drawn over your data: insert on a new sheet to have it.`,
    );
    return undefined;
  }
  return { ...plan, frame: { ...plan.frame, ...place } };
}

function precheck(figure: Figure): InsertRefusal | undefined {
  if (!figure.insertable) return { ok: false, reason: figure.unavailable?.reason ?? "This item cannot be inserted." };
  if (figure.columns.length === 0 || figure.rows.length === 0)
    return { ok: false, reason: "This figure has no rows to insert." };
  return undefined;
}

function footprintOf(target: Target, state: TargetState, widened: readonly number[]): InsertFootprint {
  const widths = target.currentWidths;
  return {
    sheet: target.sheet,
    isNew: target.isNew,
    block: target.layout.block,
    tablesBefore: state.tableNames,
    chartsBefore: target.chartNames,
    ...(widths ? { widthsBefore: new Map(widened.map((i) => [i, widths[i]])) } : {}),
    ...(target.currentFormats ? { formatsBefore: target.currentFormats } : {}),
  };
}

/** The message after a write Excel stopped: what went wrong, and what of it is still in the workbook. */
async function afterFailedWrite(footprint: InsertFootprint, error: unknown): Promise<InsertRefusal> {
  const host = excelHost();
  const stopped = `Excel stopped the insert part-way (${errorText(error)}).`;
  const undone = host ? await undoInsert(host, footprint) : { problem: "Excel is no longer available" };
  if (!undone.remains) {
    return {
      ok: false,
      reason:
        `${stopped} Removing what it had written failed too (${undone.problem}), and the workbook could not be ` +
        `read back: check ` +
        `${qualified(footprint.sheet, footprint.block)}${footprint.isNew ? ` and the sheet ${footprint.sheet}` : ""}.`,
    };
  }
  if (undone.remains.length === 0)
    return { ok: false, reason: `${stopped} What it had written was removed again: nothing of the figure remains.` };
  const failed = undone.problem ? ` Removing what it had written failed (${undone.problem}).` : "";
  return { ok: false, reason: `${stopped}${failed} Still in the workbook: ${undone.remains.join("; ")}.` };
}

export const insertFigure: InsertFigure = async (figure, options) => {
  const refused = precheck(figure);
  if (refused) return refused;
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here: open the add-in in Excel to insert figures." };
  const caps = detectCapabilities();
  if (!caps.resize)
    return {
      ok: false,
      reason:
        `Inserting figures needs ${excelVersionsWith(MINIMUM_EXCEL_API)} (Windows, Mac or the web); this version ` +
        `of Excel is older. Formulas from the formula builder still work here.`,
    };

  const shape = shapeOf(figure, options.sourceNote);
  const withChart = options.chart && figure.chart !== undefined;
  let phase: "read" | "plan" | "write" = "read";
  let footprint: InsertFootprint | undefined;
  try {
    return await host.run(async (context): Promise<InsertResult> => {
      const syncs = countSyncs(context);
      const reads = queueReads(context, { shape, target: options.target, chart: withChart }, caps);
      await syncs.sync();
      phase = "plan";
      const state = readTarget(reads);
      const target = resolveTarget(figure, state, shape);
      if ("ok" in target) return target;

      const notes: string[] = [];
      const plan = chartFor(figure, options, target, state, caps, notes);
      const tableName = uniqueTableName(figure, state.tableNames, state.definedNames);
      const chartName = plan ? uniqueChartName(tableName, target.chartNames) : undefined;

      const wb = context.workbook;
      if (caps.suspendCalculation) wb.application.suspendApiCalculationUntilNextSync();
      const sheet = target.isNew ? wb.worksheets.add(target.sheet) : wb.worksheets.getItem(target.sheet);
      if (target.isNew) sheet.activate();
      const { widened } = queueBlockWrites(sheet, {
        figure,
        mode: options.mode,
        layout: target.layout,
        tableName,
        ...(target.currentWidths ? { currentWidths: target.currentWidths } : {}),
      });
      if (plan && chartName) {
        queueChart(sheet, plan, chartName);
        notes.push(...plan.notes);
      }
      // Live formulas compute with this edition; a workbook that records none starts recording here.
      if (options.mode === "formulas" && state.editionRecorded === false) queueEditionRecord(context);
      // Until this sync nothing has reached the workbook; an error while queueing leaves it untouched.
      footprint = footprintOf(target, state, widened);
      phase = "write";
      await syncs.sync();
      return {
        ok: true,
        sheet: target.sheet,
        address: qualified(target.sheet, target.layout.block),
        table: tableName,
        ...(chartName ? { chart: chartName } : {}),
        notes,
        syncs: syncs.count,
      };
    });
  } catch (error) {
    if (phase === "read") {
      const size =
        `${blockRows(shape)} rows by ${shape.columns} ` +
        `columns${withChart && options.target === "selection" ? ", with room for its chart" : ""}`;
      return {
        ok: false,
        reason:
          `Nothing was written: Excel could not read the target area (${size} from the selected cell; near the ` +
          `edge of the sheet it does not fit). ${errorText(error)}`,
      };
    }
    if (phase === "plan" || !footprint) return { ok: false, reason: `Nothing was written: ${errorText(error)}` };
    return afterFailedWrite(footprint, error);
  }
};

/**
 * Inserts a catalogue figure into Excel in exactly two round trips: one to read (is the target block
 * empty? which names are taken?), one to write. If any cell of the block holds anything, nothing is
 * written: add-in edits cannot be undone in most Excel builds.
 */
import type { Figure } from "../core/report/figure-types";
import { qualified } from "./a1";
import { planChart, type ChartPlan } from "./chart-plan";
import { countSyncs, errorText, excelHost } from "./excel-host";
import type { InsertFigure, InsertOptions, InsertResult } from "./insert-types";
import { blockRows, layoutBlock, shapeOf, type BlockLayout, type BlockShape } from "./layout";
import { queueReads, readTarget, type TargetState } from "./read-target";
import { detectCapabilities, MINIMUM_EXCEL_API, type Capabilities } from "./requirements";
import { uniqueChartName, uniqueSheetName, uniqueTableName } from "./unique-names";
import { queueBlockWrites } from "./write-block";
import { queueChart } from "./write-chart";

type Refusal = Extract<InsertResult, { ok: false }>;

interface Target {
  readonly sheet: string;
  readonly isNew: boolean;
  readonly layout: BlockLayout;
  readonly chartNames: string[];
  readonly currentWidths?: readonly number[];
}

function resolveTarget(figure: Figure, state: TargetState, shape: BlockShape): Target | Refusal {
  const sel = state.selection;
  if (!sel) {
    return { sheet: uniqueSheetName(figure, state.sheetNames), isNew: true, layout: layoutBlock(shape, { row: 0, col: 0 }), chartNames: [] };
  }
  const layout = layoutBlock(shape, sel.anchor);
  if (sel.occupied) {
    const occupied = qualified(sel.sheet, { ...sel.occupied, rows: 1, cols: 1 });
    return {
      ok: false,
      reason: `The figure needs ${qualified(sel.sheet, layout.block)} to be empty, but ${occupied} holds data. Nothing was written: select an empty area or insert on a new sheet.`,
      occupied,
    };
  }
  if (sel.overlappingTable) {
    return {
      ok: false,
      reason: `The figure needs ${qualified(sel.sheet, layout.block)}, which reaches into the table ${sel.overlappingTable}. Nothing was written: select an area outside it or insert on a new sheet.`,
    };
  }
  return { sheet: sel.sheet, isNew: false, layout, chartNames: sel.chartNames, currentWidths: sel.columnWidths };
}

function chartFor(figure: Figure, options: InsertOptions, layout: BlockLayout, caps: Capabilities, notes: string[]): ChartPlan | undefined {
  if (!options.chart) return undefined;
  const plan = planChart(figure, layout, caps);
  if (!plan) notes.push("This figure has no chart: the table was inserted on its own.");
  return plan;
}

function precheck(figure: Figure): Refusal | undefined {
  if (!figure.insertable) return { ok: false, reason: figure.unavailable?.reason ?? "This item cannot be inserted." };
  if (figure.columns.length === 0 || figure.rows.length === 0) return { ok: false, reason: "This figure has no rows to insert." };
  return undefined;
}

export const insertFigure: InsertFigure = async (figure, options) => {
  const refused = precheck(figure);
  if (refused) return refused;
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here: open the add-in in Excel to insert figures." };
  const caps = detectCapabilities();
  if (!caps.resize) return { ok: false, reason: `Inserting needs ExcelApi ${MINIMUM_EXCEL_API} or later, which this version of Excel does not support.` };

  const shape = shapeOf(figure, options.sourceNote);
  let phase: "read" | "plan" | "write" = "read";
  try {
    return await host.run(async (context): Promise<InsertResult> => {
      const syncs = countSyncs(context);
      const reads = queueReads(context, shape, options.target, caps);
      await syncs.sync();
      phase = "plan";
      const state = readTarget(reads);
      const target = resolveTarget(figure, state, shape);
      if ("ok" in target) return target;

      const notes: string[] = [];
      const plan = chartFor(figure, options, target.layout, caps, notes);
      const tableName = uniqueTableName(figure, state.tableNames, state.definedNames);
      const chartName = plan ? uniqueChartName(tableName, target.chartNames) : undefined;

      const wb = context.workbook;
      if (caps.suspendCalculation) wb.application.suspendApiCalculationUntilNextSync();
      const sheet = target.isNew ? wb.worksheets.add(target.sheet) : wb.worksheets.getItem(target.sheet);
      if (target.isNew) sheet.activate();
      queueBlockWrites(sheet, { figure, mode: options.mode, layout: target.layout, tableName, ...(target.currentWidths ? { currentWidths: target.currentWidths } : {}) });
      if (plan && chartName) {
        queueChart(sheet, plan, chartName);
        notes.push(...plan.notes);
      }
      // Until this sync nothing has reached the workbook; an error while queueing leaves it untouched.
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
      const size = `${blockRows(shape)} rows by ${shape.columns} columns`;
      return { ok: false, reason: `Nothing was written: Excel could not read the target area (${size} from the selected cell; near the edge of the sheet it does not fit). ${errorText(error)}` };
    }
    if (phase === "plan") return { ok: false, reason: `Nothing was written: ${errorText(error)}` };
    return { ok: false, reason: `Excel stopped the insert part-way, so part of the figure may have been written: ${errorText(error)}` };
  }
};

/**
 * Writes an exercise in two round trips, all or nothing: one to read the sheet names, one to add the
 * exercise sheet (title, tasks, yellow answer cells, CHECK formulas, the data given as values) and its
 * key sheet, made very hidden, which holds each task's key (hashes only) and the answers sealed with the
 * trainer's passphrase. If Excel stops the write, a clean-up batch deletes both sheets again.
 */
import type { Exercise } from "../../core/exercise/exercise-types";
import { keyRows, type KeyLanguage } from "../../core/exercise/answer-text";
import { exerciseNamedIn } from "../../core/exercise/names-zh";
import { core } from "../../core/api";
import { planSheet, SEALED_KEY_CELL, COLUMNS, cellAddress } from "../../core/exercise/sheet-plan";
import { sealAnswers } from "../../core/exercise/seal";
import { countSyncs, errorText, excelHost } from "../excel-host";
import { excelApiSupported } from "../requirements";
import { sanitizeSheetName, uniqueName, SHEET_NAME_MAX } from "../unique-names";

export type ExerciseResult =
  { ok: true; sheet: string; keySheet: string; notes: string[]; syncs: number } | { ok: false; reason: string };

const ANSWER_FILL = "#FFF2CC";
const HEADER_FILL = "#DDEBF7";
const WIDTHS = [28, 420, 90, 260, 80, 80];

const sheetName = (base: string, taken: readonly string[]): string =>
  uniqueName(sanitizeSheetName(base), taken, { suffix: (n) => ` (${n})`, maxLength: SHEET_NAME_MAX });

export async function writeExercise(
  generated: Exercise,
  passphrase: string,
  /** The language of the sheet's texts (instructions, captions, feedback, the sealed key's answers) and of its
   *  countries' names; English when absent. */
  language: KeyLanguage = {},
): Promise<ExerciseResult> {
  const exercise = language.names ? exerciseNamedIn(generated, language.names) : generated;
  const table = language.table;
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here: open the add-in in Excel to write exercises." };
  if (!excelApiSupported("1.2"))
    return { ok: false, reason: "Writing exercises needs Excel 2019 or later, or Microsoft 365." };
  if (passphrase.length < 8) return { ok: false, reason: "Choose a trainer passphrase of at least 8 characters." };
  const c = core();
  const sealed = await sealAnswers(
    {
      title: exercise.itemTitle,
      variant: exercise.request.seed,
      answers: keyRows(c, exercise, language).map((r) => ({
        task: r.task,
        instruction: r.instruction,
        answer: r.answer,
      })),
    },
    passphrase,
  );
  let written: { sheet: string; keySheet: string } | undefined;
  try {
    return await host.run(async (context) => {
      const syncs = countSyncs(context);
      const sheets = context.workbook.worksheets.load("items/name");
      await syncs.sync();
      const taken = sheets.items.map((s) => s.name);
      const sheet = sheetName(`Exercise ${exercise.request.seed}`, taken);
      const keySheet = sheetName(`${sheet} key`, [...taken, sheet]);
      const plan = planSheet(exercise, keySheet, table);

      const ws = context.workbook.worksheets.add(sheet);
      const ks = context.workbook.worksheets.add(keySheet);
      const rows = plan.cells.length;
      const cols = plan.cells[0].length;
      const all = ws.getRange(`A1:${cellAddress(rows - 1, cols - 1)}`);
      all.formulas = plan.cells;
      all.numberFormat = plan.formats;
      ws.getRange("A1").format.font.bold = true;
      const header = ws.getRange(`A${plan.headerRow + 1}:D${plan.headerRow + 1}`);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      for (const [i, row] of plan.taskRows.entries())
        if (exercise.tasks[i].answer !== "none")
          ws.getRange(cellAddress(row, COLUMNS.answer)).format.fill.color = ANSWER_FILL;
      WIDTHS.forEach((w, i) => {
        ws.getRange(cellAddress(0, i)).format.columnWidth = w;
      });
      ws.getRange(`B${plan.taskRows[0] + 1}:B${plan.taskRows[plan.taskRows.length - 1] + 1}`).format.wrapText = true;
      ws.getRange(`D${plan.taskRows[0] + 1}:D${plan.taskRows[plan.taskRows.length - 1] + 1}`).format.wrapText = true;

      ks.getRange(SEALED_KEY_CELL).values = [[sealed]];
      for (const k of plan.keys) ks.getRange(cellAddress(k.row, 0)).values = [[k.text]];
      // Worksheet.visibility is ExcelApi 1.1, below the 1.2 this writer asks for: every host that writes has it.
      ks.visibility = "VeryHidden";
      ws.activate();
      written = { sheet, keySheet };
      await syncs.sync();
      return { ok: true, sheet, keySheet, notes: [], syncs: syncs.count };
    });
  } catch (error) {
    if (!written) return { ok: false, reason: `Nothing was written: ${errorText(error)}` };
    const { sheet, keySheet } = written;
    const cleaned = await host
      .run(async (context) => {
        const found = [sheet, keySheet].map((name) =>
          context.workbook.worksheets.getItemOrNullObject(name).load("name"),
        );
        await context.sync();
        for (const s of found) if (!s.isNullObject) s.delete();
        await context.sync();
        return true;
      })
      .catch(() => false);
    return {
      ok: false,
      reason: cleaned
        ? `Excel stopped writing the exercise (${errorText(error)}); nothing of it remains.`
        : `Excel stopped writing the exercise (${errorText(error)}); check for the sheets ${sheet} and ${keySheet}.`,
    };
  }
}

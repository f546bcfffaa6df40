/**
 * The trainer's side of an exercise in the workbook: the sealed answers of the exercise on the active
 * sheet (found through its CHECK formulas, which name the key sheet even after a rename), and an
 * exported answer key for a list of seeds, opened as a new workbook where Excel can (ExcelApi 1.8), or else
 * written on a visible sheet of its own for the trainer to move out.
 */
import type { KeyRow } from "../../core/exercise/answer-text";
import { SEALED_KEY_CELL } from "../../core/exercise/sheet-plan";
import { countSyncs, errorText, excelHost } from "../excel-host";
import { excelApiSupported } from "../requirements";
import { sanitizeSheetName, uniqueName, SHEET_NAME_MAX } from "../unique-names";
import { answerKeyFile, KEY_WORDS_EN, type KeyWords } from "./answer-key-file";

/** 'Exercise 7 key'!A6 in =ASEAN.CHECK(C6,'Exercise 7 key'!A6): the key sheet's name. */
export function keySheetOf(formulas: readonly (readonly unknown[])[]): string | undefined {
  for (const row of formulas)
    for (const f of row) {
      const m = typeof f === "string" ? /ASEAN\.CHECK\([^,]+,'((?:[^']|'')+)'!/i.exec(f) : null;
      if (m) return m[1].replace(/''/g, "'");
    }
  return undefined;
}

export async function readSealedKey(): Promise<{ sealed: string; sheet: string } | { problem: string }> {
  const host = excelHost();
  if (!host) return { problem: "Excel is not available here." };
  try {
    return await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      const used = sheet.getUsedRangeOrNullObject().load("formulas");
      await context.sync();
      const keySheet = used.isNullObject ? undefined : keySheetOf(used.formulas);
      if (!keySheet) return { problem: `${sheet.name} is not an exercise sheet: open the exercise's sheet first.` };
      const cell = context.workbook.worksheets.getItemOrNullObject(keySheet).getRange(SEALED_KEY_CELL).load("values");
      await context.sync();
      const sealed = cell.values[0]?.[0];
      return typeof sealed === "string" && sealed !== ""
        ? { sealed, sheet: sheet.name }
        : { problem: `The key sheet of ${sheet.name} holds no sealed answers.` };
    });
  } catch (error) {
    return { problem: `The answer key could not be read: ${errorText(error)}` };
  }
}

/** Where an exported key went: a new workbook, or a sheet of this one (with why not a new workbook). */
export type KeyExport =
  | { ok: true; where: "workbook" }
  | { ok: true; where: "sheet"; sheet: string; why?: string }
  | { ok: false; reason: string };

type CreateWorkbook = (base64File?: string) => Promise<void>;

function createWorkbookApi(): CreateWorkbook | undefined {
  const excel = (globalThis as { Excel?: { createWorkbook?: unknown } }).Excel;
  if (!excelApiSupported("1.8") || typeof excel?.createWorkbook !== "function") return undefined;
  const create = excel.createWorkbook as CreateWorkbook;
  return (file) => create.call(excel, file);
}

/** The answer key for a list of seeds, in a new workbook where Excel can open one, or else on a sheet here. */
export async function writeKeyExport(rows: readonly KeyRow[], words: KeyWords = KEY_WORDS_EN): Promise<KeyExport> {
  const create = createWorkbookApi();
  if (!create) return writeKeySheet(rows, words);
  try {
    await create(await answerKeyFile(rows, words));
    return { ok: true, where: "workbook" };
  } catch (error) {
    // Excel on the web may refuse to open a window; the key still reaches the trainer, on a sheet.
    const written = await writeKeySheet(rows, words);
    return written.ok && written.where === "sheet" ? { ...written, why: errorText(error) } : written;
  }
}

async function writeKeySheet(rows: readonly KeyRow[], words: KeyWords): Promise<KeyExport> {
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here." };
  try {
    return await host.run(async (context) => {
      const syncs = countSyncs(context);
      const sheets = context.workbook.worksheets.load("items/name");
      await syncs.sync();
      const name = uniqueName(
        sanitizeSheetName(words.sheet),
        sheets.items.map((s) => s.name),
        { suffix: (n) => ` (${n})`, maxLength: SHEET_NAME_MAX },
      );
      const ws = context.workbook.worksheets.add(name);
      const cells = [[...words.headers], ...rows.map((r) => [r.seed, r.task, r.instruction, r.answer])];
      const range = ws.getRange(`A1:D${cells.length}`);
      range.numberFormat = cells.map((row) => row.map((_, j) => (j === 1 ? "0" : "@")));
      range.values = cells;
      ws.getRange("A1:D1").format.font.bold = true;
      ws.activate();
      await syncs.sync();
      return { ok: true, where: "sheet", sheet: name } as const;
    });
  } catch (error) {
    return { ok: false, reason: `Nothing was written: ${errorText(error)}` };
  }
}

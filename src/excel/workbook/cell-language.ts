/**
 * The language of this workbook's ASEAN cells (their #N/A and #VALUE! messages and SOURCE citations),
 * kept in the workbook so that everyone who opens it reads the same; left unset, each reader's Office
 * display language decides. Stored as a workbook setting (ExcelApi 1.4) and mirrored into the document
 * settings the shared runtime's functions read synchronously, then every ASEAN cell is computed again.
 */
import { LANGUAGE_SETTING, parseLanguage, type Language } from "../../core/i18n/language";
import { errorText, excelHost } from "../excel-host";
import { detectCapabilities } from "../requirements";
import type { OperationOptions } from "./operation-types";
import { recalculateAseanCells, type ReenterResult } from "./reenter-formulas";
import { readSettings } from "./workbook-settings";

interface DocumentSettings {
  set(name: string, value: unknown): void;
  remove(name: string): void;
}

function documentSettings(): DocumentSettings | undefined {
  const office = (globalThis as { Office?: { context?: { document?: { settings?: Partial<DocumentSettings> } } } })
    .Office;
  const s = office?.context?.document?.settings;
  return typeof s?.set === "function" && typeof s.remove === "function" ? (s as DocumentSettings) : undefined;
}

/** Why the choice cannot be made here, or undefined when it can. */
export function cellLanguageBlocker(): "noExcel" | "noSettings" | undefined {
  if (!excelHost()) return "noExcel";
  if (!detectCapabilities().settings) return "noSettings";
  return undefined;
}

/** The workbook's language, or undefined when it follows each reader's Office. */
export async function workbookCellLanguage(): Promise<Language | undefined> {
  const host = excelHost();
  if (!host || !detectCapabilities().settings) return undefined;
  return parseLanguage((await readSettings(host, [LANGUAGE_SETTING])).get(LANGUAGE_SETTING));
}

/** Fixes the workbook's language (or lets Office decide again), then computes every ASEAN cell anew. */
export async function setWorkbookCellLanguage(
  language: Language | undefined,
  options: OperationOptions = {},
): Promise<ReenterResult> {
  const host = excelHost();
  if (!host || cellLanguageBlocker())
    return { ok: false, cells: 0, reason: "This version of Excel cannot keep settings in a workbook (ExcelApi 1.4)." };
  try {
    await host.run(async (context) => {
      if (language) {
        context.workbook.settings.add(LANGUAGE_SETTING, language);
      } else {
        // Office.js refuses calls on a null object: only a setting that exists is deleted.
        const held = context.workbook.settings.getItemOrNullObject(LANGUAGE_SETTING).load("key");
        await context.sync();
        if (held.isNullObject) return;
        held.delete();
      }
      await context.sync();
    });
  } catch (error) {
    return { ok: false, cells: 0, reason: `The language was not saved: ${errorText(error)}.` };
  }
  const mirror = documentSettings();
  if (language) mirror?.set(LANGUAGE_SETTING, language);
  else mirror?.remove(LANGUAGE_SETTING);
  return recalculateAseanCells(options);
}

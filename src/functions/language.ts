/**
 * The language of what cells show: error messages and ASEAN.SOURCE citations. A workbook may fix it (the
 * pane's language switch stores it in the workbook, so a shared sheet reads the same for everyone);
 * otherwise it follows Office's display language. Outside Office (formula-engine tests, the command-line
 * tool) there is neither, and cells speak English.
 */
import { chineseName } from "../core/i18n/chinese-names";
import { languageOf, LANGUAGE_SETTING, parseLanguage, type Language } from "../core/i18n/language";
import { EXERCISE_MESSAGES_ZH, feedbackIn } from "../core/exercise/messages-zh";
import { messageIn } from "../core/i18n/messages-zh";
import { spillIn, spillTextZh } from "../core/i18n/spill-text-zh";
import type { Matrix } from "../core/matrix";
import { ArgumentMemo } from "../core/memo";
import type { FunctionId } from "../core/registry/registry";

interface OfficeContext {
  readonly displayLanguage?: string;
  readonly document?: { readonly settings?: { get(name: string): unknown } };
}

function officeContext(): OfficeContext | undefined {
  return (globalThis as { Office?: { context?: OfficeContext } }).Office?.context;
}

/** The workbook's own choice first, then Office's display language. */
export function cellLanguage(): Language {
  try {
    const context = officeContext();
    return parseLanguage(context?.document?.settings?.get(LANGUAGE_SETTING)) ?? languageOf(context?.displayLanguage);
  } catch {
    // Settings are unreadable before the document is ready; the display language still counts then.
    return languageOf(officeContext()?.displayLanguage);
  }
}

/**
 * Translations already made: a recalculation shows the same messages again and again, and translating one
 * costs many times the lookup that produced it. Bounded in bytes like the functions' own result memos.
 */
const translated = new ArgumentMemo<string>({ bits: [2, 20], maxBytes: 2 * 2 ** 20, maxTextLength: 4096 });

/** A message or citation as the cell shows it, in the cell's language. */
export function inCellLanguage(text: string): string {
  const language = cellLanguage();
  if (language === "en") return text;
  const args = [language, text];
  const held = translated.get(args);
  if (held !== undefined) return held;
  const done = messageIn(text, language, chineseName);
  translated.set(args, done);
  return done;
}

const tableTexts = new ArgumentMemo<string>({ bits: [2, 20], maxBytes: 2 * 2 ** 20, maxTextLength: 4096 });

/** A spilled table in the cell's language: its headers and words; numbers, codes and citations as they are. */
export function spillInCellLanguage(id: FunctionId, table: Matrix): Matrix {
  const language = cellLanguage();
  return spillIn(id, table, language, (text) => {
    const args = [language, text];
    const held = tableTexts.get(args);
    if (held !== undefined) return held;
    const done = spillTextZh(text, chineseName);
    tableTexts.set(args, done);
    return done;
  });
}

/** CHECK's feedback in the cell's language: the same marks and numbers, the hints in its words. */
export function feedbackInCellLanguage<T>(result: T): T {
  if (!Array.isArray(result) || cellLanguage() === "en") return result;
  return result.map((row: unknown) =>
    Array.isArray(row) ? row.map((c) => (typeof c === "string" ? feedbackIn(c, EXERCISE_MESSAGES_ZH) : c)) : row,
  ) as T;
}

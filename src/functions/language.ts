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
 * Translations already made, of messages and of tables' words: a recalculation shows the same texts again and
 * again, and translating one costs many times the lookup that produced it. Bounded in bytes like the
 * functions' own result memos.
 */
function translations(
  translate: (text: string, language: Language) => string,
): (text: string, language: Language) => string {
  const memo = new ArgumentMemo<string>({ bits: [2, 20], maxBytes: 2 * 2 ** 20, maxTextLength: 4096 });
  return (text, language) => {
    const args = [language, text];
    const held = memo.get(args);
    if (held !== undefined) return held;
    const done = translate(text, language);
    memo.set(args, done);
    return done;
  };
}

const message = translations((text, language) => messageIn(text, language, chineseName));
const tableText = translations((text) => spillTextZh(text, chineseName));

/** A message or citation as the cell shows it, in the cell's language. */
export function inCellLanguage(text: string): string {
  const language = cellLanguage();
  return language === "en" ? text : message(text, language);
}

/** A spilled table in the cell's language: its headers and words; numbers, codes and citations as they are. */
export function spillInCellLanguage(id: FunctionId, table: Matrix): Matrix {
  const language = cellLanguage();
  return spillIn(id, table, language, (text) => tableText(text, language));
}

/** CHECK's feedback in the cell's language: the same marks and numbers, the hints in its words. */
export function feedbackInCellLanguage<T>(result: T): T {
  if (!Array.isArray(result) || cellLanguage() === "en") return result;
  return result.map((row: unknown) =>
    Array.isArray(row) ? row.map((c) => (typeof c === "string" ? feedbackIn(c, EXERCISE_MESSAGES_ZH) : c)) : row,
  ) as T;
}

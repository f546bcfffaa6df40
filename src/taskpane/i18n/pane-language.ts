/**
 * Which language the pane opens in: the reader's own choice from the pane's switch (remembered in this
 * browser), else the workbook's language setting (read once the workbook is reachable), else Office's
 * display language, else, outside Office, the browser's.
 */
import { languageOf, parseLanguage, type Language } from "../../core/i18n/language";

const CHOICE_KEY = "asean.paneLanguage";

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // Storage can be blocked; the choice then lasts as long as the pane.
  }
}

export function rememberedLanguage(): Language | undefined {
  return parseLanguage(storage()?.getItem(CHOICE_KEY));
}

export function rememberLanguage(language: Language): void {
  try {
    storage()?.setItem(CHOICE_KEY, language);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}

/** Office's display language where Office has told it, the browser's otherwise. */
export function displayLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  let tag: string | undefined;
  try {
    tag = office?.context?.displayLanguage;
  } catch {
    tag = undefined;
  }
  return languageOf(tag ?? globalThis.navigator?.language);
}

export function initialLanguage(): Language {
  return rememberedLanguage() ?? displayLanguage();
}

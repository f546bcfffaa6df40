/**
 * The languages the add-in speaks. Faces find the language (Office's display language, the browser's, a
 * workbook setting) and pass it to the core's text builders; the core never looks it up itself.
 */
export type Language = "en" | "zh";

export const LANGUAGES: readonly Language[] = ["en", "zh"];

/** The workbook setting that fixes the language of the add-in's formulas and inserts for everyone who
 *  opens the workbook; absent, each reader's Office display language decides. */
export const LANGUAGE_SETTING = "ASEAN.Language";

/** A BCP 47 tag ("zh-CN", "zh-Hans-SG", "en-US") as one of the add-in's languages: Chinese for any Chinese
 *  tag, English otherwise. */
export function languageOf(tag: string | null | undefined): Language {
  return typeof tag === "string" && /^zh(?:[-_]|$)/i.test(tag.trim()) ? "zh" : "en";
}

/** A stored language choice, or undefined when it is none of ours. */
export function parseLanguage(value: unknown): Language | undefined {
  return value === "en" || value === "zh" ? value : undefined;
}

/**
 * The pane's language: the catalogue of every word it shows, the language chosen, and the hook components
 * read both through. English and Chinese have the same keys (the compiler holds the Chinese catalogue to
 * the English one's keys), and a test holds every component to the catalogue.
 */
import * as React from "react";
import type { Language } from "../../core/i18n/language";
import { EN, type MessageKey } from "./messages-en";
import { ZH } from "./messages-zh";
import { GROUP_ZH, headingIn } from "../../core/report/figures/figure-text-zh";
import type { CatalogueGroup, FigureHeading } from "../../core/report/figures/figure-types";

export type { MessageKey };

const CATALOGUES: Record<Language, Readonly<Record<MessageKey, string>>> = { en: EN, zh: ZH };

export type Vars = Readonly<Record<string, string | number>>;

/** A message with its {placeholders} filled in. */
export function message(language: Language, key: MessageKey, vars?: Vars): string {
  const text = CATALOGUES[language][key];
  return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : text;
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

interface LanguageState {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

export const LanguageContext = React.createContext<LanguageState>({ language: "en", setLanguage: () => undefined });

export const useLanguage = (): LanguageState => React.useContext(LanguageContext);

/** The catalogue in the pane's language. */
export function useT(): Translate {
  const { language } = useLanguage();
  return React.useCallback((key, vars) => message(language, key, vars), [language]);
}

/** A catalogue item's title, subtitle and group in the pane's language. */
export function useHeadingText(): {
  <H extends FigureHeading>(h: H): H;
  group: (group: CatalogueGroup) => string;
} {
  const { language } = useLanguage();
  return React.useMemo(
    () =>
      Object.assign(<H extends FigureHeading>(h: H): H => headingIn(h, language), {
        group: (group: CatalogueGroup) => (language === "zh" ? GROUP_ZH[group] : group),
      }),
    [language],
  );
}

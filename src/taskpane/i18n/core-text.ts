/**
 * The core's messages and citations in the pane's language, with countries named as the core's codes
 * name them in Chinese. Only the builder and the previews show them, so this loads with them.
 */
import * as React from "react";
import { core } from "../../core/api";
import { messageIn } from "../../core/i18n/messages-zh";
import { useLanguage } from "./i18n";

let chineseNames: Map<string, string> | undefined;

export function chineseName(english: string): string | undefined {
  chineseNames ??= new Map(
    core()
      .codes.all()
      .map((e) => [e.en, e.zh] as const),
  );
  return chineseNames.get(english);
}

export function useCoreText(): (text: string) => string {
  const { language } = useLanguage();
  return React.useCallback((text: string) => messageIn(text, language, chineseName), [language]);
}

/**
 * The core's messages and citations in the pane's language, with countries named as the core's codes
 * name them in Chinese. Only the builder and the previews show them, so this loads with them.
 */
import * as React from "react";
import { chineseName } from "../../core/i18n/chinese-names";
import { messageIn } from "../../core/i18n/messages-zh";
import { useLanguage } from "./i18n";

export { chineseName };

export function useCoreText(): (text: string) => string {
  const { language } = useLanguage();
  return React.useCallback((text: string) => messageIn(text, language, chineseName), [language]);
}

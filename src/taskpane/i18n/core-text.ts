/**
 * The core's messages, citations and spilled tables in the pane's language, with countries named as the
 * core's codes name them in Chinese. Only the builder and the previews show them, so this loads with them.
 */
import * as React from "react";
import { chineseName } from "../../core/i18n/chinese-names";
import { messageIn } from "../../core/i18n/messages-zh";
import { spillIn, spillTextZh } from "../../core/i18n/spill-text-zh";
import type { Matrix } from "../../core/matrix";
import type { FunctionId } from "../../core/registry/registry";
import { useLanguage } from "./i18n";

export { chineseName };

export function useCoreText(): (text: string) => string {
  const { language } = useLanguage();
  return React.useCallback((text: string) => messageIn(text, language, chineseName), [language]);
}

/** A spilled table's headers and words in the pane's language; its numbers, codes and citations as they are. */
export function useCoreTable(): (id: FunctionId, table: Matrix) => Matrix {
  const { language } = useLanguage();
  return React.useCallback(
    (id: FunctionId, table: Matrix) => spillIn(id, table, language, (text) => spillTextZh(text, chineseName)),
    [language],
  );
}

/**
 * An exported answer key as a workbook file of its own (.xlsx, base64), for Excel to open as a new
 * workbook: the trainer's answers never enter the exercise's workbook, so sharing that workbook cannot
 * share them. The file writer loads only when a key is exported.
 */
import { base64 } from "../../core/exercise/answer-hash";
import type { KeyRow } from "../../core/exercise/answer-text";

/** The key's sheet name and column headers, in the language the pane speaks; English by default. */
export interface KeyWords {
  readonly sheet: string;
  readonly headers: readonly [string, string, string, string];
}

export const KEY_WORDS_EN: KeyWords = {
  sheet: "Answer key (trainer)",
  headers: ["Seed", "Task", "Instruction", "Answer"],
};

export async function answerKeyFile(rows: readonly KeyRow[], words: KeyWords = KEY_WORDS_EN): Promise<string> {
  const { default: writeXlsxFile } = await import(/* webpackChunkName: "xlsx-writer" */ "write-excel-file/universal");
  const header = words.headers.map((value) => ({ value, fontWeight: "bold" as const }));
  // Seeds and answers stay text as written (a seed "007" stays "007"); task numbers are numbers.
  const body = rows.map((r) => [r.seed, r.task, r.instruction, r.answer]);
  const blob = await writeXlsxFile([header, ...body], {
    sheet: words.sheet,
    columns: [{ width: 10 }, { width: 6 }, { width: 80 }, { width: 24 }],
    stickyRowsCount: 1,
  }).toBlob();
  return base64(new Uint8Array(await blob.arrayBuffer()));
}

/** What the workbook operations report to the pane and the ribbon commands. */
import type { Language } from "../../core/i18n/language";

export interface Progress {
  /** Cells done so far, and in all (the total is known once the workbook has been read). */
  readonly done: number;
  readonly total: number;
  readonly stage: "reading" | "writing";
}

export type OnProgress = (progress: Progress) => void;

export interface OperationOptions {
  readonly onProgress?: OnProgress;
  /** Bytes a write batch may carry; the default keeps well under Excel on the web's 5 MB request limit. */
  readonly budget?: number;
  /** The language of what the operation writes into the workbook (the pane's, or Office's for a ribbon
   *  command); a language the workbook fixes for its ASEAN cells comes first. English when absent. */
  readonly language?: Language;
}

export type PrepareResult =
  | {
      readonly ok: true;
      /** Cells now holding values, spilled cells included, and the formulas they came from. */
      readonly cells: number;
      readonly formulas: number;
      readonly sheets: readonly string[];
      readonly batches: number;
      readonly message: string;
    }
  | { readonly ok: false; readonly reason: string; readonly cells: number };

/** A converted cell whose value was changed after conversion: left as the user made it. */
export interface EditedCell {
  readonly cell: string;
  readonly recorded: string | number | boolean;
  readonly now: unknown;
}

export type RestoreResult =
  | {
      readonly ok: true;
      readonly formulas: number;
      readonly cells: number;
      readonly edited: readonly EditedCell[];
      /** Converted cells whose sheet no longer exists. */
      readonly missing: readonly string[];
      readonly message: string;
    }
  | { readonly ok: false; readonly reason: string; readonly formulas: number };

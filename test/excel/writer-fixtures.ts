/** What the Excel writer's tests share: the catalogue's figures, insert options, the installed fake. */
import type { InsertResult } from "../../src/excel/insert-types";
import { catalogueFigures } from "../support/catalogue-figures";
import { installExcelFake, type ExcelFake, type ExcelFakeOptions } from "../support/excel-fake";

export { ALL } from "../support/capabilities";

export const FIGURES = catalogueFigures();
export const INSERTABLE = FIGURES.filter((f) => f.insertable);
export const WITH_CHART = INSERTABLE.filter((f) => f.chart);
export const COMBOS = WITH_CHART.filter((f) => f.chart?.kind === "combo");

export { insertOptions as options } from "../support/insert-options";

let installed: (ExcelFake & { uninstall(): void }) | undefined;
/** Puts a fresh fake in place of Office.js's globals; `uninstall` (after each test) takes it away. */
export function install(o: ExcelFakeOptions = {}): ExcelFake {
  installed?.uninstall();
  installed = installExcelFake(globalThis, o);
  return installed;
}
export function uninstall(): void {
  installed?.uninstall();
  installed = undefined;
}

export function ok(result: InsertResult): Extract<InsertResult, { ok: true }> {
  if (!result.ok) throw new Error(`Insert refused: ${result.reason}`);
  return result;
}

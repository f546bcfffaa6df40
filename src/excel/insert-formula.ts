/**
 * Writes one formula from the formula builder into the active cell, under the same rule as figures:
 * one round trip to check the cell is empty, one to write, and never over a cell that holds anything.
 */
import { qualified } from "./a1";
import { countSyncs, errorText, excelHost } from "./excel-host";
import { detectCapabilities } from "./requirements";
import { COMPUTED_EDITION, queueEditionRecord } from "./workbook/workbook-settings";

export type FormulaInsertResult =
  | { ok: true; sheet: string; address: string; formula: string; syncs: number }
  | { ok: false; reason: string; occupied?: string };

export async function insertFormulaAtSelection(formula: string): Promise<FormulaInsertResult> {
  const text = formula.trim();
  if (text === "" || text === "=") return { ok: false, reason: "There is no formula to insert." };
  const written = text.startsWith("=") ? text : `=${text}`;
  const host = excelHost();
  if (!host) return { ok: false, reason: "Excel is not available here: open the add-in in Excel to insert formulas." };
  const caps = detectCapabilities();
  let phase: "read" | "write" = "read";
  try {
    return await host.run(async (context): Promise<FormulaInsertResult> => {
      const syncs = countSyncs(context);
      const wb = context.workbook;
      const cell = caps.activeCell ? wb.getActiveCell() : wb.getSelectedRange().getCell(0, 0);
      cell.load("rowIndex, columnIndex, values, formulas");
      const sheet = cell.worksheet.load("name");
      // Worksheet.protection is ExcelApi 1.2; on older hosts the write itself is refused.
      const protection = caps.resize ? sheet.protection.load("protected") : undefined;
      const edition = caps.settings ? wb.settings.getItemOrNullObject(COMPUTED_EDITION).load("value") : undefined;
      await syncs.sync();
      const address = qualified(sheet.name, { row: cell.rowIndex, col: cell.columnIndex, rows: 1, cols: 1 });
      if (protection?.protected)
        return {
          ok: false,
          reason:
            `The sheet ${sheet.name} is protected. Nothing was written: unprotect it (Review > Unprotect Sheet) or ` +
            `select a cell on another sheet.`,
        };
      const value: unknown = cell.values[0][0];
      const existing: unknown = cell.formulas[0][0];
      if ((value !== "" && value !== null) || (existing !== "" && existing !== null)) {
        return {
          ok: false,
          reason: `${address} is not empty. Nothing was written: select an empty cell.`,
          occupied: address,
        };
      }
      phase = "write";
      cell.formulas = [[written]];
      // The formula computes with this edition; a workbook that records none starts recording here.
      if (edition?.isNullObject) queueEditionRecord(context);
      await syncs.sync();
      return { ok: true, sheet: sheet.name, address, formula: written, syncs: syncs.count };
    });
  } catch (error) {
    const what =
      phase === "read"
        ? "Nothing was written: Excel could not read the selected cell"
        : "Excel could not write the formula";
    return { ok: false, reason: `${what}: ${errorText(error)}` };
  }
}

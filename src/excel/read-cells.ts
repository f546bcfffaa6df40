/**
 * Reads what cells hold, for the formula builder to compute a formula whose arguments are cell
 * references as Excel will: one batch, one sync. A reference without a sheet is on the active sheet,
 * where the builder inserts its formula.
 */
import { errorText, excelHost } from "./excel-host";

export type CellContent =
  | { readonly kind: "value"; readonly value: number | string | boolean }
  /** Excel passes an empty cell as 0 on Windows and as nothing on the web: no one value stands for it. */
  | { readonly kind: "empty" }
  | { readonly kind: "error"; readonly text: string };

export type CellReads =
  | { readonly ok: true; readonly cells: ReadonlyMap<string, CellContent> }
  | { readonly ok: false; readonly reason: string };

/** "Sheet1!B2" or "'My data'!B2" into its sheet (undefined: the active one) and its cell, without $ signs. */
export function splitReference(reference: string): { sheet?: string; cell: string } {
  const bang = reference.lastIndexOf("!");
  const cell = reference.slice(bang + 1).replace(/\$/g, "");
  if (bang < 0) return { cell };
  const sheet = reference.slice(0, bang);
  return { sheet: /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, cell };
}

function contentOf(value: unknown, type: string): CellContent {
  if (type === "Empty") return { kind: "empty" };
  if (type === "Error") return { kind: "error", text: String(value) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return { kind: "value", value };
  return { kind: "error", text: String(value) };
}

/** What each reference holds; undefined outside Excel. Never throws: a failed read says why. */
export async function readCells(references: readonly string[]): Promise<CellReads | undefined> {
  const host = excelHost();
  if (!host) return undefined;
  const unique = [...new Set(references)];
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const ranges = unique.map((reference) => {
        const { sheet, cell } = splitReference(reference);
        const on = sheet === undefined ? sheets.getActiveWorksheet() : sheets.getItem(sheet);
        return on.getRange(cell).load("values, valueTypes");
      });
      await context.sync();
      const cells = new Map<string, CellContent>();
      unique.forEach((reference, i) =>
        cells.set(reference, contentOf(ranges[i].values[0]?.[0], String(ranges[i].valueTypes[0]?.[0]))),
      );
      return { ok: true as const, cells };
    });
  } catch (error) {
    return { ok: false, reason: errorText(error) };
  }
}

/**
 * Why an insert must not start, decided from the first round trip alone: every reason Excel would
 * stop the write part-way that can be seen in advance is refused here, before anything is written.
 */
import { overlap, qualified, type Box } from "./a1";
import type { InsertRefusal } from "./insert-types";
import type { TargetState } from "./read-target";
import { excelVersionsWith } from "./requirements";

type Selection = NonNullable<TargetState["selection"]>;

const NOTHING = "Nothing was written";

/** Up to three addresses, then how many more. */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, 3).join(", ");
  return items.length > 3 ? `${shown} and ${items.length - 3} more` : shown;
}

export function checkNewSheet(state: TargetState): InsertRefusal | undefined {
  if (!state.structureProtected) return undefined;
  return {
    ok: false,
    reason:
      `The workbook's structure is protected, so Excel adds no sheet to it. ${NOTHING}: insert at the selection ` +
      `instead, or unprotect the workbook (Review > Protect Workbook).`,
  };
}

/** The checks in the order a user would fix them: protection, contents, merges, tables. */
export function checkSelection(sel: Selection, block: Box): InsertRefusal | undefined {
  const where = qualified(sel.sheet, block);
  if (sel.protected) {
    return {
      ok: false,
      reason:
        `The sheet ${sel.sheet} is protected, so Excel would refuse every cell of the figure. ${NOTHING}: ` +
        `unprotect it (Review > Unprotect Sheet) or insert on a new sheet.`,
      newSheetHelps: true,
    };
  }
  if (sel.occupied) {
    const occupied = qualified(sel.sheet, { ...sel.occupied, rows: 1, cols: 1 });
    return {
      ok: false,
      reason:
        `The figure needs ${where} to be empty, but ${occupied} holds data. ${NOTHING}: select an empty area or ` +
        `insert on a new sheet.`,
      occupied,
      newSheetHelps: true,
    };
  }
  const merged = (sel.merges ?? []).filter((m) => overlap(m, block)).map((m) => qualified(sel.sheet, m));
  if (merged.length > 0) {
    return {
      ok: false,
      reason:
        `The figure needs ${where}, which meets merged cells (${listed(merged)}): text written there would be ` +
        `hidden and a table cannot hold them. ${NOTHING}: unmerge them, select another area, or insert on a new ` +
        `sheet.`,
      newSheetHelps: true,
    };
  }
  if (sel.overlappingTable) {
    return {
      ok: false,
      reason:
        `The figure needs ${where}, which reaches into the table ${sel.overlappingTable}. ${NOTHING}: select an ` +
        `area outside it or insert on a new sheet.`,
      newSheetHelps: true,
    };
  }
  if (!sel.tablesSeen && sel.sheetTables.length > 0) {
    return {
      ok: false,
      reason:
        `This version of Excel cannot tell in advance where the tables on ${sel.sheet} ` +
        `(${listed(sel.sheetTables)}) lie (that needs ${excelVersionsWith("1.9")}), and a figure meeting one would ` +
        `stop half-way. ${NOTHING}: insert on a new sheet or on a sheet without tables.`,
      newSheetHelps: true,
    };
  }
  return undefined;
}

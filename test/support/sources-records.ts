/** Reading back the sheet "ASEAN sources" that Prepare for sharing writes, in tests against the Excel fake. */
import { FIRST_RECORD_ROW, SOURCES_COLUMNS, SOURCES_SHEET } from "../../src/excel/workbook/sources-sheet";
import type { ExcelFake, FakeCellValue } from "./excel-fake";

/** The records on the sources sheet, by cell address. */
export function sourcesByCell(fake: ExcelFake): Map<string, FakeCellValue[]> {
  const rows = fake.readSheet(SOURCES_SHEET).slice(FIRST_RECORD_ROW);
  return new Map(
    rows
      .filter((r) => typeof r[0] === "string" && r[0] !== "")
      .map((r) => [r[0] as string, r.slice(0, SOURCES_COLUMNS.length)]),
  );
}

/**
 * Reading referenced cells for the formula builder, against the Excel fake: one batch and one sync,
 * a reference without a sheet on the active sheet, quoted sheet names and $ signs as Excel writes them,
 * empty cells and errors told apart from values, and a failed read said in words.
 */
import { readCells, splitReference } from "../../src/excel/read-cells";
import { installExcelFake, type ExcelFake } from "../support/excel-fake";

let installed: (ExcelFake & { uninstall(): void }) | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

test("references split into sheet and cell as Excel quotes them", () => {
  expect(splitReference("A1")).toEqual({ cell: "A1" });
  expect(splitReference("$B$2")).toEqual({ cell: "B2" });
  expect(splitReference("Sheet1!C3")).toEqual({ sheet: "Sheet1", cell: "C3" });
  expect(splitReference("'Bob''s data'!$D4")).toEqual({ sheet: "Bob's data", cell: "D4" });
});

test("outside Excel nothing is read", async () => {
  await expect(readCells(["A1"])).resolves.toBeUndefined();
});

test("values, empty cells and errors, on the active sheet and on named ones, in one sync", async () => {
  installed = installExcelFake(globalThis, {
    excelApi: "1.1",
    sheets: ["Sheet1", "Bob's data"],
    activeCell: "Sheet1!A1",
    cells: { "Sheet1!A1": "MY", "Sheet1!B2": 2024, "'Bob''s data'!C3": "=NA()", "Sheet1!D4": "TRUE" },
  });
  const read = await readCells(["A1", "$B$2", "'Bob''s data'!C3", "Sheet1!E5", "A1", "D4"]);
  expect(read).toEqual({
    ok: true,
    cells: new Map([
      ["A1", { kind: "value", value: "MY" }],
      ["$B$2", { kind: "value", value: 2024 }],
      ["'Bob''s data'!C3", { kind: "error", text: "#N/A" }],
      ["Sheet1!E5", { kind: "empty" }],
      ["D4", { kind: "value", value: true }],
    ]),
  });
  expect(installed.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
  expect(installed.log.filter((c) => !c.navigation && !c.api.endsWith(".load"))).toEqual([]);
});

test("a sheet that does not exist: the read fails as a whole and says why", async () => {
  installed = installExcelFake(globalThis, { activeCell: "Sheet1!A1" });
  const read = await readCells(["Nowhere!A1"]);
  expect(read).toEqual({ ok: false, reason: expect.stringMatching(/\S/) });
  expect(installed.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
});

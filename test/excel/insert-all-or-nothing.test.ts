/**
 * An insert writes the whole figure or nothing, against the engine-backed Excel fake: every obstacle
 * Excel would stop the write on is refused after the first read, before anything is written; a write
 * Excel stops anyway is removed again and the message says what, if anything, remains; the chart goes
 * where it covers no cell holding anything.
 */
import { cellAddress, parseAreas, parseBox } from "../../src/excel/a1";
import { placeChart, type SheetPatch } from "../../src/excel/chart-placement";
import { insertFigure } from "../../src/excel/insert-figure";
import type { InsertResult } from "../../src/excel/insert-types";
import { layoutBlock, shapeOf } from "../../src/excel/layout";
import { insertOptions as options } from "../support/insert-options";
import type { ExcelFake } from "../support/excel-fake";
import { figureById } from "../support/catalogue-figures";
import { fakeInstaller } from "../support/fake-installer";
import { overlaps, type Rect } from "../support/excel-fake-address";

const shares = figureById("figure-2-asean-partner-shares");
/** The block of `shares` inserted at B3, as the layout places it. */
const LAYOUT = layoutBlock(shapeOf(shares, true), { row: 2, col: 1 });
const BLOCK_END = cellAddress(LAYOUT.block.row + LAYOUT.block.rows - 1, LAYOUT.block.col + LAYOUT.block.cols - 1);
const BLOCK = `Sheet1!B3:${BLOCK_END}`;

const install = fakeInstaller({ activeCell: "Sheet1!B3" });

/** Everything an insert could change, as Excel would show it, to compare before and after. */
function snapshot(fake: ExcelFake): string {
  const area = { top: 0, left: 0, height: 80, width: 60 };
  return JSON.stringify({
    sheets: fake.model.sheets.map((s) => ({
      name: s.name,
      values: fake.readSheet(s.name),
      formats: fake.model.readNumberFormats({ sheet: s, rect: area }),
      styles: [...s.styles.entries()],
      widths: Array.from({ length: area.width }, (_, c) =>
        fake.model.columnWidth({ sheet: s, rect: { ...area, left: c, width: 1 } }),
      ),
    })),
    tables: fake.tables().map((t) => t.name),
    charts: fake.charts().map((c) => c.name),
  });
}

/** Calls that would change the workbook (everything but loads and navigation). */
const writes = (fake: ExcelFake) => fake.log.filter((c) => !c.navigation && !c.api.endsWith(".load"));

function refusedUntouched(fake: ExcelFake, result: InsertResult, before: string): string {
  if (result.ok) throw new Error("The insert went ahead");
  expect(writes(fake)).toEqual([]);
  expect(fake.runs).toEqual([{ syncs: 1, roundTrips: 1 }]);
  expect(snapshot(fake)).toBe(before);
  return result.reason;
}

describe("refused after the first read, before anything is written", () => {
  test("an empty merged area inside the target (ExcelApi 1.13)", async () => {
    const fake = install({ merges: ["Sheet1!D9:E10"] });
    const before = snapshot(fake);
    const result = await insertFigure(shares, options());
    expect(refusedUntouched(fake, result, before)).toBe(
      `The figure needs ${BLOCK}, which meets merged cells (Sheet1!D9:E10): text written there would be hidden ` +
        `and a table cannot hold them. Nothing was written: unmerge them, select another area, or insert on a new ` +
        `sheet.`,
    );
    expect(result).toMatchObject({ newSheetHelps: true });
  });

  test("a merged area whose top-left cell lies outside the target but reaches into it", async () => {
    // Range.getMergedAreasOrNullObject on the block alone would not list A1:C4: its top-left cell is outside.
    const fake = install({ merges: ["Sheet1!A1:C4", "Sheet1!A30:B31"] });
    const before = snapshot(fake);
    expect(refusedUntouched(fake, await insertFigure(shares, options()), before)).toMatch(
      /meets merged cells \(Sheet1!A1:C4\)/,
    );
  });

  test("a protected sheet", async () => {
    const fake = install({ protectedSheets: ["Sheet1"] });
    const before = snapshot(fake);
    expect(refusedUntouched(fake, await insertFigure(shares, options()), before)).toMatch(
      new RegExp(
        String.raw`^The sheet Sheet1 is protected.*Nothing was written: ` +
          String.raw`unprotect it \(Review > Unprotect Sheet\) or insert on a new sheet\.$`,
      ),
    );
  });

  test("a protected workbook structure, when the figure would go on a new sheet", async () => {
    const fake = install({ structureProtected: true });
    const before = snapshot(fake);
    expect(refusedUntouched(fake, await insertFigure(shares, options({ target: "newSheet" })), before)).toMatch(
      /^The workbook's structure is protected, so Excel adds no sheet to it\. Nothing was written/,
    );
    // At the selection the structure does not matter.
    expect(await insertFigure(shares, options())).toMatchObject({ ok: true });
  });

  test("an existing table on the sheet, on Excel before ExcelApi 1.9 (which cannot show where it lies)", async () => {
    // The table's header is above the block and its rows inside it are empty: only its existence is visible.
    const fake = install({
      excelApi: "1.8",
      cells: { "Sheet1!C1": "a", "Sheet1!D1": "b" },
      tables: [{ name: "UserTable", address: "Sheet1!C1:D12" }],
    });
    const before = snapshot(fake);
    expect(refusedUntouched(fake, await insertFigure(shares, options()), before)).toMatch(
      new RegExp(
        String.raw`cannot tell in advance where the tables on Sheet1 \(UserTable\) lie ` +
          String.raw`\(that needs Excel 2021 or later, or Microsoft 365\).*Nothing was written: insert on a new sheet`,
      ),
    );
    expect(fake.calls("TableCollection.add")).toEqual([]);
    expect(await insertFigure(shares, options({ target: "newSheet" }))).toMatchObject({ ok: true, sheet: "Figure 2" });
  });
});

describe("a write Excel stops part-way is removed again", () => {
  test.each([
    ["the table add, after the cells were written", "TableCollection.add", "selection"],
    ["the chart add, after the table was made", "ChartCollection.add", "selection"],
    ["a chart series, after the chart was drawn", "ChartSeries.setXAxisValues", "selection"],
    ["the cells of a new sheet, after the sheet was added", "Range.formulas", "newSheet"],
  ] as const)("when %s fails, nothing of the figure remains and the message says so", async (_what, api, target) => {
    const fake = install({ faults: [{ api }], cells: { "Sheet1!A1": "user" } });
    const before = snapshot(fake);
    const result = await insertFigure(shares, options({ target }));
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(
        new RegExp(
          String.raw`^Excel stopped the insert part-way \(.*injected by the test.*\)\. ` +
            String.raw`What it had written was removed again: nothing of the figure remains\.$`,
        ),
      ),
    });
    expect(fake.calls(api)[0].error).toBeDefined();
    expect(snapshot(fake)).toBe(before);
    // The insert's two syncs, then the clean-up's two.
    expect(fake.runs.map((r) => r.syncs)).toEqual([2, 2]);
  });

  test("when the clean-up fails too, the message lists exactly what remains", async () => {
    const fake = install({ faults: [{ api: "ChartCollection.add" }, { api: "Range.clear" }] });
    const result = await insertFigure(shares, options());
    if (result.ok) throw new Error("The insert went ahead");
    const table = fake.tables().map((t) => t.name);
    expect(table).toEqual([]); // the table was deleted before the clearing failed
    const filled = fake
      .readSheet("Sheet1")
      .flat()
      .filter((v) => v !== null && v !== "").length;
    expect(filled).toBeGreaterThan(0);
    // The table went with its cells and formats; the titles and notes outside it stayed.
    expect(filled).toBe(5);
    const wider = "BCDEFGH".split("").filter((_, i) => fake.model.sheets[0].columnWidths.get(1 + i) !== undefined);
    expect(wider.length).toBeGreaterThan(0);
    expect(result.reason).toBe(
      `Excel stopped the insert part-way (${fake.calls("ChartCollection.add")[0].error}). Removing what it had ` +
        `written failed (${fake.calls("Range.clear")[0].error}). Still in the workbook: 5 filled cells in ` +
        `${BLOCK}; wider column${wider.length === 1 ? "" : "s"} ${wider.join(", ")}.`,
    );
  });
});

describe("the chart covers no cell holding anything", () => {
  const underChart = (fake: ExcelFake): Rect => fake.cellsUnderChart(fake.charts("Sheet1")[0]);
  const filledIn = (fake: ExcelFake, rect: Rect): unknown[] =>
    fake
      .readSheet("Sheet1")
      .slice(rect.top, rect.top + rect.height)
      .flatMap((row) => row.slice(rect.left, rect.left + rect.width))
      .filter((v) => v !== null && v !== "");
  const blockRect: Rect = {
    top: LAYOUT.block.row,
    left: LAYOUT.block.col,
    height: LAYOUT.block.rows,
    width: LAYOUT.block.cols,
  };

  test(
    "user data where the chart would go beside the table: " + "the chart moves to empty cells, found in the same read",
    async () => {
      const beside = cellAddress(LAYOUT.header.row + 3, LAYOUT.table.col + LAYOUT.table.cols + 3);
      const fake = install({ cells: { [`Sheet1!${beside}`]: "keep me" } });
      const result = await insertFigure(shares, options());
      expect(result).toMatchObject({ ok: true, syncs: 2 });
      expect(fake.runs).toEqual([{ syncs: 2, roundTrips: 2 }]);
      const under = underChart(fake);
      expect(filledIn(fake, under)).toEqual([]);
      expect(overlaps(under, blockRect)).toBe(false);
      expect(fake.readCell(`Sheet1!${beside}`)).toBe("keep me");
    },
  );

  test("narrow columns and tall rows are measured, not assumed", async () => {
    const fake = install({
      cells: { [`Sheet1!${cellAddress(LAYOUT.header.row, LAYOUT.table.col + LAYOUT.table.cols + 9)}`]: 1 },
    });
    const sheet = fake.model.sheets[0];
    for (let c = LAYOUT.table.col + LAYOUT.table.cols + 1; c < LAYOUT.table.col + LAYOUT.table.cols + 9; c++)
      sheet.columnWidths.set(c, 20);
    expect(await insertFigure(shares, options())).toMatchObject({ ok: true });
    expect(filledIn(fake, underChart(fake))).toEqual([]);
  });

  test("with no empty area big enough, the table goes in without the chart and the result says why", async () => {
    const right = LAYOUT.table.col + LAYOUT.table.cols;
    const cells: Record<string, number> = {};
    // A value every eighth column, on every row the search reads: no gap is wide enough for the chart.
    for (let r = LAYOUT.header.row; r < LAYOUT.header.row + 60; r++) {
      for (let c = right + 1; c < right + 40; c += 8) cells[`Sheet1!${cellAddress(r, c)}`] = 1;
      if (r >= LAYOUT.block.row + LAYOUT.block.rows) cells[`Sheet1!${cellAddress(r, LAYOUT.block.col)}`] = 1;
    }
    const fake = install({ cells });
    const result = await insertFigure(shares, options());
    expect(result).toMatchObject({
      ok: true,
      notes: [
        expect.stringMatching(
          /^No empty area of \d+ by \d+ points was found beside or below the table, so the chart was left out/,
        ),
      ],
    });
    expect(result.ok && result.chart).toBeUndefined();
    expect(fake.charts()).toEqual([]);
  });
});

describe("placing a chart (pure)", () => {
  const patch = (taken: string[], widths?: number[]): SheetPatch => ({
    area: { row: 10, col: 20, rows: taken.length, cols: taken[0].length },
    taken: taken.map((line) => [...line].map((ch) => ch === "x")),
    widths: widths ?? [...taken[0]].map(() => 10),
    heights: taken.map(() => 10),
  });

  test("the preferred cell when it is free, else the next free one row by row, else none", () => {
    const frame = { row: 10, col: 21, width: 20, height: 20 };
    expect(placeChart(patch(["....", "....", "...."]), frame)).toEqual({ row: 10, col: 21 });
    expect(placeChart(patch(["..x.", "....", "...."]), frame)).toEqual({ row: 11, col: 20 });
    expect(placeChart(patch(["x.x.", ".x.x", "x.x."]), frame)).toBeUndefined();
    // A size that runs past the area is never placed: the cells beyond were not read.
    expect(placeChart(patch(["....", "...."]), { ...frame, height: 30 })).toBeUndefined();
  });

  test("a cell touched in part counts as covered", () => {
    expect(placeChart(patch(["..x", "...", "..."], [10, 10, 10]), { row: 10, col: 20, width: 20, height: 10 })).toEqual(
      { row: 10, col: 20 },
    );
    expect(placeChart(patch(["..x", "...", "..."], [10, 10, 10]), { row: 10, col: 20, width: 21, height: 10 })).toEqual(
      { row: 11, col: 20 },
    );
  });
});

describe("reading a RangeAreas address (pure)", () => {
  test("areas are split where Excel joins them, not at a comma inside a quoted sheet name", () => {
    expect(parseAreas("Sheet1!B2:C3, Sheet1!E1")).toEqual([
      { row: 1, col: 1, rows: 2, cols: 2 },
      { row: 0, col: 4, rows: 1, cols: 1 },
    ]);
    expect(parseAreas("'Q1, Q2''s'!$A$1:$B$2, 'Q1, Q2''s'!D4:D5")).toEqual([
      { row: 0, col: 0, rows: 2, cols: 2 },
      { row: 3, col: 3, rows: 2, cols: 1 },
    ]);
    expect(parseAreas("")).toEqual([]);
    expect(parseBox("XFD1048576")).toEqual({ row: 1_048_575, col: 16_383, rows: 1, cols: 1 });
    expect(parseBox("XFE1")).toBeUndefined();
  });
});

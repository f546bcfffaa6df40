/**
 * Prepare for sharing and Restore live formulas against the engine-backed Excel fake: ASEAN formulas
 * become their values (spills included, number formats kept), each listed with its citation on
 * "ASEAN sources"; restoring gives back the same formulas and, recomputed, the same values. Edited
 * cells are left alone and reported; protected sheets stop the operation before anything is written;
 * large workbooks go in batches under the request limit, at most two round trips each.
 */
import { core } from "../../../src/core/api";
import { fact } from "../../../src/core/facts-query";
import { prepareForSharing } from "../../../src/excel/workbook/prepare-sharing";
import { restoreLiveFormulas } from "../../../src/excel/workbook/restore-formulas";
import { FIRST_RECORD_ROW, SOURCES_COLUMNS, SOURCES_SHEET } from "../../../src/excel/workbook/sources-sheet";
import type { Progress } from "../../../src/excel/workbook/operation-types";
import type { ExcelFake, ExcelFakeOptions, FakeCellValue } from "../../support/excel-fake";
import { fakeInstaller } from "../../support/fake-installer";
import { sourcesByCell } from "../../support/sources-records";
import { sameComputed } from "../../support/excel-fake-figure-block";

const EDITION = core().edition();

/**
 * A small model: scalar calls of every cited kind, a nested call, a reference argument, an error, a spill, a plain
 * formula.
 */
const MODEL: Record<string, string | number> = {
  "Sheet1!A1": "China-Malaysia",
  "Sheet1!B2": '=ASEAN.TRADE("CN","MY",2024)',
  "Sheet1!B3": '=ASEAN.TRADE("CN","MY",2021)*1000',
  "Sheet1!B4": '=ASEAN.FDI("CN","ASEAN",2022)',
  "Sheet1!B5": '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")',
  "Sheet1!B6": '=ASEAN.SHARE("CN","MY",2023)',
  "Sheet1!B7": '=ASEAN.TRADE("MY","CN",2024)',
  "Sheet1!B8": '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT","label")',
  "Sheet1!A10": "MY",
  "Sheet1!B10": '=ASEAN.TRADE("CN",A10,2023)',
  "Sheet1!C1": "=SUM(1,2)",
  "Sheet1!D2": '=ASEAN.SERIES("CN","MY",2020,2022)',
  "Data!B2": '=ASEAN.GROWTH("CN","VN",2024)',
};
const ASEAN_CELLS = Object.entries(MODEL)
  .filter(([, v]) => String(v).includes("ASEAN."))
  .map(([k]) => k);
const SPILL = ["Sheet1!D2", "Sheet1!E2", "Sheet1!D3", "Sheet1!E3", "Sheet1!D4", "Sheet1!E4", "Sheet1!D5", "Sheet1!E5"];

const installFake = fakeInstaller({ sheets: ["Sheet1", "Data"], cells: MODEL });

/** The model, with number formats on two of its cells; the runs and calls of the set-up are forgotten. */
async function install(o: ExcelFakeOptions = {}): Promise<ExcelFake> {
  const fake = installFake(o);
  await fake.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:B3").numberFormat = [["0.00"], ["#,##0"]];
    await ctx.sync();
  });
  fake.runs.length = 0;
  fake.log.length = 0;
  return fake;
}

const sheetValues = (fake: ExcelFake): FakeCellValue[][][] => ["Sheet1", "Data"].map((s) => fake.readSheet(s));
const formulasOf = (fake: ExcelFake, cells: string[]): (string | undefined)[] => cells.map((c) => fake.formulaAt(c));

/** Every cell either side holds, compared both ways: a value lost on one side shows as much as a changed one. */
function sameValues(a: FakeCellValue[][][], b: FakeCellValue[][][]): string[] {
  const out: string[] = [];
  for (let s = 0; s < Math.max(a.length, b.length); s++) {
    const rows = Math.max(a[s]?.length ?? 0, b[s]?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(a[s]?.[r]?.length ?? 0, b[s]?.[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const v = a[s]?.[r]?.[c] ?? null;
        const w = b[s]?.[r]?.[c] ?? null;
        if (!sameComputed(v, w, 0))
          out.push(`sheet ${s} R${r + 1}C${c + 1}: ${JSON.stringify(v)} vs ${JSON.stringify(w)}`);
      }
    }
  }
  return out;
}

const cite = (r: unknown): string =>
  typeof r === "object" && r !== null && "message" in r ? (r as { message: string }).message : String(r);

describe("Prepare for sharing", () => {
  test(
    "every ASEAN formula becomes its value, spills " + "whole, number formats kept, other formulas untouched",
    async () => {
      const fake = await install();
      const before = sheetValues(fake);
      const progress: Progress[] = [];
      const result = await prepareForSharing("workbook", { onProgress: (p) => progress.push(p) });
      expect(result).toMatchObject({
        ok: true,
        formulas: ASEAN_CELLS.length,
        cells: ASEAN_CELLS.length - 1 + SPILL.length,
        sheets: ["Sheet1", "Data"],
      });
      expect(formulasOf(fake, [...ASEAN_CELLS, ...SPILL])).toEqual([...ASEAN_CELLS, ...SPILL].map(() => undefined));
      expect(fake.formulaAt("Sheet1!C1")).toBe("=SUM(1,2)");
      expect(sameValues(sheetValues(fake), before)).toEqual([]);
      expect([fake.numberFormatAt("Sheet1!B2"), fake.numberFormatAt("Sheet1!B3")]).toEqual(["0.00", "#,##0"]);
      expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data", SOURCES_SHEET]);
      expect(fake.model.activeSheet.name).toBe("Sheet1");
      expect(fake.runs.filter((r) => r.syncs > 2)).toEqual([]);
      const writing = progress.filter((p) => p.stage === "writing");
      expect(writing[writing.length - 1]).toEqual({ done: result.cells, total: result.cells, stage: "writing" });
    },
  );

  test(
    '"ASEAN sources" lists each converted cell with its value, ' +
      "former formula, the core's citation and the edition",
    async () => {
      const fake = await install();
      const values = new Map([...ASEAN_CELLS, ...SPILL].map((c) => [c, fake.readCell(c)]));
      await prepareForSharing("workbook");
      const rows = sourcesByCell(fake);
      expect(fake.readSheet(SOURCES_SHEET)[FIRST_RECORD_ROW - 1]).toEqual([...SOURCES_COLUMNS]);
      const row = (cell: string, citation: string) => [cell, values.get(cell), MODEL[cell], null, citation, EDITION];
      expect(rows.get("Sheet1!B2")).toEqual(row("Sheet1!B2", core().source("CN", "MY", 2024, null) as string));
      expect(rows.get("Sheet1!B3")).toEqual(
        row("Sheet1!B3", `Computed from: ${core().source("CN", "MY", 2021, null)}`),
      );
      expect(rows.get("Sheet1!B4")).toEqual(
        row("Sheet1!B4", core().fdiSource("CN", "ASEAN", 2022, null, null) as string),
      );
      expect(rows.get("Sheet1!B5")).toEqual(row("Sheet1!B5", fact("ZERO_TARIFF_COVERAGE_PCT", "citation") as string));
      expect(rows.get("Sheet1!B8")).toEqual(row("Sheet1!B8", fact("ZERO_TARIFF_COVERAGE_PCT", "citation") as string));
      expect(rows.get("Sheet1!B10")).toEqual(row("Sheet1!B10", core().source("CN", "MY", 2023, null) as string));
      // A cell without data keeps its #N/A, and its citation says why there is none.
      expect(rows.get("Sheet1!B7")?.[1]).toMatchObject({ error: "#N/A" });
      expect(rows.get("Sheet1!B7")?.[4]).toBe(cite(core().source("MY", "CN", 2024, null)));
      // Ratios as the core cites them: both values they divide, in one currency.
      expect(rows.get("Sheet1!B6")).toEqual(row("Sheet1!B6", core().ratioSource("SHARE", "CN", "MY", 2023) as string));
      expect(rows.get("Data!B2")).toEqual(row("Data!B2", core().ratioSource("GROWTH", "CN", "VN", 2024) as string));
      // A spill: the formula on its own cell, every other cell naming it; values cited by the year of their row.
      expect(rows.get("Sheet1!D2")?.slice(2, 4)).toEqual([MODEL["Sheet1!D2"], null]);
      expect(rows.get("Sheet1!E3")).toEqual([
        "Sheet1!E3",
        values.get("Sheet1!E3"),
        null,
        "Sheet1!D2",
        core().source("CN", "MY", 2020, null),
        EDITION,
      ]);
      expect(rows.get("Sheet1!D3")?.[4]).toBeNull();
      expect(rows.size).toBe(ASEAN_CELLS.length - 1 + SPILL.length);
    },
  );

  test("the selection only: cells outside it keep their formulas", async () => {
    const fake = await install({ selection: "Sheet1!B2:B4" });
    const result = await prepareForSharing("selection");
    expect(result).toMatchObject({ ok: true, formulas: 3, cells: 3, sheets: ["Sheet1"] });
    expect(formulasOf(fake, ["Sheet1!B2", "Sheet1!B3", "Sheet1!B4"])).toEqual([undefined, undefined, undefined]);
    expect(formulasOf(fake, ["Sheet1!B5", "Data!B2", "Sheet1!D2"])).toEqual([
      MODEL["Sheet1!B5"],
      MODEL["Data!B2"],
      MODEL["Sheet1!D2"],
    ]);
    expect([...sourcesByCell(fake).keys()]).toEqual(["Sheet1!B2", "Sheet1!B3", "Sheet1!B4"]);
  });

  test("a protected sheet holding ASEAN formulas stops it before anything is written", async () => {
    const fake = await install({ protectedSheets: ["Data"] });
    const before = sheetValues(fake);
    const result = await prepareForSharing("workbook");
    expect(result).toEqual({
      ok: false,
      cells: 0,
      reason:
        "The sheet Data is protected and holds ASEAN formulas. Nothing was converted: unprotect it (Review > " +
        "Unprotect Sheet) and try again.",
    });
    expect(fake.log.filter((c) => !c.navigation && !c.api.endsWith(".load"))).toEqual([]);
    expect(sheetValues(fake)).toEqual(before);
    expect(fake.model.sheet(SOURCES_SHEET)).toBeUndefined();
  });

  test(
    "a protected workbook structure stops it before " + "anything is written: the sources sheet cannot be added",
    async () => {
      const fake = await install({ structureProtected: true });
      expect(await prepareForSharing("workbook")).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^The workbook's structure is protected.*Nothing was converted/),
      });
      expect(formulasOf(fake, ASEAN_CELLS)).toEqual(ASEAN_CELLS.map((c) => MODEL[c]));
    },
  );

  test("a workbook without ASEAN formulas says so and writes nothing", async () => {
    const fake = await install({ cells: { "Sheet1!A1": 1, "Sheet1!A2": "=A1*2" } });
    expect(await prepareForSharing("workbook")).toMatchObject({
      ok: true,
      cells: 0,
      message: "No ASEAN formulas to convert in this workbook.",
    });
    expect(fake.model.sheet(SOURCES_SHEET)).toBeUndefined();
  });
});

describe("Restore live formulas", () => {
  test(
    "formulas -> values -> formulas: the same formulas and, " + "recomputed, the same values; the sources sheet goes",
    async () => {
      const fake = await install();
      const formulas = formulasOf(fake, [...ASEAN_CELLS, ...SPILL]);
      const values = sheetValues(fake);
      await prepareForSharing("workbook");
      const restored = await restoreLiveFormulas();
      expect(restored).toMatchObject({
        ok: true,
        formulas: ASEAN_CELLS.length,
        cells: ASEAN_CELLS.length - 1 + SPILL.length,
        edited: [],
        missing: [],
      });
      expect(formulasOf(fake, [...ASEAN_CELLS, ...SPILL])).toEqual(formulas);
      expect(sameValues(sheetValues(fake), values)).toEqual([]);
      expect([fake.numberFormatAt("Sheet1!B2"), fake.numberFormatAt("Sheet1!B3")]).toEqual(["0.00", "#,##0"]);
      expect(fake.model.sheet(SOURCES_SHEET)).toBeUndefined();
      expect(fake.runs.filter((r) => r.syncs > 2)).toEqual([]);
    },
  );

  test(
    "a cell edited after conversion is left as the " + "user made it, listed, and kept on the sources sheet",
    async () => {
      const fake = await install();
      await prepareForSharing("workbook");
      await fake.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[999]];
        ctx.workbook.worksheets.getItem("Sheet1").getRange("E4").values = [["typed over"]];
        await ctx.sync();
      });
      const result = await restoreLiveFormulas();
      if (!result.ok) throw new Error(result.reason);
      expect(result.edited.map((e) => [e.cell, e.now])).toEqual([
        ["Sheet1!B2", 999],
        ["Sheet1!E4", "typed over"],
      ]);
      expect(result.message).toMatch(
        /2 converted cells were changed since and keep what is there now.*Sheet1!B2 \(was [\d.]+, now 999\), Sheet1!E4/,
      );
      expect(fake.readCell("Sheet1!B2")).toBe(999);
      expect(fake.formulaAt("Sheet1!D2")).toBeUndefined(); // its result was edited, so the spill is not put back
      expect(fake.formulaAt("Sheet1!B4")).toBe(MODEL["Sheet1!B4"]);
      expect([...sourcesByCell(fake).keys()]).toEqual(["Sheet1!B2", ...SPILL]);
      // Restoring again finds the same edits and changes nothing more.
      expect(await restoreLiveFormulas()).toMatchObject({
        ok: true,
        formulas: 0,
        edited: [{ cell: "Sheet1!B2" }, { cell: "Sheet1!E4" }],
      });
    },
  );

  test("without a sources sheet there is nothing to restore", async () => {
    await install();
    expect(await restoreLiveFormulas()).toMatchObject({
      ok: true,
      formulas: 0,
      message: expect.stringMatching(/^Nothing to restore/),
    });
  });
});

describe("large workbooks", () => {
  const many = (n: number): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [`Sheet1!A${i + 1}`, `=ASEAN.TRADE("CN","MY",${2000 + (i % 25)})`]),
    );

  test("batches stay under the request limit, at most two round trips each, with progress to the end", async () => {
    const limit = 12_000;
    const fake = await install({ cells: many(300), requestLimitBytes: limit });
    const values = fake.readSheet("Sheet1");
    const progress: number[] = [];
    const result = await prepareForSharing("workbook", {
      budget: limit / 2,
      onProgress: (p) => p.stage === "writing" && progress.push(p.done),
    });
    expect(result).toMatchObject({ ok: true, cells: 300 });
    if (!result.ok) return;
    expect(result.batches).toBeGreaterThan(5);
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(limit);
    expect(fake.runs.filter((r) => r.syncs > 2)).toEqual([]);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(300);
    expect(fake.readSheet("Sheet1")).toEqual(values);
    expect(await restoreLiveFormulas({ budget: limit / 2 })).toMatchObject({ ok: true, formulas: 300 });
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(limit);
    expect(fake.formulaAt("Sheet1!A300")).toBe(`=ASEAN.TRADE("CN","MY",${2000 + (299 % 25)})`);
  });

  test("the fake refuses a request over its limit, as Excel on the web does", async () => {
    const fake = await install({ cells: many(300), requestLimitBytes: 12_000 });
    expect(await prepareForSharing("workbook", { budget: 1_000_000 })).toMatchObject({
      ok: false,
      cells: 0,
      reason: expect.stringMatching(/Excel stopped after 0 of 300 cells.*payload size has exceeded the limit/),
    });
    expect(fake.formulaAt("Sheet1!A1")).toBe('=ASEAN.TRADE("CN","MY",2000)');
  });
});

/**
 * Formulas given ranges (one result per cell, src/core/broadcast.ts) in the workbook operations, against the
 * engine-backed Excel fake: Prepare for sharing cites each cell of a broadcast with its own call's citation,
 * as ASEAN.SOURCE gives it for that cell's values (ranges read from the sheet, array constants from the
 * formula, in English and in Chinese); Restore live formulas gives back the same formulas and values; the
 * edition check says which cells of a broadcast would change.
 */
import { core } from "../../../src/core/api";
import { chineseName } from "../../../src/core/i18n/chinese-names";
import { messageIn } from "../../../src/core/i18n/messages-zh";
import { prepareForSharing } from "../../../src/excel/workbook/prepare-sharing";
import { restoreLiveFormulas } from "../../../src/excel/workbook/restore-formulas";
import { SOURCES_COLUMNS } from "../../../src/excel/workbook/sources-sheet";
import { checkEdition } from "../../../src/excel/workbook/workbook-edition";
import { COMPUTED_EDITION } from "../../../src/excel/workbook/workbook-settings";
import { fakeInstaller } from "../../support/fake-installer";
import { sourcesByCell } from "../../support/sources-records";

const TRADE = '=ASEAN.TRADE("CN",B2:B4,2024)';
const GRID = '=ASEAN.TRADE("CN",D2:D3,E1:G1)';
const ARRAY = '=ASEAN.TRADE("CN",{"MY";"VN"},2023)';
const UNEVEN = '=ASEAN.TRADE("CN",B2:B4,{2022;2023})';
const MODEL: Record<string, string | number> = {
  "Sheet1!B2": "MY",
  "Sheet1!B3": "VN",
  "Sheet1!B4": "TH",
  "Sheet1!C2": TRADE,
  "Sheet1!E1": 2021,
  "Sheet1!F1": 2022,
  "Sheet1!G1": 2023,
  "Sheet1!D2": "ID",
  "Sheet1!D3": "SG",
  "Sheet1!E2": GRID,
  "Sheet1!I2": ARRAY,
  "Sheet1!K2": UNEVEN,
};
const install = fakeInstaller({ sheets: ["Sheet1"], cells: MODEL });

const CITATION = SOURCES_COLUMNS.indexOf("Citation");
const text = (r: unknown): string =>
  typeof r === "object" && r !== null && "message" in r ? (r as { message: string }).message : String(r);
const source = (partner: string, year: number): string => text(core().source("CN", partner, year, null));

/** Every cell of the model's broadcasts, and the citation of its own call (ASEAN.SOURCE with its values). */
const CITED: Record<string, string> = {
  "Sheet1!C2": source("MY", 2024),
  "Sheet1!C3": source("VN", 2024),
  "Sheet1!C4": source("TH", 2024),
  // A column of partners by a row of years: each cell its own partner and year.
  "Sheet1!E2": source("ID", 2021),
  "Sheet1!F2": source("ID", 2022),
  "Sheet1!G2": source("ID", 2023),
  "Sheet1!E3": source("SG", 2021),
  "Sheet1!F3": source("SG", 2022),
  "Sheet1!G3": source("SG", 2023),
  "Sheet1!I2": source("MY", 2023),
  "Sheet1!I3": source("VN", 2023),
  "Sheet1!K2": source("MY", 2022),
  "Sheet1!K3": source("VN", 2023),
};
const FORMULA_CELLS = ["Sheet1!C2", "Sheet1!E2", "Sheet1!I2", "Sheet1!K2"];

describe("a formula given ranges, prepared for sharing", () => {
  test("each cell is listed with its value and its own call's citation; the formula on its first cell", async () => {
    const fake = install();
    const cells = [...Object.keys(CITED), "Sheet1!K4"];
    const values = new Map(cells.map((c) => [c, fake.readCell(c)]));
    expect(values.get("Sheet1!C3")).toBe(core().tradeNumber("CN", "VN", 2024, null, null));
    const result = await prepareForSharing("workbook");
    expect(result).toMatchObject({ ok: true, formulas: 4, cells: cells.length });
    const rows = sourcesByCell(fake);
    expect(rows.size).toBe(cells.length);
    expect(rows.get("Sheet1!C2")).toEqual([
      "Sheet1!C2",
      values.get("Sheet1!C2"),
      TRADE,
      null,
      CITED["Sheet1!C2"],
      EDITION(),
    ]);
    expect(rows.get("Sheet1!C4")).toEqual([
      "Sheet1!C4",
      values.get("Sheet1!C4"),
      null,
      "Sheet1!C2",
      CITED["Sheet1!C4"],
      EDITION(),
    ]);
    for (const [cell, citation] of Object.entries(CITED))
      expect([cell, rows.get(cell)?.[CITATION]]).toEqual([cell, citation]);
    // Three partners against two years: the third cell is #N/A, and its citation says why, as the cell does.
    const uneven = core().callEach("TRADE", ["CN", [["MY"], ["VN"], ["TH"]], [[2022], [2023]]]) as unknown[][];
    expect(rows.get("Sheet1!K4")?.[1]).toMatchObject({ error: "#N/A" });
    expect(rows.get("Sheet1!K4")?.[CITATION]).toBe(text(uneven[2][0]));
    expect(new Set(["Sheet1!C2", "Sheet1!C3", "Sheet1!C4"].map((c) => rows.get(c)?.[CITATION])).size).toBe(3);
    expect(fake.runs.filter((r) => r.syncs > 2)).toEqual([]);
  });

  test("Restore live formulas gives back the same formulas and, recomputed, the same values", async () => {
    const fake = install();
    const cells = [...Object.keys(CITED), "Sheet1!K4"];
    const before = cells.map((c) => [fake.formulaAt(c), fake.readCell(c)]);
    await prepareForSharing("workbook");
    expect(FORMULA_CELLS.map((c) => fake.formulaAt(c))).toEqual(FORMULA_CELLS.map(() => undefined));
    expect(await restoreLiveFormulas()).toMatchObject({ ok: true, formulas: 4, cells: cells.length, edited: [] });
    expect(cells.map((c) => [fake.formulaAt(c), fake.readCell(c)])).toEqual(before);
    expect(FORMULA_CELLS.map((c) => fake.formulaAt(c))).toEqual([TRADE, GRID, ARRAY, UNEVEN]);
  });

  test("in a Chinese workbook each cell's citation is its own call's, in Chinese", async () => {
    const fake = install();
    const result = await prepareForSharing("workbook", { language: "zh" });
    expect(result.ok).toBe(true);
    const rows = sourcesByCell(fake);
    for (const [cell, citation] of Object.entries(CITED))
      expect([cell, rows.get(cell)?.[CITATION]]).toEqual([cell, messageIn(citation, "zh", chineseName)]);
    expect(rows.get("Sheet1!C3")?.[CITATION]).not.toBe(CITED["Sheet1!C3"]);
  });
});

const EDITION = (): string => core().edition();

describe("a formula given ranges, checked against the current edition", () => {
  test("only the cells of the broadcast whose value would change are listed", async () => {
    const trade = (p: string): number => core().tradeNumber("CN", p, 2024, null, null) as number;
    install({
      cells: { "Sheet1!B2": "MY", "Sheet1!B3": "VN", "Sheet1!B4": "TH" },
      settings: { [COMPUTED_EDITION]: "2024.1" },
      savedCells: { "Sheet1!C2": { formula: TRADE, value: [[trade("MY")], [999], [trade("TH")]] } },
    });
    expect(await checkEdition()).toMatchObject({
      checked: 1,
      unchecked: 0,
      changes: [{ cell: "Sheet1!C3", formulaCell: "Sheet1!C2", was: 999, now: trade("VN") }],
    });
  });
});

/**
 * The workbook remembers the dataset edition its ASEAN cells were computed with; opened with a newer
 * add-in, the cells that would change are found by computing them again through the core, and either
 * updated (entered again) or kept (converted to the values they show, listed on ASEAN sources).
 */
import { core } from "../../../src/core/api";
import { insertFigure } from "../../../src/excel/insert-figure";
import { insertFormulaAtSelection } from "../../../src/excel/insert-formula";
import { compareEditions, sameShown } from "../../../src/excel/workbook/edition-check";
import { FIRST_RECORD_ROW, SOURCES_SHEET } from "../../../src/excel/workbook/sources-sheet";
import {
  checkEdition,
  isOutdated,
  keepEditionValues,
  recordedEdition,
  updateToCurrentEdition,
} from "../../../src/excel/workbook/workbook-edition";
import { COMPUTED_EDITION } from "../../../src/excel/workbook/workbook-settings";
import type { ExcelFakeOptions } from "../../support/excel-fake";
import { figureById } from "../../support/catalogue-figures";
import { fakeInstaller } from "../../support/fake-installer";

const CURRENT = core().edition();
const OLD = "2024.1";
const trade = (year: number): number => core().tradeNumber("CN", "MY", year, null, null) as number;

/** A workbook last calculated with an older edition: some values differ from what the current data gives. */
const OLD_WORKBOOK: ExcelFakeOptions = {
  settings: { [COMPUTED_EDITION]: OLD },
  savedCells: {
    "Sheet1!B2": { formula: '=ASEAN.TRADE("CN","MY",2024)', value: 123 },
    "Sheet1!B3": { formula: '=ASEAN.TRADE("CN","MY",2022)', value: trade(2022) },
    "Sheet1!B5": { formula: '=ASEAN.TRADE("CN","MY",2024)*2', value: 246 },
    "Sheet1!D2": {
      formula: '=ASEAN.SERIES("CN","MY",2020,2021)',
      value: [
        ["Year", "China trade with Malaysia (US$ billion)"],
        [2020, 999],
        [2021, trade(2021)],
      ],
    },
  },
};

const install = fakeInstaller();

describe("editions (pure)", () => {
  test("compared part by part as numbers; values compared as Excel shows them", () => {
    expect(
      ["2024.1", "2025.1", "2025.2", "2025.10", "2026.1"].every(
        (e, i, all) => i === 0 || compareEditions(all[i - 1], e) < 0,
      ),
    ).toBe(true);
    expect(compareEditions(CURRENT, CURRENT)).toBe(0);
    expect(isOutdated(OLD)).toBe(true);
    expect(isOutdated(undefined)).toBe(false);
    expect([
      sameShown(0.1 + 0.2, 0.3),
      sameShown(1, 1.001),
      sameShown("#N/A", "#N/A"),
      sameShown(null, ""),
      sameShown(2, "2"),
    ]).toEqual([true, false, true, true, false]);
  });
});

describe("recording the edition", () => {
  test(
    "inserting a live formula records the edition when the " + "workbook has none, and leaves an older record alone",
    async () => {
      const fake = install({ activeCell: "Sheet1!C5" });
      expect(await insertFormulaAtSelection("=ASEAN.EDITION()")).toMatchObject({ ok: true, syncs: 2 });
      expect(fake.model.settings.get(COMPUTED_EDITION)).toBe(CURRENT);
      const older = install({ activeCell: "Sheet1!C5", settings: { [COMPUTED_EDITION]: OLD } });
      await insertFormulaAtSelection("=ASEAN.EDITION()");
      expect(older.model.settings.get(COMPUTED_EDITION)).toBe(OLD);
    },
  );

  test("a figure inserted as live formulas records it within its two round trips; as values it does not", async () => {
    const figure = figureById("figure-2-asean-partner-shares");
    const asValues = install({ activeCell: "Sheet1!B3" });
    await insertFigure(figure, { target: "newSheet", mode: "values", chart: false, sourceNote: true });
    expect(asValues.model.settings.has(COMPUTED_EDITION)).toBe(false);
    const asFormulas = install({ activeCell: "Sheet1!B3" });
    await insertFigure(figure, { target: "newSheet", mode: "formulas", chart: false, sourceNote: true });
    expect(asFormulas.model.settings.get(COMPUTED_EDITION)).toBe(CURRENT);
    expect(asFormulas.runs).toEqual([{ syncs: 2, roundTrips: 2 }]);
  });
});

describe("a workbook built with an older edition", () => {
  test("says which cells would change, spilled ones included, and which could not be checked here", async () => {
    install(OLD_WORKBOOK);
    expect(await recordedEdition()).toBe(OLD);
    const check = await checkEdition();
    expect(check).toEqual({
      current: CURRENT,
      recorded: OLD,
      checked: 3,
      unchecked: 1,
      changes: [
        { cell: "Sheet1!B2", formulaCell: "Sheet1!B2", was: 123, now: trade(2024) },
        { cell: "Sheet1!E3", formulaCell: "Sheet1!D2", was: 999, now: trade(2020) },
      ],
    });
  });

  test(
    "update: every ASEAN formula computes again with the " + "current data, and the workbook records this edition",
    async () => {
      const fake = install(OLD_WORKBOOK);
      expect(await updateToCurrentEdition()).toMatchObject({ ok: true, cells: 4 });
      expect([fake.readCell("Sheet1!B2"), fake.readCell("Sheet1!E3"), fake.readCell("Sheet1!B5")]).toEqual([
        trade(2024),
        trade(2020),
        trade(2024) * 2,
      ]);
      expect(fake.model.settings.get(COMPUTED_EDITION)).toBe(CURRENT);
      expect(await checkEdition()).toMatchObject({ recorded: CURRENT, changes: [] });
    },
  );

  test(
    "keep: the cells that would change become the values " + "they show, listed with the edition that computed them",
    async () => {
      const fake = install(OLD_WORKBOOK);
      const check = await checkEdition();
      if (!check) throw new Error("no check");
      expect(await keepEditionValues(check)).toMatchObject({ ok: true, formulas: 2, cells: 1 + 6 });
      expect([
        fake.readCell("Sheet1!B2"),
        fake.formulaAt("Sheet1!B2"),
        fake.readCell("Sheet1!E3"),
        fake.formulaAt("Sheet1!D2"),
      ]).toEqual([123, undefined, 999, undefined]);
      expect(fake.formulaAt("Sheet1!B3")).toBe('=ASEAN.TRADE("CN","MY",2022)');
      const row = fake
        .readSheet(SOURCES_SHEET)
        .slice(FIRST_RECORD_ROW)
        .find((r) => r[0] === "Sheet1!B2");
      expect(row?.slice(0, 3)).toEqual(["Sheet1!B2", 123, '=ASEAN.TRADE("CN","MY",2024)']);
      expect(row?.[4]).toBe(
        `Value computed with edition ${OLD}; cited as in edition ${CURRENT}: ${core().source("CN", "MY", 2024, null)}`,
      );
      expect(row?.[5]).toBe(OLD);
      expect(fake.model.settings.get(COMPUTED_EDITION)).toBe(CURRENT);
    },
  );
});

/**
 * Prepare for sharing and Restore live formulas in Chinese, against the engine-backed Excel fake: the
 * "ASEAN sources" sheet is written in the language asked for (the workbook's own ASEAN.Language first,
 * then the pane's), with the same cells, values, formulas and editions as in English and each citation
 * the English one in Chinese; Restore reads a Chinese sheet back as it reads an English one; and every
 * sentence the two operations report has its Chinese.
 */
import fs from "node:fs";
import path from "node:path";
import { chineseName } from "../../../src/core/i18n/chinese-names";
import { LANGUAGE_SETTING } from "../../../src/core/i18n/language";
import { messageIn, untranslated } from "../../../src/core/i18n/messages-zh";
import { setWorkbookCellLanguage } from "../../../src/excel/workbook/cell-language";
import { prepareForSharing } from "../../../src/excel/workbook/prepare-sharing";
import { restoreLiveFormulas } from "../../../src/excel/workbook/restore-formulas";
import { FIRST_RECORD_ROW, SOURCES_COLUMNS, SOURCES_SHEET } from "../../../src/excel/workbook/sources-sheet";
import type { ExcelFake, ExcelFakeOptions, FakeCellValue } from "../../support/excel-fake";
import { fakeInstaller } from "../../support/fake-installer";

const HAN = /\p{Script=Han}/u;
/** The dataset's own notes on its values (other sources' figures) are cited as the dataset words them. */
const DATASET_TEXT = fs.readFileSync(path.resolve(__dirname, "../../../src/core/data/dataset.json"), "utf8");
/** One formula of each kind the sources sheet cites, beside a few whose citations say why there is none. */
const MODEL: Record<string, string | number> = {
  "Sheet1!A10": "MY",
  "Sheet1!B2": '=ASEAN.TRADE("CN","VN",2024,"exports")',
  "Sheet1!B3": '=ASEAN.TRADE("CN",A10,2023)+ASEAN.TRADE("CN","VN",2023)',
  "Sheet1!B4": '=ASEAN.TRADE("CN",INDEX(A10:A10,1),2023)',
  "Sheet1!B5": '=ASEAN.FDI("CN","ASEAN",2021)',
  "Sheet1!B6": '=ASEAN.SHARE("CN","MY",2023)',
  "Sheet1!B7": '=ASEAN.TRADE("MY","CN",2024)',
  "Sheet1!B8": '=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT")',
  "Sheet1!D2": '=ASEAN.SERIES("CN","MY",2020,2022)',
  "Sheet1!G2": '=ASEAN.MIRROR("CN","MY",2022)',
  "Data!B2": '=ASEAN.GROWTH("CN","VN",2024)',
  "Data!B3": '=ASEAN.GROWTH("CN","MY",2024,,2020)',
};
const installFake = fakeInstaller({ sheets: ["Sheet1", "Data"], cells: MODEL });

const head = (fake: ExcelFake): FakeCellValue[][] => fake.readSheet(SOURCES_SHEET).slice(0, FIRST_RECORD_ROW);
const records = (fake: ExcelFake): FakeCellValue[][] =>
  fake
    .readSheet(SOURCES_SHEET)
    .slice(FIRST_RECORD_ROW)
    .filter((r) => typeof r[0] === "string" && r[0] !== "")
    .map((r) => r.slice(0, SOURCES_COLUMNS.length));
const CITATION = SOURCES_COLUMNS.indexOf("Citation");
const without = (row: FakeCellValue[], i: number): FakeCellValue[] => row.filter((_, j) => j !== i);

async function prepared(o: ExcelFakeOptions, language?: "en" | "zh"): Promise<ExcelFake> {
  const fake = installFake(o);
  const result = await prepareForSharing("workbook", language ? { language } : {});
  if (!result.ok) throw new Error(result.reason);
  return fake;
}

/** The English pieces of a citation as the sources sheet writes it: each ASEAN call's, each side's. */
const pieces = (citation: string): string[] =>
  citation
    .replace(/^Computed from: /, "")
    .split(/ \| |\(\d\) /)
    .map((p) => p.trim())
    .filter((p) => p !== "");

describe("the sources sheet in Chinese", () => {
  test(
    "from a Chinese pane: Chinese title and headers, the same records, each citation the English in " + "Chinese",
    async () => {
      const english = records(await prepared({}, "en"));
      const fake = await prepared({}, "zh");
      const chinese = records(fake);
      expect(
        head(fake)
          .flat()
          .filter((v) => v !== "" && v !== null)
          .every((v) => HAN.test(String(v))),
      ).toBe(true);
      expect(head(fake)[FIRST_RECORD_ROW - 1]).toHaveLength(SOURCES_COLUMNS.length);
      expect(chinese.map((r) => without(r, CITATION))).toEqual(english.map((r) => without(r, CITATION)));
      english.forEach((row, i) => {
        const en = String(row[CITATION] ?? "");
        const zh = String(chinese[i][CITATION] ?? "");
        // A headline figure of the report is cited by its publication, as published (as the figures' notes are).
        if (String(row[2]).startsWith("=ASEAN.FACT(")) return expect(zh).toBe(en);
        expect([row[0], zh === "" ? "" : HAN.test(zh)]).toEqual([row[0], en === "" ? "" : true]);
        // Every sentence of the English has its Chinese, so nothing of the citation stays English.
        for (const piece of pieces(en)) {
          if (piece.startsWith("ASEAN.")) continue; // the note for an argument computed by a formula
          const english = untranslated(piece, chineseName).filter((t) => !DATASET_TEXT.includes(t));
          expect([row[0], english]).toEqual([row[0], []]);
          expect(zh).toContain(messageIn(piece, "zh", chineseName));
        }
      });
      expect(chinese.some((r) => String(r[CITATION]).startsWith("计算依据："))).toBe(true);
      expect(chinese.some((r) => /^ASEAN\.TRADE：/.test(String(r[CITATION])))).toBe(true);
    },
  );

  test("the workbook's own language comes before the pane's, both ways", async () => {
    const zhBook = await prepared({ settings: { [LANGUAGE_SETTING]: "zh" } }, "en");
    expect(String(head(zhBook)[0][0])).toMatch(HAN);
    const enBook = await prepared({ settings: { [LANGUAGE_SETTING]: "en" } }, "zh");
    expect(head(enBook)[FIRST_RECORD_ROW - 1]).toEqual([...SOURCES_COLUMNS]);
  });

  test("Restore reads a Chinese sheet back: the same formulas return, and what it says has its Chinese", async () => {
    const fake = await prepared({}, "zh");
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[999]];
      await ctx.sync();
    });
    const result = await restoreLiveFormulas();
    if (!result.ok) throw new Error(result.reason);
    expect(fake.formulaAt("Sheet1!B5")).toBe(MODEL["Sheet1!B5"]);
    expect(fake.formulaAt("Sheet1!G2")).toBe(MODEL["Sheet1!G2"]);
    expect(result.edited.map((e) => e.cell)).toEqual(["Sheet1!B2"]);
    expect(untranslated(result.message, chineseName)).toEqual([]);
    expect(messageIn(result.message, "zh", chineseName)).toMatch(
      /^已恢复 \d+ 个 ASEAN 公式.*Sheet1!B2（原为 [\d.]+，现为 999）/,
    );
  });
});

describe("what Prepare for sharing and Restore live formulas say, in Chinese", () => {
  const said = (r: { ok: boolean; message?: string; reason?: string }): string => (r.ok ? r.message : r.reason) ?? "";

  test.each<[string, ExcelFakeOptions, () => Promise<{ ok: boolean; message?: string; reason?: string }>]>([
    [
      "converted, with an error value among them",
      { cells: { "Sheet1!A1": '=ASEAN.TRADE("CN","MY",1990)' } },
      () => prepareForSharing("workbook"),
    ],
    ["a protected sheet", { protectedSheets: ["Data"] }, () => prepareForSharing("workbook")],
    ["a protected structure", { structureProtected: true }, () => prepareForSharing("workbook")],
    ["nothing to convert", { cells: { "Sheet1!A1": 1 } }, () => prepareForSharing("workbook")],
    ["nothing to restore", {}, () => restoreLiveFormulas()],
    ["the language on an Excel that keeps no settings", { excelApi: "1.3" }, () => setWorkbookCellLanguage("zh")],
  ])("%s", async (_what, o, operation) => {
    installFake(o);
    const text = said(await operation());
    expect(text).not.toBe("");
    expect(untranslated(text, chineseName)).toEqual([]);
    expect(messageIn(text, "zh", chineseName)).toMatch(HAN);
  });

  test("a sheet gone since the conversion", async () => {
    const fake = await prepared({});
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Data").delete();
      await ctx.sync();
    });
    const gone = await restoreLiveFormulas();
    expect(untranslated(said(gone), chineseName)).toEqual([]);
    expect(said(gone)).toMatch(/cannot be restored/);
  });
});

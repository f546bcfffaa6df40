/**
 * What the Excel writer says on an older Excel, in Chinese: the notes a chart plan makes when a version
 * lacks a chart feature, and why an insert is refused, each have their Chinese sentence for sentence
 * (src/core/i18n/messages-zh.ts), with the Excel versions named in Chinese too.
 */
import { chineseName } from "../../src/core/i18n/chinese-names";
import { messageIn, untranslated } from "../../src/core/i18n/messages-zh";
import type { Figure } from "../../src/core/report/figures/figure-types";
import { figureIn } from "../../src/core/report/figures/figure-text-zh";
import { planChart } from "../../src/excel/chart-plan";
import { insertFigure } from "../../src/excel/insert-figure";
import { layoutBlock, shapeOf } from "../../src/excel/layout";
import type { Capabilities } from "../../src/excel/requirements";
import { figureById } from "../support/catalogue-figures";
import { fakeInstaller } from "../support/fake-installer";
import { insertOptions } from "../support/insert-options";
import { ALL, WITH_CHART } from "./writer-fixtures";

const HAN = /\p{Script=Han}/u;
const OLDER: Record<string, Partial<Capabilities>> = {
  "before 1.7": { seriesApi: false, secondaryAxis: false, chartPoints: false, chartLabelFormats: false },
  "before 1.8": { secondaryAxis: false, chartLabelFormats: false },
};

/** Every sentence has its Chinese, and the Chinese names no Excel version in English words. */
function inChinese(text: string): string {
  expect([text, untranslated(text, chineseName)]).toEqual([text, []]);
  const zh = messageIn(text, "zh", chineseName);
  expect(zh).toMatch(HAN);
  expect(zh).not.toMatch(/or later|this version/i);
  return zh;
}

describe("an older Excel's chart notes, in Chinese", () => {
  test.each(Object.entries(OLDER))("%s: every note of every chart, English and Chinese figures alike", (_, lacks) => {
    const notes = new Set<string>();
    for (const f of WITH_CHART)
      for (const figure of [f, figureIn(f, "zh", chineseName)] as Figure[]) {
        const plan = planChart(figure, layoutBlock(shapeOf(figure, true), { row: 0, col: 0 }), { ...ALL, ...lacks });
        for (const note of plan?.notes ?? []) notes.add(note);
      }
    expect(notes.size).toBeGreaterThan(0);
    for (const note of notes) inChinese(note);
  });
});

describe("an insert refused by an older Excel, in Chinese", () => {
  const install = fakeInstaller({ activeCell: "Sheet1!B3" });
  const shares = figureById("figure-2-asean-partner-shares");

  test("ExcelApi 1.1 cannot insert figures at all", async () => {
    install({ excelApi: "1.1" });
    const result = await insertFigure(shares, insertOptions());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inChinese(result.reason)).toContain("Excel 2019 或更高版本");
  });

  test("before ExcelApi 1.9 a sheet's tables cannot be located in advance", async () => {
    install({
      excelApi: "1.8",
      cells: { "Sheet1!C1": "a", "Sheet1!D1": "b" },
      tables: [{ name: "UserTable", address: "Sheet1!C1:D12" }],
    });
    const result = await insertFigure(shares, insertOptions());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inChinese(result.reason)).toContain("UserTable");
  });
});

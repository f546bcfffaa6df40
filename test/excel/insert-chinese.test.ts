/**
 * A figure inserted in Chinese through the engine-backed Excel fake: the writer renders the Chinese
 * figure as it renders the English one, so titles, headers, the unit line and the notes are Chinese and
 * every number and live formula is the one the English insert writes.
 */
import { chineseName } from "../../src/core/i18n/chinese-names";
import { figureIn } from "../../src/core/report/figures/figure-text-zh";
import { messageIn, untranslated } from "../../src/core/i18n/messages-zh";
import { insertFigure } from "../../src/excel/insert-figure";
import { insertFormulaAtSelection } from "../../src/excel/insert-formula";
import type { InsertResult } from "../../src/excel/insert-types";
import { figureById } from "../support/catalogue-figures";
import { insertOptions as options } from "../support/insert-options";
import { installExcelFake, type ExcelFake } from "../support/excel-fake";
import { readFigureBlock } from "../support/excel-fake-figure-block";

const HAN = /\p{Script=Han}/u;
const names = chineseName;
const figure = figureById;

let installed: (ExcelFake & { uninstall(): void }) | undefined;
afterEach(() => {
  installed?.uninstall();
  installed = undefined;
});

function ok(result: InsertResult): Extract<InsertResult, { ok: true }> {
  if (!result.ok) throw new Error(`Insert refused: ${result.reason}`);
  return result;
}

describe("inserting in Chinese", () => {
  test.each(["values", "formulas"] as const)(
    "China–ASEAN trade as %s: Chinese words around the same numbers and formulas",
    async (mode) => {
      const en = figure("china-asean-trade-1991-2024");
      const zh = figureIn(en, "zh", names);
      installed = installExcelFake(globalThis, {
        excelApi: "1.8",
        sheets: ["English", "中文"],
        activeCell: "English!B2",
      });
      const english = readFigureBlock(installed, ok(await insertFigure(en, options({ mode }))).address, en);
      installed.uninstall();
      installed = installExcelFake(globalThis, { excelApi: "1.8", sheets: ["中文"], activeCell: "中文!B2" });
      const chinese = readFigureBlock(installed, ok(await insertFigure(zh, options({ mode }))).address, zh);

      expect(chinese.title).toBe("中国—东盟货物贸易，1991—2024 年");
      expect(chinese.unit).toBe("单位：十亿美元；增长率按美元值计算的百分比");
      expect(chinese.header).toEqual(["年份", "贸易总额", "中国出口", "中国进口", "总额增长率（美元）"]);
      expect(chinese.sourceNote).toMatch(/^来源：国际货币基金组织/);
      expect(chinese.dataNote).toMatch(HAN);
      expect(chinese.body).toEqual(english.body);
      expect(chinese.formulas).toEqual(english.formulas);
      expect(chinese.formats).toEqual(english.formats);
    },
  );

  test("a chart in Chinese: Chinese titles, and lower bounds labelled 超过 (more than) in Chinese", async () => {
    installed = installExcelFake(globalThis, { excelApi: "1.8", activeCell: "Sheet1!B2" });
    const zh = figureIn(figure("figure-1-categories"), "zh", names);
    const result = ok(await insertFigure(zh, options()));
    const chart = installed.charts(result.sheet).find((c) => c.name === result.chart);
    if (!chart) throw new Error("no chart");
    expect(chart.title).toBe(zh.title);
    expect(chart.axes.category.title).toBe("类别");
    const labels = chart.series.flatMap((s) => Object.values(s.points ?? {}).map((p) => p.labelFormat));
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(/^"超过 "/);
  });

  test("a ranking names the members in Chinese, and a new sheet is named after the Chinese figure number", async () => {
    installed = installExcelFake(globalThis, { excelApi: "1.8", activeCell: "Sheet1!A1" });
    const members = figureIn(figure("china-asean-members-2024"), "zh", names);
    const block = readFigureBlock(installed, ok(await insertFigure(members, options())).address, members);
    expect(block.body.map((r) => r[1])).toEqual(expect.arrayContaining(["越南", "马来西亚", "印度尼西亚"]));
    const shares = figureIn(figure("figure-2-asean-partner-shares"), "zh", names);
    const onNewSheet = ok(await insertFigure(shares, options({ target: "newSheet" })));
    expect(onNewSheet.address.startsWith("'图 2'!")).toBe(true);
  });

  test("why nothing was inserted is said in Chinese, sentence by sentence", async () => {
    const zh = figureIn(figure("china-asean-trade-1991-2024"), "zh", names);
    const reasons: string[] = [];
    const refused = async (make: () => Promise<InsertResult>): Promise<void> => {
      const r = await make();
      if (r.ok) throw new Error("inserted");
      reasons.push(r.reason);
    };
    installed = installExcelFake(globalThis, { excelApi: "1.8", activeCell: "Sheet1!B2", cells: { "Sheet1!C8": 1 } });
    await refused(() => insertFigure(zh, options()));
    installed = installExcelFake(globalThis, { excelApi: "1.8", activeCell: "Sheet1!B2", protectedSheets: ["Sheet1"] });
    await refused(() => insertFigure(zh, options()));
    installed = installExcelFake(globalThis, { excelApi: "1.8", activeCell: "Sheet1!C5", cells: { "Sheet1!C5": 0 } });
    const formula = await insertFormulaAtSelection("=ASEAN.EDITION()");
    if (formula.ok) throw new Error("inserted");
    reasons.push(formula.reason);
    for (const reason of reasons) {
      expect([reason, untranslated(reason, names)]).toEqual([reason, []]);
      expect(messageIn(reason, "zh", names)).toMatch(HAN);
    }
    expect(messageIn(reasons[0], "zh", names)).toMatch(/^图表需要 .+ 为空，但 Sheet1!C8 中有数据。未写入任何内容：/);
  });
});

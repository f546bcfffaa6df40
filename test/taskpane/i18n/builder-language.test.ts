/**
 * The formula builder in Chinese: its forms, the value computed from cells and the words around it, with
 * the same formula and the same value as in English.
 */
import { message, type Translate } from "../../../src/taskpane/i18n/i18n";
import { citationOf, evaluateFormula, formulaText, readFromText } from "../../../src/taskpane/builder/formula";
import { formFor, formIn } from "../../../src/taskpane/builder/function-forms";

const HAN = /\p{Script=Han}/u;
const zh: Translate = (key, vars) => message("zh", key, vars);
const trade = formFor("TRADE");
const values = ["CN", "B2", "2024", "", ""];
const read = { ok: true as const, cells: new Map([["B2", { kind: "value" as const, value: "MY" }]]) };

describe("the formula builder in Chinese", () => {
  test("forms name the parameters as Chinese Excel does, and keep the functions' own names in formulas", () => {
    const form = formIn(trade, "zh");
    expect(form.summary).toMatch(HAN);
    expect(form.params.map((p) => p.label)).toEqual(["报告方", "伙伴方", "年份", "流向", "单位"]);
    expect(form.params.map((p) => p.name)).toEqual(trade.params.map((p) => p.name));
    expect(formulaText(form, values)).toBe(formulaText(trade, values));
    expect(formIn(trade, "en")).toBe(trade);
  });

  test("a value read from a cell is the same, and said in Chinese", () => {
    expect(evaluateFormula(trade, values, read, zh)).toBe(evaluateFormula(trade, values, read));
    expect(readFromText(trade, values, read, zh)).toBe('按工作簿当前内容 B2 = "MY" 计算；其变化时 Excel 会重新计算。');
    expect(citationOf(formFor("SHARE"), ["CN", "B2", "2024", "", "", ""], read, zh)).toBe(
      citationOf(formFor("SHARE"), ["CN", "B2", "2024", "", "", ""], read),
    );
  });

  test("why there is no value yet is said in Chinese", () => {
    const outside = evaluateFormula(trade, values, undefined, zh);
    expect(outside).toMatchObject({ state: "excel", dependsOn: ["B2"] });
    expect((outside as { why: string }).why).toMatch(/^该值取决于单元格 B2/);
    const empty = { ok: true as const, cells: new Map([["B2", { kind: "empty" as const }]]) };
    expect((evaluateFormula(trade, values, empty, zh) as { why: string }).why).toMatch(/^B2 为空/);
  });
});

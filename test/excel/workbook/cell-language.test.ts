/**
 * Fixing the language of a workbook's ASEAN cells against the Excel fake, whose cells run the real
 * functions: the choice is saved in the workbook, the functions see it at once, and every ASEAN cell
 * is computed again so its message is in that language.
 */
import { chineseName } from "../../../src/core/i18n/chinese-names";
import { LANGUAGE_SETTING } from "../../../src/core/i18n/language";
import { messageIn, untranslated } from "../../../src/core/i18n/messages-zh";
import { setWorkbookCellLanguage, workbookCellLanguage } from "../../../src/excel/workbook/cell-language";
import { fakeInstaller } from "../../support/fake-installer";

const HAN = /\p{Script=Han}/u;
const install = fakeInstaller({
  sheets: ["Sheet1"],
  savedCells: { "Sheet1!B2": { formula: '=ASEAN.TRADE("CN","MY",1990)', value: "#N/A" } },
});

/** Office's document settings as the shared runtime holds them, in memory, beside the fake's workbook. */
function documentSettings(displayLanguage: string): Map<string, unknown> {
  const held = new Map<string, unknown>();
  const context = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office.context;
  context.displayLanguage = displayLanguage;
  context.document = {
    settings: {
      get: (k: string) => held.get(k) ?? null,
      set: (k: string, v: unknown) => held.set(k, v),
      remove: (k: string) => held.delete(k),
    },
  };
  return held;
}

const message = (cell: unknown): string => (cell as { message?: string }).message ?? "";

describe("the language of a workbook's ASEAN cells", () => {
  test("Chinese for everyone: saved in the workbook, seen by the functions, every cell computed again", async () => {
    const fake = install();
    const held = documentSettings("en-US");
    expect(await workbookCellLanguage()).toBeUndefined();

    const result = await setWorkbookCellLanguage("zh");
    expect(result).toMatchObject({ ok: true, cells: 1 });
    // What the pane then says, in Chinese.
    const said = result.ok ? result.message : "";
    const names = chineseName;
    expect(untranslated(said, names)).toEqual([]);
    expect(messageIn(said, "zh", names)).toBe("已按加载项当前的数据重新计算 Sheet1 上的 1 个 ASEAN 单元格。");
    expect(await workbookCellLanguage()).toBe("zh");
    expect(held.get(LANGUAGE_SETTING)).toBe("zh");
    expect(fake.readCell("Sheet1!B2")).toMatchObject({ error: "#N/A" });
    expect(message(fake.readCell("Sheet1!B2"))).toMatch(/^中国报告的数据中没有 1990 年与马来西亚的贸易/);

    // Back to each reader's Office language: the setting goes, and an English Office reads English.
    await setWorkbookCellLanguage(undefined);
    expect(await workbookCellLanguage()).toBeUndefined();
    expect(held.has(LANGUAGE_SETTING)).toBe(false);
    expect(message(fake.readCell("Sheet1!B2"))).not.toMatch(HAN);
    expect(fake.runs.every((r) => r.syncs <= 2)).toBe(true);
  });

  test("refused, and nothing written, where Excel cannot keep settings", async () => {
    install({ excelApi: "1.3" });
    documentSettings("zh-CN");
    const result = await setWorkbookCellLanguage("en");
    expect(result).toMatchObject({ ok: false, cells: 0 });
    expect(result.ok ? "" : result.reason).toMatch(/ExcelApi 1\.4/);
  });
});

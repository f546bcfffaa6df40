/**
 * `--lang zh-CN`: the tool prints what a cell in Chinese Office shows, the English result put through the
 * same translation the cells use, with every number left as it is.
 */
import { chineseName } from "../../src/core/i18n/chinese-names";
import { messageIn, untranslated } from "../../src/core/i18n/messages-zh";
import { run } from "../../src/cli/asean";

const HAN = /\p{Script=Han}/u;

describe("npm run asean -- --lang", () => {
  it.each([
    [["TRADE", "MY", "CN", "2024"], "#N/A"],
    [["TRADE", "CN", "Atlantis", "2024"], "#VALUE!"],
    [["SOURCE", "CN", "MY", "2024"], ""],
    [["SOURCE", "CN", "VN", "2023", "exports"], ""],
    [["CHECK", "[[1],[2]]", "[[1],[3]]"], "#VALUE!"],
    [["CHECK", "[[1]]", '[["AX-not-a-key"]]'], "#VALUE!"],
    [["CHECK", "[[1],[2]]", '[[""]]'], "#VALUE!"],
    [["CHECK", "[[1]]", '[[""]]', "stars"], "#VALUE!"],
  ])("%j prints the cell's Chinese: the English message or citation translated", (args, code) => {
    const english = run(args);
    const chinese = run(["--lang", "zh-CN", ...args]);
    expect(english.code).toBe(0);
    expect(chinese.code).toBe(0);
    expect(english.out.startsWith(code)).toBe(true);
    const text = code ? english.out.slice(code.length + 2) : english.out;
    expect(untranslated(text, chineseName)).toEqual([]);
    expect(chinese.out).toBe(
      code ? `${code}: ${messageIn(text, "zh", chineseName)}` : messageIn(text, "zh", chineseName),
    );
    expect(chinese.out).toMatch(HAN);
    expect(chinese.out).not.toBe(english.out);
  });

  it("leaves numbers alone, puts a spilled table's words in Chinese, and --lang=en speaks English", () => {
    expect(run(["--lang", "zh-CN", "TRADE", "CN", "MY", "2024"])).toEqual(run(["TRADE", "CN", "MY", "2024"]));
    const [english, chinese] = [
      run(["SERIES", "CN", "MY", "2020", "2022"]),
      run(["--lang=zh", "SERIES", "CN", "MY", "2020", "2022"]),
    ];
    const [en, zh] = [JSON.parse(english.out) as unknown[][], JSON.parse(chinese.out) as unknown[][]];
    expect(zh[0]).toEqual(["年份", "中国与马来西亚的贸易（十亿美元）"]);
    expect(zh.slice(1)).toEqual(en.slice(1));
    expect(run(["--lang=en-US", "TRADE", "MY", "CN", "2024"])).toEqual(run(["TRADE", "MY", "CN", "2024"]));
  });

  it("--lang without a language is misuse (exit 2) and the usage shows the option", () => {
    const r = run(["--lang"]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("--lang zh-CN");
  });
});

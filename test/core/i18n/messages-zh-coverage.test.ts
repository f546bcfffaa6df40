/*
 * Every sentence a cell can show has its Chinese: not only the messages listed in messages-zh.test.ts but
 * whatever any argument list makes the functions say, and the citation of every bundled value. A sentence
 * of no known shape would otherwise reach a Chinese workbook in English, silently.
 */
import { chineseName } from "../../../src/core/i18n/chinese-names";
import fc from "fast-check";
import { core } from "../../../src/core/api";
import { FIRST_YEAR, LAST_YEAR } from "../../../src/core/dataset";
import { isDomainError } from "../../../src/core/errors";
import { messageIn, untranslated } from "../../../src/core/i18n/messages-zh";
import { FUNCTIONS } from "../../../src/functions/catalog";
import { isCellError } from "../../../src/functions/cell";
import { argsFor, callSafely, RUNS, SEED, validArgsFor } from "../../support/arbitraries";

const names = chineseName;

/** The texts a result shows in its cells: error messages, and the citations SOURCE gives. */
function textsOf(id: string, result: unknown): string[] {
  const cells = Array.isArray(result) ? result.flat() : [result];
  return cells.flatMap((c: unknown) =>
    isCellError(c) && c.message ? [c.message] : id === "SOURCE" && typeof c === "string" ? [c] : [],
  );
}

function untranslatedIn(id: string, args: readonly unknown[]): string[] {
  const { result, threw } = callSafely(FUNCTIONS[id], args);
  if (threw !== undefined) throw new Error(`${id} threw: ${threw}`);
  return textsOf(id, result).flatMap((t) => untranslated(t, names));
}

const FLOWS = [null, "exports", "imports", "balance"];
const CURRENCIES = [null, "CNY_BN"];

describe("Chinese for everything a cell shows", () => {
  test.each(Object.keys(FUNCTIONS))("%s: every message, whatever the arguments, has its Chinese", (id) => {
    const runs = Math.max(200, Math.floor(RUNS / 10));
    for (const args of [argsFor(id, FUNCTIONS[id]), validArgsFor(id)])
      fc.assert(
        fc.property(args, (a) => {
          expect(untranslatedIn(id, a)).toEqual([]);
        }),
        { seed: SEED, numRuns: runs },
      );
  });

  test("the citation of every bundled value, and of the years beside it, has its Chinese", () => {
    const seen = new Set<string>();
    let citations = 0;
    for (const rec of core().dataset.file.series) {
      const [reporter, partner] = rec;
      const first = Math.max(FIRST_YEAR, rec[7] - 1);
      const last = Math.min(LAST_YEAR + 1, rec[7] + rec[8].length);
      for (let year = first; year <= last; year++) {
        const key = `${reporter}|${partner}|${year}`;
        if (seen.has(key)) continue;
        seen.add(key);
        for (const flow of FLOWS)
          for (const unit of CURRENCIES) {
            const missing = untranslatedIn("SOURCE", [reporter, partner, year, flow, unit]);
            if (missing.length > 0) throw new Error(`SOURCE(${key}, ${flow}, ${unit}): ${missing.join(" | ")}`);
            citations++;
          }
      }
    }
    expect(citations).toBeGreaterThan(10000);
  });

  test("what a user typed stays whole inside its quotes, full stops and double quotes included", () => {
    const v = core().call("TRADE", ["CN", 'Q? 0. Say "hi". End', 2024]);
    if (!isDomainError(v)) throw new Error("no error");
    expect(v.message).toContain('"Q? 0. Say ""hi"". End"');
    expect(untranslated(v.message, names)).toEqual([]);
    expect(messageIn(v.message, "zh", names)).toContain('"Q? 0. Say ""hi"". End"');
    // Doubled quotes count as shown: at most 40 characters between the outer quotes, "…" where cut.
    const long = core().call("TRADE", ["CN", `${"x".repeat(39)}"${"y".repeat(20)}`, 2024]);
    if (!isDomainError(long)) throw new Error("no error");
    expect(long.message).toContain(`"${"x".repeat(39)}…"`);
  });

  test("a value's notes read in Chinese with their figures and sources as published", () => {
    const cite = (args: unknown[]): string => {
      const v = core().call("SOURCE", args);
      if (typeof v !== "string") throw new Error(`SOURCE(${args.join()}) failed`);
      return messageIn(v, "zh", names);
    };
    const derived = cite(["CN", "WORLD", 2021, "imports"]);
    expect(derived).toContain("由贸易总额 6.05 万亿美元（Published figure quoted by en.people.cn，A 级）");
    expect(derived).toContain("与贸易差额 676.4 十亿美元（Published figure quoted by ajc.com，B 级）推算。");
    expect(derived).toContain(
      "取整较粗的数值 2.7 万亿美元（Published figure quoted by ajc.com，B 级）在其取整范围内与之相符。",
    );
    const others = cite(["CN", "MY", 2023]);
    expect(others).toContain("其他来源给出：190.2 十亿美元（C 级，未收录，profilbaru.com）。");
    expect(others).toContain(
      "未收录的 C 级来源给出：出口 87.4 十亿美元（profilbaru.com），进口 102.9 十亿美元（profilbaru.com）。",
    );
  });
});

import { EXERCISE_MESSAGES_EN, render } from "../../../src/core/exercise/messages";
import { EXERCISE_MESSAGES_ZH } from "../../../src/core/exercise/messages-zh";

const HAN = /\p{Script=Han}/u;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Marks and a score are the same in Chinese. */
const SAME = new Set(["sheet.header.number", "check.right", "check.wrong", "score.text"]);

describe("the exercise texts in Chinese", () => {
  test("every key, with the same placeholders, in Chinese", () => {
    expect(Object.keys(EXERCISE_MESSAGES_ZH).sort()).toEqual(Object.keys(EXERCISE_MESSAGES_EN).sort());
    for (const key of Object.keys(EXERCISE_MESSAGES_EN) as (keyof typeof EXERCISE_MESSAGES_EN)[]) {
      expect([key, placeholders(EXERCISE_MESSAGES_ZH[key])]).toEqual([key, placeholders(EXERCISE_MESSAGES_EN[key])]);
      if (!SAME.has(key)) expect([key, HAN.test(EXERCISE_MESSAGES_ZH[key])]).toEqual([key, true]);
    }
  });

  test("a nested message renders in the same language", () => {
    const params = {
      n: 2,
      what: { key: "given.pair" as const },
      reporter: "CN",
      partner: "MY",
      flow: { key: "flow.exports" as const },
      toFrom: { key: "toFrom.exports" as const },
    };
    expect(render("given.caption", params, EXERCISE_MESSAGES_ZH)).toBe(
      "题目 2 的数据：CN对MY的出口，十亿美元，按 CN 的报告",
    );
  });
});

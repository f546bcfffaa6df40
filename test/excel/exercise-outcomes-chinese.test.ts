/**
 * What the exercise form reports, in Chinese: every reason the writers and the core give for not writing
 * an exercise, not exporting or opening its key, has its Chinese sentence for sentence, and a Chinese
 * exercise is written with Chinese names and title through the engine-backed Excel fake.
 */
import { webcrypto } from "node:crypto";
import { core } from "../../src/core/api";
import { isDomainError } from "../../src/core/errors";
import { generateExercise } from "../../src/core/exercise/generate";
import { EXERCISE_MESSAGES_ZH } from "../../src/core/exercise/messages-zh";
import { openSeal, sealAnswers } from "../../src/core/exercise/seal";
import { TASK_KINDS } from "../../src/core/exercise/task-types";
import { chineseName } from "../../src/core/i18n/chinese-names";
import { messageIn, untranslated } from "../../src/core/i18n/messages-zh";
import { readSealedKey } from "../../src/excel/exercise/answer-key-sheets";
import { checkChartTasks } from "../../src/excel/exercise/check-charts";
import { writeExercise } from "../../src/excel/exercise/write-exercise";
import { fakeInstaller } from "../support/fake-installer";

const HAN = /\p{Script=Han}/u;
if (!globalThis.crypto?.subtle) Object.assign(globalThis, { crypto: webcrypto });
const install = fakeInstaller();

function inChinese(text: string): void {
  expect([text, untranslated(text, chineseName)]).toEqual([text, []]);
  expect(messageIn(text, "zh", chineseName)).toMatch(HAN);
}

const problem = (r: { problem: string } | object): string => ("problem" in r ? r.problem : "");
const reason = (r: { ok: boolean; reason?: string }): string => r.reason ?? "";
const request = { itemId: "china-asean-trade-1991-2024", kinds: TASK_KINDS, count: 6, seed: "1" };
const made = generateExercise(core(), request);
if (isDomainError(made)) throw new Error(made.message);

describe("the exercise form's outcomes in Chinese", () => {
  test("the core refuses a request", () => {
    for (const r of [
      { ...request, itemId: "no-such-item" },
      { ...request, kinds: [] },
      { ...request, count: 0 },
    ]) {
      const e = generateExercise(core(), r);
      expect(isDomainError(e)).toBe(true);
      if (isDomainError(e)) inChinese(e.message);
    }
  });

  test("writing is refused: a short passphrase, an older Excel", async () => {
    install();
    inChinese(reason(await writeExercise(made, "short")));
    install({ excelApi: "1.1" });
    inChinese(reason(await writeExercise(made, "long enough passphrase")));
  });

  test("opening the key: not an exercise sheet, a wrong passphrase, a damaged key", async () => {
    install();
    inChinese(problem(await readSealedKey()));
    const sealed = await sealAnswers({ title: "t", variant: "1", answers: [] }, "the right passphrase");
    inChinese(problem(await openSeal(sealed, "a wrong passphrase")));
    inChinese(problem(await openSeal(`${sealed.slice(0, 12)}!!`, "the right passphrase")));
    inChinese(problem(await openSeal("plain text", "the right passphrase")));
  });

  test("checking charts: an Excel without chart reading, a sheet that is no exercise", async () => {
    install({ excelApi: "1.11" });
    inChinese(reason(await checkChartTasks()));
    install();
    inChinese(reason(await checkChartTasks()));
  });

  test("a Chinese exercise is written with its Chinese title and Chinese names", async () => {
    const fake = install();
    const r = await writeExercise(made, "long enough passphrase", { table: EXERCISE_MESSAGES_ZH, names: chineseName });
    if (!r.ok) throw new Error(r.reason);
    const texts = fake
      .readSheet(r.sheet)
      .flat()
      .filter((v): v is string => typeof v === "string");
    expect(texts[0]).toMatch(/^练习：.*中国/);
    expect(texts.some((t) => t.includes("马来西亚") || t.includes("越南") || t.includes("东盟"))).toBe(true);
    expect(texts.filter((t) => /\b(China|Malaysia|Viet Nam|Vietnam)\b/.test(t))).toEqual([]);
  });
});

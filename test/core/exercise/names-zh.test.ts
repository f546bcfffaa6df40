/**
 * An exercise written in Chinese names its countries and groups in Chinese, everywhere the sheet shows a
 * name (title, instructions, captions, the partner column of the data, CHECK's hints), and changes nothing else:
 * the same numbers, codes, formulas and expected answers as the exercise it came from.
 */
import { core } from "../../../src/core/api";
import type { Exercise } from "../../../src/core/exercise/exercise-types";
import { generateExercise } from "../../../src/core/exercise/generate";
import { EXERCISE_MESSAGES_ZH, feedbackIn } from "../../../src/core/exercise/messages-zh";
import { render } from "../../../src/core/exercise/messages";
import { exerciseNamedIn } from "../../../src/core/exercise/names-zh";
import { planSheet } from "../../../src/core/exercise/sheet-plan";
import { TASK_KINDS } from "../../../src/core/exercise/task-types";
import { isDomainError } from "../../../src/core/errors";
import { chineseName } from "../../../src/core/i18n/chinese-names";
import { keyRowsForSeeds } from "../../../src/core/exercise/answer-text";

const ENGLISH_NAMES = core()
  .codes.all()
  .filter((e) => e.zh && e.zh !== e.en && /^[A-Z][a-z]/.test(e.en))
  .map((e) => e.en);

function exercise(itemId: string, seed: string): Exercise {
  const e = generateExercise(core(), { itemId, kinds: TASK_KINDS, count: 8, seed });
  if (isDomainError(e)) throw new Error(e.message);
  return e;
}

const texts = (cells: readonly (readonly unknown[])[]): string[] =>
  cells.flat().filter((v): v is string => typeof v === "string" && !v.startsWith("="));
const namesIn = (text: string): string[] => ENGLISH_NAMES.filter((n) => new RegExp(`\\b${n}\\b`).test(text));

describe("an exercise written in Chinese", () => {
  test.each([
    ["china-asean-trade-1991-2024", "1"],
    ["china-asean-trade-1991-2024", "20240117"],
    ["china-asean-members-2024", "7"],
  ])("%s, variant %s: no English country name on the sheet, and nothing else changed", (itemId, seed) => {
    const e = exercise(itemId, seed);
    const named = exerciseNamedIn(e, chineseName);
    const before = planSheet(e, "Key", EXERCISE_MESSAGES_ZH);
    const after = planSheet(named, "Key", EXERCISE_MESSAGES_ZH);
    // The English names are there before, so the test would see them if they stayed.
    expect(texts(before.cells).flatMap(namesIn).length).toBeGreaterThan(0);
    expect(texts(after.cells).flatMap(namesIn)).toEqual([]);
    // Numbers, formulas and the layout are the same; the key cells too, but for the names in their hints.
    const nonText = (cells: readonly (readonly unknown[])[]) =>
      cells.map((row) => row.map((v) => (typeof v === "string" && !v.startsWith("=") ? "text" : v)));
    expect(nonText(after.cells)).toEqual(nonText(before.cells));
    expect(after.formats).toEqual(before.formats);
    expect(named.tasks.map((t) => [t.expected, t.solution, t.wrong.map((w) => w.value)])).toEqual(
      e.tasks.map((t) => [t.expected, t.solution, t.wrong.map((w) => w.value)]),
    );
  });

  test("CHECK's hint naming a partner reads in Chinese with Chinese names", () => {
    const hint = exerciseNamedIn(exercise("china-asean-trade-1991-2024", "1"), chineseName)
      .tasks.flatMap((t) => t.wrong)
      .find((w) => w.kind === "partnerFigure");
    expect(hint).toBeDefined();
    if (!hint) return;
    const zh = feedbackIn(render("mistake.partnerFigure", hint.params ?? {}), EXERCISE_MESSAGES_ZH);
    expect(namesIn(zh)).toEqual([]);
    expect(zh).toContain(String(chineseName("China")));
  });
});

describe("a trainer's key in Chinese", () => {
  test("instructions and partners' names in Chinese, with the same tasks, codes and numbers as in English", () => {
    const request = { itemId: "china-asean-members-2024", kinds: TASK_KINDS, count: 8 };
    const english = keyRowsForSeeds(core(), request, ["7", "8"]);
    const chinese = keyRowsForSeeds(core(), request, ["7", "8"], { table: EXERCISE_MESSAGES_ZH, names: chineseName });
    if ("problem" in english || "problem" in chinese) throw new Error("no key");
    expect(chinese.map((r) => [r.seed, r.task])).toEqual(english.map((r) => [r.seed, r.task]));
    for (const [zh, en] of chinese.map((r, i) => [r, english[i]] as const)) {
      expect(zh.instruction).toMatch(/\p{Script=Han}/u);
      expect(namesIn(zh.instruction)).toEqual([]);
      // A partner as the answer: its Chinese name and the same code; numbers as they are.
      const code = /\(([A-Z]{2,5})\)$/.exec(en.answer)?.[1];
      if (code) expect(zh.answer).toBe(`${core().codes.get(code)?.zh} (${code})`);
      else expect(zh.answer).toBe(en.answer);
    }
    expect(chinese.some((r) => /\p{Script=Han}.* \([A-Z]{2}\)$/u.test(r.answer))).toBe(true);
  });
});

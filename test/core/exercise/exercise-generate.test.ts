import { core } from "../../../src/core/api";
import { isDomainError } from "../../../src/core/errors";
import { keyTexts } from "../../../src/core/exercise/answer-key";
import type { Exercise, ExerciseRequest } from "../../../src/core/exercise/exercise-types";
import { generateExercise } from "../../../src/core/exercise/generate";
import { renderMessage } from "../../../src/core/exercise/messages";
import { decodeTaskKey } from "../../../src/core/exercise/task-key";
import { TASK_KINDS } from "../../../src/core/exercise/task-types";
import { CATALOGUE } from "../../../src/core/report/figures/catalog";

function make(request: ExerciseRequest): Exercise {
  const e = generateExercise(core(), request);
  if (isDomainError(e)) throw new Error(e.message);
  return e;
}

const ITEMS = CATALOGUE.map((s) => s.id);

describe("exercise generation", () => {
  test.each(ITEMS)("an exercise from %s has a task of every kind, each with its key", (itemId) => {
    for (const kind of TASK_KINDS) {
      const e = make({ itemId, kinds: [kind], count: 2, seed: "1001" });
      expect(e.tasks.map((t) => t.kind)).toEqual([kind, kind]);
      for (const t of e.tasks) {
        const text = [t.instruction, ...(t.given ? [t.given.caption] : [])].map((m) => renderMessage(m)).join(" ");
        // Every placeholder is filled.
        expect({ kind, text }).toEqual({ kind, text: expect.not.stringMatching(/\{\w+\}/) });
        if (kind === "chart") expect(t.expected).toBeNull();
        else expect(t.expected).not.toBeNull();
        if (kind !== "lookup") expect(t.given?.rows.length ?? 0).toBeGreaterThan(1);
      }
      for (const k of keyTexts(e)) expect(decodeTaskKey(k)).not.toHaveProperty("problem");
    }
  });

  test("the same seed reproduces the same exercise, key and all; other seeds change countries and years", () => {
    const request = { itemId: "china-asean-trade-1991-2024", kinds: TASK_KINDS, count: 8, seed: "20240117" };
    const a = make(request);
    const b = make({ ...request });
    expect(b).toEqual(a);
    expect(keyTexts(b)).toEqual(keyTexts(a));
    const others = ["20240118", "20240119", "20240120"].map((seed) => make({ ...request, seed }));
    const instructions = (e: Exercise): string[] => e.tasks.map((t) => renderMessage(t.instruction));
    for (const o of others) expect(instructions(o)).not.toEqual(instructions(a));
  });

  test("a class word only the trainer knows changes the exercise for the same student number", () => {
    const request = { itemId: "china-asean-members-2024", kinds: TASK_KINDS, count: 8, seed: "7" };
    const plain = make(request);
    const worded = make({ ...request, classWord: "monsoon" });
    expect(worded.tasks.map((t) => t.expected)).not.toEqual(plain.tasks.map((t) => t.expected));
    expect(worded.salt).not.toBe(plain.salt);
  });

  test("kinds are dealt in turn up to the count, and bad requests are refused with a reason", () => {
    const e = make({ itemId: "headline-figures", kinds: ["growth", "rank"], count: 5, seed: "x" });
    expect(e.tasks.map((t) => t.kind)).toEqual(["growth", "rank", "growth", "rank", "growth"]);
    expect(e.tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5]);
    const refused = (r: Partial<ExerciseRequest>) =>
      generateExercise(core(), { itemId: "headline-figures", kinds: ["growth"], count: 1, seed: "1", ...r });
    expect(refused({ itemId: "nope" })).toMatchObject({ error: "VALUE" });
    expect(refused({ kinds: [] })).toMatchObject({ error: "VALUE" });
    expect(refused({ count: 0 })).toMatchObject({ error: "VALUE" });
    expect(refused({ count: 21 })).toMatchObject({ error: "VALUE" });
  });
});

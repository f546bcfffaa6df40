import { core } from "../../../src/core/api";
import { isDomainError } from "../../../src/core/errors";
import { taskKeyOf } from "../../../src/core/exercise/answer-key";
import { checkAnswer, type Verdict } from "../../../src/core/exercise/check";
import { partnerResolver } from "../../../src/core/exercise/check-function";
import type { Exercise, Task } from "../../../src/core/exercise/exercise-types";
import { generateExercise } from "../../../src/core/exercise/generate";
import { renderMessage } from "../../../src/core/exercise/messages";
import { encodeTaskKey } from "../../../src/core/exercise/task-key";
import { TASK_KINDS } from "../../../src/core/exercise/task-types";
import { FUNCTIONS } from "../../../src/functions/catalog";

const resolver = partnerResolver(core().codes);
const exercises: Exercise[] = ["1", "2", "3", "4", "5", "6"].map((seed) => {
  const e = generateExercise(core(), { itemId: "china-asean-trade-1991-2024", kinds: TASK_KINDS, count: 8, seed });
  if (isDomainError(e)) throw new Error(e.message);
  return e;
});
const tasks = (kind: string): { e: Exercise; t: Task }[] =>
  exercises.flatMap((e) => e.tasks.filter((t) => t.kind === kind).map((t) => ({ e, t })));
const verdict = (e: Exercise, t: Task, answer: unknown): Verdict => checkAnswer(taskKeyOf(e, t), answer, resolver);
const hintOf = (v: Verdict): string | undefined => (v.kind === "wrong" && v.hint ? v.hint.key : undefined);

describe("exercise answers checked against hashed keys", () => {
  test("the right answer passes; an empty answer is blank, not wrong; a chart is for the trainer", () => {
    for (const e of exercises)
      for (const t of e.tasks) {
        if (t.expected === null) {
          expect(verdict(e, t, 1)).toEqual({ kind: "trainer" });
          continue;
        }
        expect(verdict(e, t, t.expected)).toEqual({ kind: "right" });
        expect(verdict(e, t, null)).toEqual({ kind: "blank" });
        expect(verdict(e, t, "  ")).toEqual({ kind: "blank" });
      }
  });

  test("numbers within the tolerance pass on both sides of a bucket's edge; far ones do not", () => {
    for (const kind of ["growth", "cagr", "share", "balance", "lookup"])
      for (const { e, t } of tasks(kind)) {
        const v = t.expected as number;
        const tol =
          t.tolerance.kind === "abs"
            ? t.tolerance.width
            : t.tolerance.kind === "rel"
              ? t.tolerance.width * Math.abs(v)
              : 0;
        for (const f of [-0.99, -0.5, 0.5, 0.99])
          expect({ kind, f, v: verdict(e, t, v + f * tol) }).toEqual({ kind, f, v: { kind: "right" } });
        expect(verdict(e, t, v + 3 * tol).kind).toBe("wrong");
        expect(verdict(e, t, v - 3 * tol).kind).toBe("wrong");
      }
  });

  test("each typical mistake gets its hint, which never shows the answer", () => {
    const seen = new Set<string>();
    for (const { e, t } of TASK_KINDS.flatMap(tasks)) {
      if (t.expected === null) continue;
      const answerDigits =
        typeof t.expected === "number"
          ? Math.abs(t.expected)
              .toPrecision(3)
              .replace(/^0\.0*/, "")
              .replace(".", "")
          : t.expected;
      const expectHint = (answer: unknown, key: string): void => {
        const v = verdict(e, t, answer);
        expect({ kind: t.kind, answer, hint: hintOf(v) }).toEqual({ kind: t.kind, answer, hint: key });
        if (v.kind === "wrong" && v.hint) {
          const text = renderMessage(v.hint);
          if (typeof t.expected === "number") expect(text.replace(/\D/g, "")).not.toContain(answerDigits);
          else expect(text).not.toContain(String(t.expected));
        }
        seen.add(key);
      };
      for (const w of t.wrong) {
        // A wrong value that is also right (within the tolerance) is taken as right.
        if (verdict(e, t, w.value).kind === "right") continue;
        expectHint(w.value, `mistake.${w.kind}`);
      }
      const v = t.expected;
      if (typeof v !== "number") continue;
      if (t.answer === "fraction") {
        expectHint(v * 100, "mistake.percent");
        expectHint(v / 100, "mistake.fraction");
      }
      if (t.answer === "number") expectHint(v * 1000, "mistake.scale");
      if (t.answer !== "rank" && Math.abs(v) > 0.01) expectHint(-v, "mistake.sign");
    }
    expect([...seen]).toEqual(
      expect.arrayContaining(
        ["percent", "fraction", "scale", "sign", "previousYear", "partnerFigure", "wholePeriod", "periods"]
          .concat(["reversed", "inverted"])
          .map((k) => `mistake.${k}`),
      ),
    );
  });

  test("the percentage hint's example is never the right answer", () => {
    const task = (expected: number): Task => ({
      number: 1,
      kind: "share",
      instruction: { key: "type.share" },
      answer: "fraction",
      tolerance: { kind: "abs", width: 0.0005 },
      expected,
      wrong: [],
    });
    const hint = (expected: number, typed: number): string => {
      const v = checkAnswer(taskKeyOf({ salt: "s" }, task(expected)), typed, resolver);
      return v.kind === "wrong" && v.hint ? renderMessage(v.hint) : "";
    };
    expect(hint(0.3, 30)).toMatch(/as 15\.9% or as the fraction 0\.159,/);
    expect(hint(0.159, 15.9)).toMatch(/as 7\.2% or as the fraction 0\.072,/);
    expect(hint(0.159, 0.00159)).toBe(
      "Off by a factor of 100: the answer is a fraction; type 7.2% or 0.072, not 0.00072.",
    );
  });

  test("partners are recognised by code or name; text that names none is said so", () => {
    for (const { e, t } of tasks("fastest")) {
      const code = t.expected as string;
      expect(verdict(e, t, code.toLowerCase())).toEqual({ kind: "right" });
      expect(verdict(e, t, core().codes.get(code)?.en)).toEqual({ kind: "right" });
      expect(hintOf(verdict(e, t, "Atlantis"))).toBe("check.notPartner");
    }
    const { e, t } = tasks("growth")[0];
    expect(hintOf(verdict(e, t, "fast"))).toBe("check.notNumber");
    expect(verdict(e, t, `${((t.expected as number) * 100).toFixed(3)}%`)).toEqual({ kind: "right" });
  });
});

describe("=ASEAN.CHECK over exercise keys", () => {
  const check = FUNCTIONS.CHECK.fn;
  const e = exercises[0];
  const keys = e.tasks.map((t) => [encodeTaskKey(taskKeyOf(e, t))]);
  const answers = e.tasks.map((t) => [t.expected]);

  test("one result per answer cell, TRUE/FALSE with an option, and a score", () => {
    const wrongFirst = [
      [typeof answers[0][0] === "number" ? (answers[0][0] as number) + 50 : "Atlantis"],
      ...answers.slice(1),
    ];
    const results = check(wrongFirst, keys, null) as unknown[][];
    expect(results.length).toBe(e.tasks.length);
    expect(String(results[0][0])).toMatch(/^✗/);
    e.tasks
      .slice(1)
      .forEach((t, i) =>
        expect(results[i + 1][0]).toBe(t.expected === null ? "Check it with “Check chart tasks” in the pane." : "✓"),
      );
    const graded = e.tasks.filter((t) => t.expected !== null).length;
    expect(check(wrongFirst, keys, "score")).toEqual([[`${graded - 1}/${graded}`]]);
    const booleans = check(wrongFirst, keys, "true/false") as unknown[][];
    expect(booleans[0][0]).toBe(false);
    expect(booleans[1][0]).toBe(e.tasks[1].expected === null ? "" : true);
    // Empty answers are blank, and are not counted as right.
    expect(
      check(
        keys.map(() => [null]),
        keys,
        null,
      ),
    ).toEqual(e.tasks.map((t) => [t.expected === null ? "Check it with “Check chart tasks” in the pane." : ""]));
    expect(
      check(
        keys.map(() => [""]),
        keys,
        "score",
      ),
    ).toEqual([[`0/${graded}`]]);
  });

  test("a damaged key gives #VALUE! with a message, as does a key of another shape or an unknown option", () => {
    const damaged = keys.map(([k], i) => [i === 2 ? k.slice(0, 20) + "x" + k.slice(21) : k]);
    expect(check(answers, damaged, null)).toEqual([
      [
        {
          code: "#VALUE!",
          message: expect.stringMatching(/^key: the answer key is damaged \(its checksum does not match\)/),
        },
      ],
    ]);
    expect(check(0.1, "hello", null)).toEqual([
      [{ code: "#VALUE!", message: expect.stringMatching(/not an exercise key/) }],
    ]);
    expect(check(0.1, 42, null)).toEqual([[{ code: "#VALUE!", message: expect.stringMatching(/damaged/) }]]);
    expect(check(answers.slice(1), keys, null)).toEqual([
      [{ code: "#VALUE!", message: expect.stringMatching(/answer keys for/) }],
    ]);
    expect(check(answers, keys, "loud")).toEqual([
      [{ code: "#VALUE!", message: expect.stringMatching(/"loud" is not an option/) }],
    ]);
  });
});

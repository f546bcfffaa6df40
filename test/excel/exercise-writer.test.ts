/**
 * The exercise writer against the engine-backed Excel fake: two round trips, a very hidden key sheet,
 * CHECK formulas that grade answers typed into the workbook, and no plain answer anywhere in it.
 */
import { webcrypto } from "node:crypto";
import { core } from "../../src/core/api";
import { isDomainError } from "../../src/core/errors";
import type { Exercise } from "../../src/core/exercise/exercise-types";
import { generateExercise } from "../../src/core/exercise/generate";
import { openSeal } from "../../src/core/exercise/seal";
import { COLUMNS, FIRST_TASK_ROW } from "../../src/core/exercise/sheet-plan";
import { TASK_KINDS } from "../../src/core/exercise/task-types";
import { readSealedKey, writeKeyExport } from "../../src/excel/exercise/answer-key-sheets";
import type { KeyRow } from "../../src/core/exercise/answer-text";
import readXlsxFile from "read-excel-file/node";
import { writeExercise } from "../../src/excel/exercise/write-exercise";
import { keyRowsForSeeds } from "../../src/core/exercise/answer-text";
import { fakeInstaller } from "../support/fake-installer";
import type { ExcelFake } from "../support/excel-fake";

// Node 20 has Web Crypto as globalThis.crypto; Jest's node environment may not pass it through.
if (!(globalThis as { crypto?: Crypto }).crypto?.subtle)
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });

const install = fakeInstaller();
const PASSPHRASE = "correct horse battery";

function exercise(seed: string): Exercise {
  const e = generateExercise(core(), { itemId: "china-asean-trade-1991-2024", kinds: TASK_KINDS, count: 8, seed });
  if (isDomainError(e)) throw new Error(e.message);
  return e;
}

/**
 * Every text and number the workbook holds: cell values and formulas of every sheet, names, settings, and the
 * comments and notes on cells.
 */
function everything(fake: ExcelFake): unknown[] {
  const out: unknown[] = [
    ...fake.model.names,
    ...fake.model.settings.keys(),
    ...[...fake.model.settings.values()].map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : v)),
    ...fake.model.notes.map((n) => n.content),
  ];
  for (const sheet of fake.model.sheets) {
    out.push(sheet.name);
    fake.readSheet(sheet.name).forEach((row, r) =>
      row.forEach((v, c) => {
        out.push(typeof v === "object" && v !== null ? JSON.stringify(v) : v);
        out.push(fake.model.formulaAt(sheet, r, c));
      }),
    );
  }
  return out.filter((x) => x !== undefined && x !== null && x !== "");
}

function decodedKeys(texts: readonly string[]): string[] {
  return texts
    .filter((t) => t.startsWith("AX1:"))
    .map((t) => Buffer.from(t.split(":")[1].replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8"));
}

/**
 * The tasks whose answer the workbook holds in plain sight: as a number (in a cell) near the answer that the
 * task does not give as data, or as a text with the answer's first six digits or a number near it. A partner's
 * code is in the data (it is one of the choices), so for a "which partner" task only the keys are searched.
 */
function plainAnswers(e: Exercise, held: readonly unknown[]): { task: number; where: string }[] {
  const found: { task: number; where: string }[] = [];
  const texts = held.filter((x): x is string => typeof x === "string");
  const keyJson = decodedKeys(texts).join("\n");
  const given = new Set(e.tasks.flatMap((t) => (t.given?.rows ?? []).flat()));
  const textNumbers = texts.flatMap((text) => (text.match(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/gi) ?? []).map(Number));
  for (const t of e.tasks) {
    if (t.expected === null) continue;
    if (typeof t.expected === "string") {
      if (keyJson.includes(`"${t.expected}"`)) found.push({ task: t.number, where: "key" });
      continue;
    }
    const v = t.expected;
    const near = (x: unknown): boolean =>
      typeof x === "number" && Math.abs(x - v) <= Math.max(1e-9, Math.abs(v) * 1e-6);
    // Task numbers are small whole numbers too: a rank is looked for outside the task list.
    const cells = t.kind === "rank" ? held.filter((x) => typeof x !== "number") : held;
    // A look-up asks for a value the dataset has; another task may give the same value as data.
    if (cells.some((x) => near(x) && !given.has(x as number))) found.push({ task: t.number, where: "number" });
    const digits = Math.abs(v).toPrecision(6);
    // A fraction written out in a text at any precision is a number near it; whole numbers are also years.
    const written = Number.isInteger(v) ? [] : textNumbers.filter(near);
    if (written.length > 0 || texts.some((text) => text.includes(digits)))
      found.push({ task: t.number, where: "text" });
    if (!Number.isInteger(v) && keyJson.includes(digits)) found.push({ task: t.number, where: "key" });
  }
  return found;
}

describe("writing an exercise into Excel", () => {
  test("two round trips; a very hidden key sheet; empty answers give blank feedback", async () => {
    const fake = install({});
    const e = exercise("311");
    const result = await writeExercise(e, PASSPHRASE);
    expect(result).toMatchObject({ ok: true, sheet: "Exercise 311", keySheet: "Exercise 311 key", syncs: 2 });
    expect(fake.model.sheet("Exercise 311 key")?.visibility).toBe("VeryHidden");
    expect(fake.model.sheet("Exercise 311")?.visibility).toBe("Visible");
    const rows = fake.readSheet("Exercise 311");
    e.tasks.forEach((t, i) => {
      const row = rows[FIRST_TASK_ROW + i];
      expect(row[COLUMNS.answer] ?? "").toBe("");
      expect(row[COLUMNS.feedback]).toBe(t.kind === "chart" ? "Check it with “Check chart tasks” in the pane." : "");
    });
    expect(fake.formulaAt(`'Exercise 311'!D${FIRST_TASK_ROW + 1}`)).toBe(
      `=ASEAN.CHECK(C${FIRST_TASK_ROW + 1},'Exercise 311 key'!A${FIRST_TASK_ROW + 1})`,
    );
  });

  test("answers typed into the answer cells are graded by the sheet's CHECK formulas", async () => {
    const fake = install({});
    const e = exercise("312");
    await writeExercise(e, PASSPHRASE);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Exercise 312");
      e.tasks.forEach((t, i) => {
        if (t.expected !== null) ws.getRange(`C${FIRST_TASK_ROW + 1 + i}`).values = [[t.expected]];
      });
      await ctx.sync();
    });
    const rows = fake.readSheet("Exercise 312");
    e.tasks.forEach((t, i) =>
      expect(rows[FIRST_TASK_ROW + i][COLUMNS.feedback]).toBe(
        t.expected === null ? "Check it with “Check chart tasks” in the pane." : "✓",
      ),
    );
    expect(rows[FIRST_TASK_ROW + e.tasks.length + 1][COLUMNS.feedback]).toBe("7/7");
  });

  test("the workbook holds no plain answer anywhere: cells, formulas, key sheet, names, settings, notes", async () => {
    const fake = install({ excelApi: "1.18" });
    const e = exercise("313");
    await writeExercise(e, PASSPHRASE);
    const held = everything(fake);
    const keyTexts = held.filter((x): x is string => typeof x === "string" && x.startsWith("AX1:"));
    expect(keyTexts.length).toBe(e.tasks.length);
    expect(plainAnswers(e, held)).toEqual([]);
  });

  test("the scan finds an answer written into a comment or a note", async () => {
    const fake = install({ excelApi: "1.18" });
    const e = exercise("316");
    await writeExercise(e, PASSPHRASE);
    const numeric = e.tasks.find((t) => typeof t.expected === "number" && !Number.isInteger(t.expected));
    if (!numeric) throw new Error("the exercise has no task with a fractional answer");
    await fake.Excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Exercise 316");
      sheet.notes.add(`B${FIRST_TASK_ROW + numeric.number}`, `Answer: ${String(numeric.expected)}`);
      await ctx.sync();
    });
    expect(plainAnswers(e, everything(fake))).toEqual([{ task: numeric.number, where: "text" }]);
    fake.model.notes.splice(0);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.comments.add(`'Exercise 316'!A1`, (numeric.expected as number).toPrecision(8));
      await ctx.sync();
    });
    expect(plainAnswers(e, everything(fake))).toEqual([{ task: numeric.number, where: "text" }]);
  });

  test("Show answer key opens the sealed answers with the passphrase only", async () => {
    install({});
    const e = exercise("314");
    await writeExercise(e, PASSPHRASE);
    const read = await readSealedKey();
    if ("problem" in read) throw new Error(read.problem);
    expect(read.sheet).toBe("Exercise 314");
    const opened = await openSeal(read.sealed, PASSPHRASE);
    if ("problem" in opened) throw new Error(opened.problem);
    expect(opened.answers.map((a) => a.task)).toEqual(e.tasks.map((t) => t.number));
    expect(opened.answers[0].answer).toMatch(/\d/);
    expect(await openSeal(read.sealed, "not the passphrase")).toEqual({
      problem: "Wrong passphrase, or the sealed answer key was changed.",
    });
  });

  const keyRows = (): KeyRow[] => {
    const rows = keyRowsForSeeds(core(), { itemId: "china-asean-members-2024", kinds: ["share", "rank"], count: 2 }, [
      "1",
      "2",
      "007",
    ]);
    if ("problem" in rows) throw new Error(rows.problem);
    return rows;
  };
  const SEEDS_AND_TASKS = [
    ["1", 1],
    ["1", 2],
    ["2", 1],
    ["2", 2],
    ["007", 1],
    ["007", 2],
  ];

  test("Export answer key opens the answers of a list of seeds as a new workbook; this one is unchanged", async () => {
    const fake = install({});
    const rows = keyRows();
    const result = await writeKeyExport(rows);
    expect(result).toEqual({ ok: true, where: "workbook" });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.createdWorkbooks).toHaveLength(1);
    const [opened] = await readXlsxFile(Buffer.from(fake.createdWorkbooks[0], "base64"));
    expect(opened.sheet).toBe("Answer key (trainer)");
    expect(opened.data[0]).toEqual(["Seed", "Task", "Instruction", "Answer"]);
    expect(opened.data.slice(1).map((r) => [r[0], r[1]])).toEqual(SEEDS_AND_TASKS);
    expect(opened.data.slice(1).map((r) => [r[2], r[3]])).toEqual(rows.map((r) => [r.instruction, r.answer]));
  });

  test("a key exported from a Chinese pane has its sheet and headers in Chinese", async () => {
    const fake = install({});
    const words = { sheet: "答案键（培训师）", headers: ["学生编号", "题号", "题目", "答案"] } as const;
    expect(await writeKeyExport(keyRows(), words)).toEqual({ ok: true, where: "workbook" });
    const [opened] = await readXlsxFile(Buffer.from(fake.createdWorkbooks[0], "base64"));
    expect([opened.sheet, opened.data[0]]).toEqual([words.sheet, words.headers]);
    const older = install({ excelApi: "1.7" });
    expect(await writeKeyExport(keyRows(), words)).toEqual({ ok: true, where: "sheet", sheet: words.sheet });
    expect(older.readSheet(words.sheet)[0]).toEqual(words.headers);
  });

  test("before ExcelApi 1.8, the key is written on a sheet of its own for the trainer to move out", async () => {
    const fake = install({ excelApi: "1.7" });
    const result = await writeKeyExport(keyRows());
    expect(result).toEqual({ ok: true, where: "sheet", sheet: "Answer key (trainer)" });
    expect(fake.createdWorkbooks).toEqual([]);
    const sheet = fake.readSheet("Answer key (trainer)");
    expect(sheet[0]).toEqual(["Seed", "Task", "Instruction", "Answer"]);
    expect(sheet.slice(1).map((r) => [String(r[0]), r[1]])).toEqual(SEEDS_AND_TASKS);
  });

  test("when Excel opens no new workbook, the key goes on a sheet and the reason is kept", async () => {
    const fake = install({ faults: [{ api: "Excel.createWorkbook" }] });
    const result = await writeKeyExport(keyRows());
    expect(result).toMatchObject({ ok: true, where: "sheet", sheet: "Answer key (trainer)", why: expect.any(String) });
    expect(fake.createdWorkbooks).toEqual([]);
    expect(fake.readSheet("Answer key (trainer)")).toHaveLength(7);
  });

  test("nothing is written when Excel stops the write", async () => {
    const fake = install({ faults: [{ api: "Worksheet.visibility" }] });
    const result = await writeExercise(exercise("315"), PASSPHRASE);
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/nothing of it remains/) });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

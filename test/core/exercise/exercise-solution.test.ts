/**
 * A student's correct solution, written with Excel's own formulas over the data the sheet gives (and
 * =ASEAN.TRADE for look-ups), computed in HyperFormula, passes the CHECK formulas the sheet holds.
 */
import { HyperFormula } from "hyperformula";
import { core } from "../../../src/core/api";
import { isDomainError } from "../../../src/core/errors";
import type { Exercise } from "../../../src/core/exercise/exercise-types";
import { generateExercise } from "../../../src/core/exercise/generate";
import { COLUMNS, planSheet, solutionFormulas, type SheetPlan } from "../../../src/core/exercise/sheet-plan";
import { TASK_KINDS } from "../../../src/core/exercise/task-types";
import { CATALOGUE } from "../../../src/core/report/figures/catalog";
import { FUNCTIONS } from "../../../src/functions/catalog";
import { registerCatalog } from "../../support/hyperformula";

const KEY_SHEET = "Exercise key";

function workbook(plan: SheetPlan, answers: Map<number, string>): HyperFormula {
  const sheet = plan.cells.map((row) => [...row]) as (string | number)[][];
  const width = Math.max(...sheet.map((r) => r.length)) + 2;
  for (const row of sheet) while (row.length < width) row.push("");
  plan.taskRows.forEach((row, i) => {
    const a = answers.get(i + 1);
    if (a !== undefined) sheet[row][COLUMNS.answer] = a;
  });
  const key: string[][] = [];
  for (const k of plan.keys) {
    while (key.length <= k.row) key.push([""]);
    key[k.row][0] = k.text;
  }
  registerCatalog("ASEAN", FUNCTIONS);
  return HyperFormula.buildFromSheets(
    { Exercise: sheet, [KEY_SHEET]: key },
    { licenseKey: "gpl-v3", smartRounding: false },
  );
}

function solved(e: Exercise, plan: SheetPlan, change?: (kind: string, formula: string) => string): HyperFormula {
  const answers = new Map<number, string>();
  const helpers: { row: number; col: number; formula: string }[] = [];
  for (const t of e.tasks) {
    const s = solutionFormulas(plan, t);
    if (!s) continue;
    answers.set(t.number, change ? change(t.kind, s.formula) : s.formula);
    helpers.push(...s.helpers);
  }
  const hf = workbook(plan, answers);
  for (const h of helpers) hf.setCellContents({ sheet: 0, row: h.row, col: h.col }, h.formula);
  return hf;
}

const feedback = (hf: HyperFormula, plan: SheetPlan): unknown[] =>
  plan.taskRows.map((row) => hf.getCellValue({ sheet: 0, row, col: COLUMNS.feedback }));

describe("exercise solutions in a formula engine", () => {
  test.each(CATALOGUE.map((s) => s.id))("a correct solution to an exercise from %s passes CHECK", (itemId) => {
    const e = generateExercise(core(), { itemId, kinds: TASK_KINDS, count: 8, seed: "4242" });
    if (isDomainError(e)) throw new Error(e.message);
    const plan = planSheet(e, KEY_SHEET);
    const hf = solved(e, plan);
    expect(feedback(hf, plan)).toEqual(
      e.tasks.map((t) => (t.kind === "chart" ? "Check it with “Check chart tasks” in the pane." : "✓")),
    );
    expect(hf.getCellValue({ sheet: 0, row: plan.scoreRow, col: COLUMNS.feedback })).toBe("7/7");
  });

  test("a growth rate times 100 gets the percentage hint, a sign slip the sign hint; no answer yet is blank", () => {
    const e = generateExercise(core(), {
      itemId: "china-asean-members-2024",
      kinds: ["growth", "balance", "cagr"],
      count: 3,
      seed: "99",
    });
    if (isDomainError(e)) throw new Error(e.message);
    const plan = planSheet(e, KEY_SHEET);
    const hf = solved(e, plan, (kind, f) =>
      kind === "growth" ? `=(${f.slice(1)})*100` : kind === "balance" ? `=-(${f.slice(1)})` : "",
    );
    const [growth, balance, cagr] = feedback(hf, plan);
    expect(growth).toMatch(/^✗ A percentage\?/);
    expect(balance).toMatch(/^✗ Right size, wrong sign/);
    expect(cagr).toBe("");
    expect(hf.getCellValue({ sheet: 0, row: plan.scoreRow, col: COLUMNS.feedback })).toBe("0/3");
  });

  test("the spilled form =ASEAN.CHECK(answers, key) gives each row's feedback, and the score option one score", () => {
    const e = generateExercise(core(), {
      itemId: "china-asean-members-2024",
      kinds: ["growth", "balance", "cagr", "share", "lookup"],
      count: 5,
      seed: "7",
    });
    if (isDomainError(e)) throw new Error(e.message);
    const plan = planSheet(e, KEY_SHEET);
    // One answer right, one off by 100×, one left empty, so the spill shows ✓, ✗ with a hint and blank.
    const hf = solved(e, plan, (kind, f) => (kind === "growth" ? `=(${f.slice(1)})*100` : kind === "cagr" ? "" : f));
    const first = plan.taskRows[0] + 1;
    const last = plan.taskRows[plan.taskRows.length - 1] + 1;
    const answers = `Exercise!C${first}:C${last}`;
    const keys = `'${KEY_SHEET}'!A${first}:A${last}`;
    const spill = hf.getSheetId(hf.addSheet("Spill")) as number;
    hf.setCellContents({ sheet: spill, row: 0, col: 0 }, [
      [`=ASEAN.CHECK(${answers},${keys})`, `=ASEAN.CHECK(${answers},${keys},"true/false")`],
    ]);
    hf.setCellContents({ sheet: spill, row: 0, col: 3 }, `=ASEAN.CHECK(${answers},${keys},"score")`);
    const rows = plan.taskRows.map((_, i) => i);
    const spilled = rows.map((i) => hf.getCellValue({ sheet: spill, row: i, col: 0 }));
    expect(spilled).toEqual(feedback(hf, plan));
    expect(spilled.some((v) => typeof v === "string" && v.startsWith("✗ A percentage?"))).toBe(true);
    expect(spilled).toContain("");
    expect(spilled).toContain("✓");
    expect(rows.map((i) => hf.getCellValue({ sheet: spill, row: i, col: 1 }))).toEqual(
      spilled.map((v) => (v === "" ? "" : v === "✓")),
    );
    const score = hf.getCellValue({ sheet: spill, row: 0, col: 3 });
    expect(score).toBe(hf.getCellValue({ sheet: 0, row: plan.scoreRow, col: COLUMNS.feedback }));
    expect(score).toBe(`${spilled.filter((v) => v === "✓").length}/${e.tasks.length}`);
    expect(hf.getCellValue({ sheet: spill, row: 1, col: 3 })).toBeNull();
  });
});

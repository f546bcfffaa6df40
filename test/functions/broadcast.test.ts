/*
 * Ranges in, one result per cell, inside a formula engine (HyperFormula): the spill is sized from the
 * argument ranges, and every cell of it equals the same function called on that cell's values alone,
 * written in the same sheet as an ordinary one-value formula.
 */
import type { CellValue } from "hyperformula";
import { REGISTRY } from "../../src/core/registry/registry";
import { FUNCTIONS } from "../../src/functions/catalog";
import { buildSheet, errorOf, valuesOf, type SheetContent } from "../support/hyperformula";

const PARTNERS = ["MY", "VN", "TH", "ID", "SG", "PH", "MM", "KH", "LA", "BN"];

/** A sheet's values, errors as their code and message; the engine leaves out empty rows at the end. */
function compute(sheet: SheetContent): (CellValue | { code: string; message: string })[][] {
  const hf = buildSheet(sheet);
  const v = valuesOf(hf).map((row) => row.map((c) => errorOf(c) ?? c));
  hf.destroy();
  return v;
}

/** A sheet of `rows` rows and `cols` columns, empty but for what `fill` puts. */
function sheetOf(rows: number, cols: number, fill: (s: SheetContent) => void): SheetContent {
  const s: SheetContent = Array.from({ length: rows }, () => Array.from({ length: cols }, () => null));
  fill(s);
  return s;
}

describe("ranges in, one result per cell (HyperFormula)", () => {
  test('a column range fills one cell per partner: =ASEAN.TRADE("CN",B2:B11,2024)', () => {
    // B2:B11 the partners; C2 the broadcast; D2:D11 the same call one cell at a time.
    const v = compute(
      sheetOf(12, 4, (s) =>
        PARTNERS.forEach((p, i) => {
          s[i + 1][1] = p;
          s[i + 1][3] = `=ASEAN.TRADE("CN",B${i + 2},2024)`;
        }),
      ).map((row, i) => (i === 1 ? [row[0], row[1], '=ASEAN.TRADE("CN",B2:B11,2024)', row[3]] : row)),
    );
    const spilled = v.slice(1, 11).map((row) => row[2]);
    expect(spilled).toEqual(v.slice(1, 11).map((row) => row[3]));
    expect(spilled.every((x) => typeof x === "number")).toBe(true);
    expect(v[11]?.[2] ?? null).toBeNull();
  });

  test('a row and a column broadcast to a grid: =ASEAN.TRADE("CN",C1:F1,A2:A20)', () => {
    const years = Array.from({ length: 19 }, (_, i) => 2006 + i);
    const sheet = sheetOf(21, 12, (s) => {
      ["MY", "VN", "TH", "SG"].forEach((p, j) => (s[0][2 + j] = p));
      years.forEach((y, i) => (s[i + 1][0] = y));
      s[1][2] = '=ASEAN.TRADE("CN",C1:F1,A2:A20)';
      // H2:K20: the same, one formula per cell.
      for (let i = 0; i < years.length; i++)
        for (let j = 0; j < 4; j++) s[i + 1][7 + j] = `=ASEAN.TRADE("CN",${"CDEF"[j]}$1,$A${i + 2})`;
    });
    const v = compute(sheet);
    const grid = v.slice(1, 20).map((row) => row.slice(2, 6));
    expect(grid).toEqual(v.slice(1, 20).map((row) => row.slice(7, 11)));
    expect(grid.flat().filter((x) => typeof x === "number").length).toBeGreaterThan(60);
    // Nothing beyond the 19 x 4 grid.
    expect(v[20]?.slice(2, 7).filter((x) => x !== null) ?? []).toEqual([]);
    expect(v.slice(1, 20).map((row) => row[6])).toEqual(Array(19).fill(null));
  });

  test("shapes that do not broadcast give #N/A in the cells outside, saying which argument is short", () => {
    // Partners in A1:A3, years in B1:B2: the third row has no year.
    const v = compute([
      ["MY", 2023, '=ASEAN.TRADE("CN",A1:A3,B1:B2)', '=ASEAN.TRADE("CN",A1,B1)'],
      ["VN", 2024, null, '=ASEAN.TRADE("CN",A2,B2)'],
      ["TH", null, null, null],
    ]);
    expect([v[0][2], v[1][2]]).toEqual([v[0][3], v[1][3]]);
    expect(v[2][2]).toEqual({
      code: "#N/A",
      message: expect.stringMatching(/^No year for this cell: the year range is 2 × 1 and the results 3 × 1;/),
    });
    // Columns too: two partners across against three years across.
    const w = compute([
      ["MY", "VN", null],
      [2022, 2023, 2024],
      ['=ASEAN.TRADE("CN",A1:B1,A2:C2)', null, null],
    ]);
    expect(typeof w[2][0]).toBe("number");
    expect(typeof w[2][1]).toBe("number");
    expect(w[2][2]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/^No partner for this cell/) });
  });

  test("an error in one cell stays in that cell", () => {
    const v = compute([
      ["MY", '=ASEAN.TRADE("CN",A1:A5,2024)', '=ASEAN.TRADE("MY",A1:A5,2024)'],
      ["Narnia", null, null],
      ["VN", null, null],
      [2024, null, null],
      ["CN", null, null],
    ]);
    const trade = v.map((row) => row[1]);
    expect(typeof trade[0]).toBe("number");
    expect(trade[1]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^partner: "Narnia"/) });
    expect(typeof trade[2]).toBe("number");
    expect(trade[3]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^partner: 2024 is not a/) });
    expect(trade[4]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/reporter itself/) });
    // Malaysia reports no 2024 data: #N/A in each cell with its own message, beside the other errors.
    const my = v.map((row) => row[2]);
    expect(my[0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/reporter itself/) });
    expect(my[2]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/^No Malaysia-reported trade/) });
    expect(my[4]).toMatchObject({ code: "#N/A", message: expect.stringMatching(/with China for 2024/) });
  });

  test("an input cell showing an error is the whole call's result, as Excel hands custom functions no errors", () => {
    const v = compute([
      ["MY", '=ASEAN.TRADE("CN",A1:A3,2024)'],
      ["=1/0", null],
      ["VN", null],
    ]);
    expect(v[0][1]).toMatchObject({ code: "#DIV/0!" });
  });

  test("should Excel hand one over, an input error stays in its own result cell with its own code", () => {
    const inputError = { code: "#REF!", message: "" };
    const r = FUNCTIONS.TRADE.fn("CN", [["MY"], [inputError], ["VN"]], 2024, null, null) as unknown[][];
    expect(r.map((row) => row.length)).toEqual([1, 1, 1]);
    expect(r[1][0]).toBe(inputError);
    expect(r[0][0]).toBe(FUNCTIONS.TRADE.fn("CN", "MY", 2024, null, null));
    expect(r[2][0]).toBe(FUNCTIONS.TRADE.fn("CN", "VN", 2024, null, null));
  });

  test("scalars are unchanged: one value, no spill, also from a one-cell range", () => {
    const v = compute([
      ["MY", '=ASEAN.TRADE("CN","MY",2024)', '=ASEAN.TRADE("CN",A1:A1,2024)', '=ASEAN.TRADE("CN",A1,2024)', "x"],
      [null, null, null, null, null],
    ]);
    expect(v[0].slice(1, 5)).toEqual([212.03, 212.03, 212.03, "x"]);
    expect(v[1]?.filter((x) => x !== null) ?? []).toEqual([]);
  });

  test("an array written in the formula broadcasts as a range does", () => {
    const v = compute([
      ['=ASEAN.TRADE("CN",{"MY";"VN"},{2023,2024})', null, '=ASEAN.TRADE("CN",E1:E2,F1:G1)', null, "MY", 2023, 2024],
      [null, null, null, null, "VN", null, null],
    ]);
    expect(v.map((row) => row.slice(0, 2))).toEqual(v.map((row) => row.slice(2, 4)));
    expect(
      v
        .flat()
        .slice(0, 2)
        .every((x) => typeof x === "number"),
    ).toBe(true);
  });

  test("a result with no room to spill shows #SPILL!", () => {
    const v = compute([
      ["MY", '=ASEAN.TRADE("CN",A1:A2,2024)'],
      ["VN", "in the way"],
    ]);
    expect(v[0][1]).toMatchObject({ code: "#SPILL!" });
  });

  test("a spilling function given a range where it takes one value: #VALUE! saying why", () => {
    const v = compute([["CN", "MY", '=ASEAN.SERIES(A1:B1,"MY")']]);
    expect(v[0][2]).toEqual({
      code: "#VALUE!",
      message:
        "reporter: expects one value, not a range of 2 cells; ASEAN.SERIES spills a table of its own, " +
        "so each of its arguments takes one value.",
    });
  });

  test.each(Object.keys(FUNCTIONS).filter((id) => FUNCTIONS[id].broadcasts))(
    "%s: each example, with its first argument given as a column of two, gives the example's value twice",
    (id) => {
      const decl = REGISTRY[id as keyof typeof REGISTRY];
      for (const e of decl.examples) {
        const [first, ...rest] = e.args;
        const lit = (a: unknown): string => (a === null ? "" : typeof a === "string" ? `"${a}"` : String(a));
        const tail = rest.map((a) => `,${lit(a)}`).join("");
        const v = compute([
          [first as string | number, `=ASEAN.${id}(A1:A2${tail})`, `=ASEAN.${id}(${lit(first)}${tail})`],
          [first as string | number, null, null],
        ]);
        expect([v[0][1], v[1][1]]).toEqual([v[0][2], v[0][2]]);
        expect(errorOf(v[0][2] as CellValue)).toBeUndefined();
      }
    },
  );
});

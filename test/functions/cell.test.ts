/*
 * The cell wrapper: whatever a computation returns or throws, a cell gets a value Excel can show and a
 * reason where it is an error. NaN, infinities and nothing at all never reach a cell.
 */
import fc from "fast-check";
import { DatasetIntegrityError } from "../../src/core/dataset-integrity";
import { invalidValue, notAvailable } from "../../src/core/errors";
import { isCellError, toCell, toSpill } from "../../src/functions/cell";

const shown = (v: unknown): unknown => (isCellError(v) ? { code: v.code, message: v.message } : v);

describe("toCell", () => {
  test.each([NaN, Infinity, -Infinity])("turns %p into #VALUE! with a message", (bad) => {
    expect(shown(toCell(() => bad))).toEqual({
      code: "#VALUE!",
      message:
        `No result: the calculation gave ${bad} instead of a number. This is a fault in the add-in; please report ` +
        `the formula.`,
    });
  });

  test.each([undefined, null])("turns %p into #VALUE! with a message", (bad) => {
    expect(shown(toCell(() => bad as unknown as number))).toEqual({
      code: "#VALUE!",
      message: expect.stringContaining("the function produced no value"),
    });
  });

  test("passes numbers, text and booleans through, and domain errors with their kind", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean()), (v) => {
        expect(toCell(() => v)).toBe(v);
      }),
    );
    expect(shown(toCell(() => notAvailable("no data")))).toEqual({ code: "#N/A", message: "no data" });
    expect(shown(toCell(() => invalidValue("bad")))).toEqual({ code: "#VALUE!", message: "bad" });
  });

  test("reports a failed integrity check as it is, and anything else thrown as unexpected", () => {
    const integrity = new DatasetIntegrityError(["the edition is missing"]);
    expect(
      shown(
        toCell(() => {
          throw integrity;
        }),
      ),
    ).toEqual({ code: "#VALUE!", message: integrity.message });
    expect(integrity.message).toBe(
      "The add-in's bundled dataset failed its integrity check: the edition is missing; reinstall the add-in.",
    );
    expect(
      shown(
        toCell(() => {
          throw new Error("boom");
        }),
      ),
    ).toEqual({ code: "#VALUE!", message: "Unexpected problem: boom" });
  });
});

describe("toSpill", () => {
  test("turns each unusable cell into #VALUE! and keeps the rest", () => {
    const out = toSpill(() => [
      ["a", 1, NaN],
      [Infinity, notAvailable("none"), true],
    ]).map((row) => row.map(shown));
    expect(out).toEqual([
      ["a", 1, { code: "#VALUE!", message: expect.stringContaining("gave NaN") }],
      [{ code: "#VALUE!", message: expect.stringContaining("gave Infinity") }, { code: "#N/A", message: "none" }, true],
    ]);
  });

  test("a result that is no table, or a failure of the whole call, is one 1x1 error", () => {
    expect(toSpill(() => undefined as unknown as [][]).map((r) => r.map(shown))).toEqual([
      [{ code: "#VALUE!", message: expect.stringContaining("no table") }],
    ]);
    const integrity = new DatasetIntegrityError(["a", "b", "c", "d"]);
    expect(integrity.message).toContain("a; b; c (and 1 more); reinstall");
    expect(
      toSpill(() => {
        throw integrity;
      }).map((r) => r.map(shown)),
    ).toEqual([[{ code: "#VALUE!", message: integrity.message }]]);
  });
});

/*
 * What every face shows instead of an exception or an unusable value: cells, the formula builder and the
 * command-line tool share these words.
 */
import { DatasetIntegrityError } from "../../src/core/dataset-integrity";
import { notAvailable } from "../../src/core/errors";
import { guarded } from "../../src/core/guard";
import { toCell } from "../../src/functions/cell";

const thrower = (err: unknown) => (): never => {
  throw err;
};

describe("guarded", () => {
  test("a damaged dataset is said as it is, as a cell says it", () => {
    const err = new DatasetIntegrityError(["the content hash is not what the build recorded"]);
    expect(guarded(thrower(err))).toEqual({ error: "VALUE", message: err.message });
    expect(toCell(thrower(err))).toMatchObject({ code: "#VALUE!", message: err.message });
  });

  test("any other exception is unexpected, its text cleaned and short", () => {
    const r = guarded(thrower(new Error(`bad\u202e${"x".repeat(300)}`)));
    expect(r).toEqual({ error: "VALUE", message: expect.stringMatching(/^Unexpected problem: badx+…$/) });
    expect(toCell(thrower(new Error(`bad\u202e${"x".repeat(300)}`)))).toMatchObject({
      message: (r as { message: string }).message,
    });
  });

  test("NaN, infinities and nothing become #VALUE! saying so, in a table too; values and domain errors pass", () => {
    expect(guarded(() => NaN)).toMatchObject({
      error: "VALUE",
      message: expect.stringMatching(/NaN instead of a number/),
    });
    expect(guarded(() => undefined)).toMatchObject({ error: "VALUE", message: expect.stringMatching(/no value/) });
    expect(guarded(() => [[1, Infinity]])).toEqual([[1, expect.objectContaining({ error: "VALUE" })]]);
    expect(guarded(() => [1])).toMatchObject({ error: "VALUE", message: expect.stringMatching(/no table/) });
    expect(guarded(() => 212.03)).toBe(212.03);
    expect(guarded(() => notAvailable("none"))).toEqual(notAvailable("none"));
  });
});

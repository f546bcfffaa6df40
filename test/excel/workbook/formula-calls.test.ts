/**
 * Reading ASEAN calls out of formulas (pure), and citing each cell of their results from the core's
 * own citation texts: the same text ASEAN.SOURCE, ASEAN.FACT(id, "citation") or the FDI table gives.
 */
import { core } from "../../../src/core/api";
import { fact } from "../../../src/core/facts-query";
import { FUNCTIONS } from "../../../src/functions/catalog";
import { citeCell, type ArgValue } from "../../../src/excel/workbook/cell-citation";
import {
  aseanCalls,
  brokenAsean,
  classifyArg,
  repairedFormula,
  soleCall,
  usesAsean,
  type ArgValues,
  type CallArg,
} from "../../../src/excel/workbook/formula-calls";

const literal = (arg: CallArg): ArgValue | undefined => (arg.kind === "value" ? arg.value : undefined);

/** What a spilling function returns for literal arguments, as the cells hold it. */
function spill(id: string, ...args: ArgValue[]): unknown[][] {
  const entry = FUNCTIONS[id];
  const full = [...args, ...new Array(entry.maxArgs - args.length).fill(null)];
  return (entry.fn as (...a: ArgValue[]) => unknown[][])(...full);
}

describe("finding ASEAN calls in a formula", () => {
  test("live calls, nested calls and their arguments; text in quotes is not a call", () => {
    expect(aseanCalls('=ASEAN.TRADE("CN","MY",2024)')).toEqual([
      {
        id: "TRADE",
        broken: false,
        start: 1,
        end: 28,
        args: [
          { kind: "value", value: "CN" },
          { kind: "value", value: "MY" },
          { kind: "value", value: 2024 },
        ],
      },
    ]);
    expect(aseanCalls('=SUM(asean.series("CN","MY",,,"x"))*ASEAN.FX(2020)').map((c) => [c.id, c.args.length])).toEqual([
      ["SERIES", 5],
      ["FX", 1],
    ]);
    expect(aseanCalls('="ASEAN.TRADE("&A1')).toEqual([]);
    expect(aseanCalls("=MYASEAN.TRADE(1)")).toEqual([]);
    expect(aseanCalls("42")).toEqual([]);
    expect(usesAsean("=ASEAN.EDITION()")).toBe(true);
    expect(soleCall("=ASEAN.EDITION()")?.args).toEqual([]);
    expect(soleCall('=ASEAN.TRADE("CN","MY",2024)/1000')).toBeUndefined();
  });

  test("arguments: constants, array constants, cells and ranges on this or another sheet, and anything else", () => {
    expect(
      [
        ...["", ' "a""b" ', "-2.5E1", "TRUE", "$B$3", "'My, sheet'!c7", "Data!A1", "A1:$A$3", "Data!B1:C2"],
        ...['{"MY";"V;N"}', '{"a,b",2;TRUE,-1}', "{1,2;3}", "{1,B2}", "1+1", "B2*2"],
      ].map(classifyArg),
    ).toEqual([
      { kind: "value", value: null },
      { kind: "value", value: 'a"b' },
      { kind: "value", value: -25 },
      { kind: "value", value: true },
      { kind: "ref", ref: "B3" },
      { kind: "ref", sheet: "My, sheet", ref: "C7" },
      { kind: "ref", sheet: "Data", ref: "A1" },
      { kind: "ref", ref: "A1:A3" },
      { kind: "ref", sheet: "Data", ref: "B1:C2" },
      { kind: "array", rows: [["MY"], ["V;N"]] },
      {
        kind: "array",
        rows: [
          ["a,b", 2],
          [true, -1],
        ],
      },
      { kind: "other", text: "{1,2;3}" },
      { kind: "other", text: "{1,B2}" },
      { kind: "other", text: "1+1" },
      { kind: "other", text: "B2*2" },
    ]);
  });

  test("formulas saved without the add-in are recognised and renamed back, with any workbook prefix", () => {
    for (const saved of [
      '=_xldudf_ASEAN_TRADE("CN","MY",2024)',
      '=[2]!_xldudf_ASEAN_TRADE("CN","MY",2024)',
      '=BloombergUI.xla!_xldudf_ASEAN_TRADE("CN","MY",2024)',
    ]) {
      expect([brokenAsean(saved), usesAsean(saved)]).toEqual([true, false]);
      expect(repairedFormula(saved)).toBe('=ASEAN.TRADE("CN","MY",2024)');
    }
    expect(repairedFormula('=_xldudf_ASEAN_FX(2020)+ASEAN.FX(2021)+"_xldudf_ASEAN_X("')).toBe(
      '=ASEAN.FX(2020)+ASEAN.FX(2021)+"_xldudf_ASEAN_X("',
    );
    expect(repairedFormula("=SUM(1)")).toBe("=SUM(1)");
  });
});

describe("citing a cell", () => {
  const at = (values: unknown[][], row: number, col: number) => ({ row, col, values });

  test("scalars: TRADE and SOURCE as ASEAN.SOURCE, FDI, FACT, LATEST by the year it returns", () => {
    const one = at([[0]], 0, 0);
    expect(citeCell('=ASEAN.TRADE("CN","MY",2024,"exports","CNY_BN")', literal, one)).toBe(
      core().source("CN", "MY", 2024, "exports"),
    );
    expect(citeCell('=ASEAN.FDI("CN","ASEAN",2022)', literal, one)).toBe(
      core().fdiSource("CN", "ASEAN", 2022, null, null),
    );
    expect(citeCell('=ASEAN.FACT("ZERO_TARIFF_COVERAGE_PCT","year")', literal, one)).toBe(
      fact("ZERO_TARIFF_COVERAGE_PCT", "citation"),
    );
    expect(citeCell('=ASEAN.LATEST("CN","MY")', literal, one)).toBe(
      core().source("CN", "MY", core().latest("CN", "MY", null), null),
    );
    expect(citeCell("=ASEAN.EDITION()", literal, one)).toBe("");
    expect(citeCell('=ASEAN.TRADE("CN",B2,2024)', literal, one)).toMatch(
      /^ASEAN\.TRADE: an argument is computed by another formula, or a range/,
    );
  });

  test("a call given ranges: each cell by its own call's values; inside a longer formula, not given", () => {
    const arrays = (arg: CallArg): ArgValues | undefined => (arg.kind === "array" ? arg.rows : literal(arg));
    const grid = '=ASEAN.TRADE("CN",{"MY";"VN"},{2022,2023,2024})';
    expect([at([], 1, 1), at([], 0, 2)].map((c) => citeCell(grid, arrays, c))).toEqual([
      core().source("CN", "VN", 2023, null),
      core().source("CN", "MY", 2024, null),
    ]);
    expect(citeCell('=ASEAN.TRADE("CN",{"MY";"VN"},2024)*2', arrays, at([], 1, 0))).toMatch(
      /^Computed from: ASEAN\.TRADE: an argument is computed by another formula, or a range is passed/,
    );
  });

  test(
    "SERIES, vertical and horizontal: each value by the " + "year of its row or column; years and headers carry none",
    () => {
      const v = spill("SERIES", "CN", "MY", 2020, 2022);
      expect(citeCell('=ASEAN.SERIES("CN","MY",2020,2022)', literal, at(v, 2, 1))).toBe(
        core().source("CN", "MY", 2021, null),
      );
      expect([at(v, 0, 1), at(v, 2, 0)].map((c) => citeCell('=ASEAN.SERIES("CN","MY",2020,2022)', literal, c))).toEqual(
        ["", ""],
      );
      const h = spill("SERIES", "CN", "MY", 2018, 2020, "imports", null, "horizontal");
      expect(citeCell('=ASEAN.SERIES("CN","MY",2018,2020,"imports",,"horizontal")', literal, at(h, 1, 3))).toBe(
        core().source("CN", "MY", 2020, "imports"),
      );
    },
  );

  test(
    "PARTNERS: a value by its partner and year, a share " + "as the core cites that ratio, in the unit's currency",
    () => {
      const p = spill("PARTNERS", "CN", 2023, null, "ASEAN", 3);
      const f = '=ASEAN.PARTNERS("CN",2023,,"ASEAN",3)';
      const code = p[2][0] as string;
      expect(citeCell(f, literal, at(p, 2, 2))).toBe(core().source("CN", code, 2023, null));
      expect(citeCell(f, literal, at(p, 2, 3))).toBe(
        core().ratioSource("SHARE", "CN", code, 2023, null, "WORLD", "USD"),
      );
      expect(citeCell('=ASEAN.PARTNERS("CN",2023,,"ASEAN",3,"CNY_BN")', literal, at(p, 2, 3))).toBe(
        core().ratioSource("SHARE", "CN", code, 2023, null, "WORLD", "CNY"),
      );
      expect(citeCell(f, literal, at(p, 2, 1))).toBe("");
    },
  );

  test("MIRROR: each side as its reporter records it, the gaps by both", () => {
    const m = spill("MIRROR", "CN", "MY", 2019, "exports");
    const f = '=ASEAN.MIRROR("CN","MY",2019,"exports")';
    const ours = core().source("CN", "MY", 2019, "exports");
    const theirs = core().source("MY", "CN", 2019, "imports");
    expect([1, 2, 3].map((r) => citeCell(f, literal, at(m, r, 2)))).toEqual([
      ours,
      theirs,
      `(1) ${ours} (2) ${theirs}`,
    ]);
  });

  test("FACTS: every cell of a row by that row's figure", () => {
    const all = spill("FACTS");
    expect(citeCell("=ASEAN.FACTS()", literal, at(all, 3, 2))).toBe(core().fact(all[3][0], "citation"));
    expect(citeCell("=ASEAN.FACTS()", literal, at(all, 0, 2))).toBe("");
  });
});

/*
 * ASEAN.* formulas in a real formula engine. Every cell is also computed by calling the same function
 * (and, for TRADE, the core) directly with the arguments Excel would pass, so the engine layer can
 * neither lose nor invent a value or a message.
 */
import { HyperFormula, type CellValue } from "hyperformula";
import { core } from "../../src/core/api";
import { isDomainError } from "../../src/core/errors";
import { FUNCTIONS } from "../../src/functions/catalog";
import { isCellError } from "../../src/functions/cell";
import { buildSheet, errorOf, valuesOf, type JsArg } from "../support/hyperformula";

type Direct = { id: string; args: JsArg[] } | { compute: () => unknown };

interface Case {
  readonly title: string;
  readonly formula: string;
  readonly direct: Direct;
  readonly check?: (v: CellValue) => void;
}

const call = (id: string, ...args: JsArg[]): Direct => ({ id, args });
const trade = (...args: JsArg[]): Direct => call("TRADE", ...args);

function runDirect(d: Direct): unknown {
  if ("compute" in d) return d.compute();
  const entry = FUNCTIONS[d.id];
  const args = [...d.args];
  while (args.length < entry.maxArgs) args.push(null);
  return (entry.fn as (...a: JsArg[]) => unknown)(...args);
}

const num = (d: Direct): number => runDirect(d) as number;

/** Row 1 holds the inputs that formulas reference; G1 is left empty on purpose. */
const INPUTS = ["CN", 2024, "MY", '="2024"', "CN", "MY", null, "=1/0", "yuan"];

const value = (expected: number | string) => (v: CellValue) => expect(v).toBe(expected);
const close =
  (expected: number, digits = 2) =>
  (v: CellValue) =>
    expect(v).toBeCloseTo(expected, digits);
const error =
  (code: string, ...parts: (string | RegExp)[]) =>
  (v: CellValue) => {
    const e = errorOf(v);
    expect(e?.code).toBe(code);
    for (const p of parts) expect(e?.message).toMatch(p);
  };

const CASES: Case[] = [
  {
    title: "bilateral total",
    formula: '=ASEAN.TRADE("CN","MY",2024)',
    direct: trade("CN", "MY", 2024),
    check: value(212.03),
  },
  {
    title: "group reported whole",
    formula: '=ASEAN.TRADE("CN","ASEAN",2024)',
    direct: trade("CN", "ASEAN", 2024),
    check: value(982.34),
  },
  {
    title: "exports (X)",
    formula: '=ASEAN.TRADE("CN","MY",2024,"X")',
    direct: trade("CN", "MY", 2024, "X"),
    check: value(101.46),
  },
  {
    title: "imports (M)",
    formula: '=ASEAN.TRADE("CN","MY",2024,"M")',
    direct: trade("CN", "MY", 2024, "M"),
    check: value(110.57),
  },
  {
    title: "balance (B)",
    formula: '=ASEAN.TRADE("CN","MY",2024,"B")',
    direct: trade("CN", "MY", 2024, "B"),
    check: value(-9.11),
  },
  {
    title: "lower case, stray spaces",
    formula: '=ASEAN.TRADE(" cn ","my ",2024," exports")',
    direct: trade(" cn ", "my ", 2024, " exports"),
    check: value(101.46),
  },
  {
    title: "Chinese names",
    formula: '=ASEAN.TRADE("中国","马来西亚",2024)',
    direct: trade("中国", "马来西亚", 2024),
    check: value(212.03),
  },
  {
    title: "Chinese flow",
    formula: '=ASEAN.TRADE("中国","马来西亚",2024,"进口")',
    direct: trade("中国", "马来西亚", 2024, "进口"),
    check: value(110.57),
  },
  {
    title: "year as text",
    formula: '=ASEAN.TRADE("CN","MY","2024")',
    direct: trade("CN", "MY", "2024"),
    check: value(212.03),
  },
  {
    title: "year from a cell",
    formula: '=ASEAN.TRADE("CN","MY",B1)',
    direct: trade("CN", "MY", 2024),
    check: value(212.03),
  },
  {
    title: "text year from a formula cell",
    formula: '=ASEAN.TRADE("CN","MY",D1)',
    direct: trade("CN", "MY", "2024"),
    check: value(212.03),
  },
  {
    title: "year computed",
    formula: '=ASEAN.TRADE("CN","MY",2023+1)',
    direct: trade("CN", "MY", 2024),
    check: value(212.03),
  },
  {
    title: "reporter and partner from cells",
    formula: "=ASEAN.TRADE(A1,C1,B1)",
    direct: trade("CN", "MY", 2024),
    check: value(212.03),
  },
  {
    title: "one-cell range",
    formula: '=ASEAN.TRADE(A1:A1,"MY",2024)',
    direct: trade([["CN"]], "MY", 2024),
    check: value(212.03),
  },
  {
    title: "empty cell as optional flow",
    formula: '=ASEAN.TRADE("CN","MY",2024,G1)',
    direct: trade("CN", "MY", 2024, null),
    check: value(212.03),
  },
  {
    title: "skipped optional flow",
    formula: '=ASEAN.TRADE("CN","MY",2024,,"USD_MN")',
    direct: trade("CN", "MY", 2024, null, "USD_MN"),
    check: value(212030),
  },
  {
    title: "unit CNY_100M",
    formula: '=ASEAN.TRADE("CN","MY",2024,"T","CNY_100M")',
    direct: trade("CN", "MY", 2024, "T", "CNY_100M"),
  },
  {
    title: "unit CNY_BN",
    formula: '=ASEAN.TRADE("CN","MY",2024,"T","cny_bn")',
    direct: trade("CN", "MY", 2024, "T", "cny_bn"),
  },
  {
    title: "unit 亿元",
    formula: '=ASEAN.TRADE("CN","MY",2024,,"亿元")',
    direct: trade("CN", "MY", 2024, null, "亿元"),
  },
  {
    title: "unit USD",
    formula: '=ASEAN.TRADE("CN","MY",2024,"total","USD")',
    direct: trade("CN", "MY", 2024, "total", "USD"),
    check: value(212.03e9),
  },
  {
    title: "latest",
    formula: '=ASEAN.TRADE("CN","MY","latest")',
    direct: trade("CN", "MY", "latest"),
    check: value(212.03),
  },
  {
    title: "group summed from members",
    formula: '=ASEAN.TRADE("CN","ASEAN",2020)',
    direct: trade("CN", "ASEAN", 2020),
    check: close(686.87),
  },
  {
    title: "citation of a summed group",
    formula: '=ASEAN.SOURCE("CN","ASEAN",2020)',
    direct: call("SOURCE", "CN", "ASEAN", 2020),
    check: (v) => expect(v).toMatch(/status: derived.*Sum over members/),
  },
  {
    title: "group with members missing",
    formula: '=ASEAN.TRADE("CN","ASEAN",2021,"X")',
    direct: trade("CN", "ASEAN", 2021, "X"),
    check: error("#N/A", "missing: CN-BN", /Covered years/),
  },
  {
    title: "nested share",
    formula: '=ASEAN.TRADE("CN","MY",2024)/ASEAN.TRADE("CN","ASEAN",2024)',
    direct: { compute: () => num(trade("CN", "MY", 2024)) / num(trade("CN", "ASEAN", 2024)) },
    check: close(212.03 / 982.34, 12),
  },
  {
    title: "SOURCE",
    formula: '=ASEAN.SOURCE("CN","MY",2024)',
    direct: call("SOURCE", "CN", "MY", 2024),
    check: (v) => expect(v).toMatch(/^China-reported total trade with Malaysia, 2024/),
  },
  { title: "EDITION", formula: "=ASEAN.EDITION()", direct: call("EDITION"), check: value(core().edition()) },
  {
    title: "unknown reporter",
    formula: '=ASEAN.TRADE("Malaysa","CN",2024)',
    direct: trade("Malaysa", "CN", 2024),
    check: error("#VALUE!", /^reporter: /, 'Did you mean "MY" (Malaysia)'),
  },
  {
    title: "unknown partner",
    formula: '=ASEAN.TRADE("CN","Narnia",2024)',
    direct: trade("CN", "Narnia", 2024),
    check: error("#VALUE!", /^partner: "Narnia"/),
  },
  {
    title: "empty reporter cell",
    formula: '=ASEAN.TRADE(G1,"MY",2024)',
    direct: trade(null, "MY", 2024),
    check: error("#VALUE!", /^reporter: is required/),
  },
  {
    title: "year as words",
    formula: '=ASEAN.TRADE("CN","MY","last year")',
    direct: trade("CN", "MY", "last year"),
    check: error("#VALUE!", /^year: /),
  },
  {
    title: "fractional year",
    formula: '=ASEAN.TRADE("CN","MY",2024.5)',
    direct: trade("CN", "MY", 2024.5),
    check: error("#VALUE!", /^year: 2024.5/),
  },
  {
    title: "year out of range",
    formula: '=ASEAN.TRADE("CN","MY",99999)',
    direct: trade("CN", "MY", 99999),
    check: error("#VALUE!", /^year: 99999/),
  },
  {
    title: "boolean year",
    formula: '=ASEAN.TRADE("CN","MY",TRUE())',
    direct: trade("CN", "MY", true),
    check: error("#VALUE!", /^year: true/),
  },
  {
    title: "bad flow",
    formula: '=ASEAN.TRADE("CN","MY",2024,"sideways")',
    direct: trade("CN", "MY", 2024, "sideways"),
    check: error("#VALUE!", /^flow: "sideways"/),
  },
  {
    title: "bad unit",
    formula: '=ASEAN.TRADE("CN","MY",2024,,"EUR")',
    direct: trade("CN", "MY", 2024, null, "EUR"),
    check: error("#VALUE!", /^unit: "EUR"/),
  },
  {
    // Functions that give one value per call take ranges (test/functions/broadcast.test.ts); a table does not.
    title: "range where a spilling function takes one value",
    formula: '=ASEAN.SERIES(E1:F1,"MY")',
    direct: {
      compute: () => (FUNCTIONS.SERIES.fn([["CN", "MY"]], "MY", null, null, null, null, null) as unknown[][])[0][0],
    },
    check: error("#VALUE!", /^reporter: expects one value, not a range of 2 cells; ASEAN\.SERIES spills a table/),
  },
  {
    title: "reporter is partner",
    formula: '=ASEAN.TRADE("CN","中国",2024)',
    direct: trade("CN", "中国", 2024),
    check: error("#VALUE!", /^partner: .*reporter itself/),
  },
  { title: "overlapping groups", formula: '=ASEAN.TRADE("ASEAN","RCEP",2020)', direct: trade("ASEAN", "RCEP", 2020) },
  {
    title: "year without data",
    formula: '=ASEAN.TRADE("MY","CN",2024)',
    direct: trade("MY", "CN", 2024),
    check: error("#N/A", "2000–2020", 'ASEAN.TRADE("CN","MY",2024)'),
  },
  {
    title: "citation without data",
    formula: '=ASEAN.SOURCE("MY","CN",2024)',
    direct: call("SOURCE", "MY", "CN", 2024),
    check: error("#N/A", 'ASEAN.TRADE("CN","MY",2024)'),
  },
  {
    title: "pair without data",
    formula: '=ASEAN.TRADE("CN","AQ",2020)',
    direct: trade("CN", "AQ", 2020),
    check: error("#N/A", "China reports no total data with Antarctica"),
  },
  {
    title: "year before the data",
    formula: '=ASEAN.TRADE("CN","MY",1850)',
    direct: trade("CN", "MY", 1850),
    check: error("#N/A", "2000–2024"),
  },
  {
    title: "a date where a year belongs",
    formula: '=ASEAN.TRADE("CN","MY",DATE(2025,1,1))',
    direct: trade("CN", "MY", 45658),
    check: error("#VALUE!", /^year: 45658 is a date \(2025-01-01\)/, "YEAR()"),
  },
  {
    title: "the year of a date",
    formula: '=ASEAN.TRADE("CN","MY",YEAR(DATE(2024,6,30)))',
    direct: trade("CN", "MY", 2024),
    check: value(212.03),
  },
  {
    title: "unknown figure id",
    formula: '=ASEAN.FACT("no_such_fact")',
    direct: call("FACT", "no_such_fact"),
    check: error("#N/A", /^No headline figure of the report has the id "no_such_fact"/),
  },
  {
    title: "growth in US$ (default)",
    formula: '=ASEAN.GROWTH("CN","ASEAN",2022)',
    direct: call("GROWTH", "CN", "ASEAN", 2022),
    check: close(0.11, 3),
  },
  {
    title: "growth in yuan",
    formula: '=ASEAN.GROWTH("CN","ASEAN",2022,,,"CNY")',
    direct: call("GROWTH", "CN", "ASEAN", 2022, null, null, "CNY"),
    check: close(0.15, 3),
  },
  {
    title: "growth in yuan as TRADE's yuan values give it",
    formula: '=ASEAN.TRADE("CN","ASEAN",2022,,"CNY_BN")/ASEAN.TRADE("CN","ASEAN",2021,,"CNY_BN")-1',
    direct: {
      compute: () =>
        num(trade("CN", "ASEAN", 2022, null, "CNY_BN")) / num(trade("CN", "ASEAN", 2021, null, "CNY_BN")) - 1,
    },
    check: close(num(call("GROWTH", "CN", "ASEAN", 2022, null, null, "CNY")), 12),
  },
  {
    title: "share in yuan",
    formula: '=ASEAN.SHARE("CN","MY",2024,,"ASEAN","CNY")',
    direct: call("SHARE", "CN", "MY", 2024, null, "ASEAN", "CNY"),
    check: close(150870766 / 698991577, 12),
  },
  {
    title: "share, currency from a cell",
    formula: '=ASEAN.SHARE("CN","MY",2024,,"ASEAN",I1)',
    direct: call("SHARE", "CN", "MY", 2024, null, "ASEAN", "yuan"),
    check: close(150870766 / 698991577, 12),
  },
  {
    title: "unknown currency",
    formula: '=ASEAN.GROWTH("CN","MY",2024,,,"EUR")',
    direct: call("GROWTH", "CN", "MY", 2024, null, null, "EUR"),
    check: error("#VALUE!", /^currency: "EUR" is not one of "USD", "CNY"/),
  },
];

describe("ASEAN.* in HyperFormula", () => {
  let hf: HyperFormula;
  let cells: CellValue[];

  beforeAll(() => {
    hf = buildSheet([INPUTS, ...CASES.map((c) => [c.formula])]);
    cells = valuesOf(hf)
      .slice(1)
      .map((row) => row[0]);
  });
  afterAll(() => hf.destroy());

  test.each(CASES.map((c, i) => [c.title, i] as const))(
    "%s: the engine shows what the function returns",
    (_title, i) => {
      const cell = cells[i];
      const direct = runDirect(CASES[i].direct);
      if (isCellError(direct)) {
        // The message is what Excel shows on the error cell; it must survive the engine.
        expect(errorOf(cell)).toEqual({ code: direct.code, message: direct.message });
      } else {
        expect(cell).toBe(direct);
      }
      CASES[i].check?.(cell);
    },
  );

  test.each(
    CASES.filter((c) => "id" in c.direct && c.direct.id === "TRADE").map((c) => [c.title, CASES.indexOf(c)] as const),
  )("%s: the engine agrees with the core", (_title, i) => {
    const { args } = CASES[i].direct as { args: JsArg[] };
    const [r, p, y, f = null, u = null] = args;
    const expected = core().tradeNumber(r, p, y, f, u);
    if (isDomainError(expected)) {
      expect(errorOf(cells[i])).toEqual({
        code: expected.error === "NA" ? "#N/A" : "#VALUE!",
        message: expected.message,
      });
    } else {
      expect(cells[i]).toBe(expected);
    }
  });
});

describe("formula-level behaviour Excel provides", () => {
  const one = (formula: string): CellValue => {
    const hf = buildSheet([INPUTS, [formula]]);
    const v = valuesOf(hf)[1][0];
    hf.destroy();
    return v;
  };

  test("every catalog function is registered under ASEAN.", () => {
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const id of Object.keys(FUNCTIONS)) expect(names).toContain(`ASEAN.${id}`);
  });

  test("function names are case-insensitive", () => {
    expect(one('=asean.trade("CN","MY",2024)')).toBe(212.03);
  });

  test("an error argument is returned without calling the function", () => {
    expect(errorOf(one('=ASEAN.TRADE(1/0,"MY",2024)'))?.code).toBe("#DIV/0!");
    expect(errorOf(one('=ASEAN.TRADE("CN","MY",NA())'))?.code).toBe("#N/A");
  });

  test("an error inside a range argument of a spilling function is returned too", () => {
    expect(errorOf(one('=ASEAN.SERIES(G1:H1,"MY")'))?.code).toBe("#DIV/0!");
  });

  test("argument counts come from the catalog", () => {
    for (const f of ['=ASEAN.TRADE("CN","MY")', '=ASEAN.TRADE("CN","MY",2024,"T","USD","x")', "=ASEAN.EDITION(1)"]) {
      expect(errorOf(one(f))?.code).toBe("#N/A");
    }
  });
});

describe("spilling catalog functions", () => {
  const spills = [
    '=ASEAN.SERIES("CN","MY",2020,2024)',
    '=ASEAN.COUNTRIES("ASEAN")',
    '=ASEAN.SERIES("XX","MY")',
    '=ASEAN.SERIES("CN","MY",1850,2024)',
  ];

  test.each(spills)("%s fills the cells the function returns", (formula) => {
    const [id, argText] = /^=ASEAN\.(\w+)\((.*)\)$/.exec(formula)?.slice(1) ?? [];
    const args = JSON.parse(`[${argText}]`) as JsArg[];
    const direct = runDirect(call(id, ...args)) as unknown[][];
    const hf = buildSheet([[formula], ...Array.from({ length: direct.length }, () => [])]);
    const cells = valuesOf(hf)
      .slice(0, direct.length)
      .map((row) => row.slice(0, direct[0].length));
    hf.destroy();
    const plain = (v: unknown) => (isCellError(v) ? { code: v.code, message: v.message } : v);
    expect(cells.map((row) => row.map((c) => errorOf(c) ?? c))).toEqual(direct.map((row) => row.map(plain)));
  });

  test("a spilling function with a wrong argument shows one error cell with its message", () => {
    const hf = buildSheet([['=ASEAN.SERIES("CN","XQ",2015,2024)', '=ASEAN.SERIES("CN","MY",45658)']]);
    const [series, date] = valuesOf(hf)[0];
    expect(errorOf(series)).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^partner: "XQ" is not a known country or group\. Did you mean/),
    });
    expect(errorOf(date)).toEqual({ code: "#VALUE!", message: expect.stringMatching(/^from: 45658 is a date/) });
    hf.destroy();
  });

  test("with a reference as an argument the engine cannot size the spill, and says so", () => {
    const hf = buildSheet([["CN", '=ASEAN.SERIES(A1,"MY",2020,2024)']]);
    expect(errorOf(valuesOf(hf)[0][1])?.message).toMatch(/only with literal arguments/);
    hf.destroy();
  });
});

describe("a catalog entry that spills (registration is generic over the catalog)", () => {
  // No shipped function spills yet; this entry shows a future one needs no engine-side code.
  const grid = (rows: unknown, cols: unknown): number[][] | { code: "#VALUE!"; message: string } =>
    typeof rows === "number" && typeof cols === "number" && rows >= 1 && cols >= 1
      ? Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * 10 + c))
      : { code: "#VALUE!", message: "rows: expects a positive number." };
  const TEST = { GRID: { fn: grid as never, minArgs: 2, maxArgs: 2, spills: true, broadcasts: false } };

  test("spills to the size the function returns for the literal arguments", () => {
    const hf = buildSheet(
      [
        ["=TESTCAT.GRID(2,3)", null, null, '=TESTCAT.GRID("a",1)'],
        [null, null, null, null],
      ],
      { TESTCAT: TEST },
    );
    const v = valuesOf(hf);
    expect(v[0].slice(0, 3)).toEqual([0, 1, 2]);
    expect(v[1].slice(0, 3)).toEqual([10, 11, 12]);
    expect(errorOf(v[0][3])).toEqual({ code: "#VALUE!", message: "rows: expects a positive number." });
    hf.destroy();
  });

  test("a blocked spill shows #SPILL!", () => {
    const hf = buildSheet([["=TESTCAT.GRID(2,2)", "x"]], { TESTCAT: TEST });
    expect(errorOf(valuesOf(hf)[0][0])?.code).toBe("#SPILL!");
    hf.destroy();
  });
});

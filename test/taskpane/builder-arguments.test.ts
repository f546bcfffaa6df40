import { core } from "../../src/core/api";
import { buildFigure } from "../../src/core/report/figures/build-figure";
import { CATALOGUE } from "../../src/core/report/figures/catalog";
import { cellReference } from "../../src/taskpane/builder/cell-reference";
import {
  CURRENCIES,
  FACT_FIELDS,
  FDI_MEASURES,
  FLOWS,
  SERIES_OPTIONS,
  UNITS,
  WHOLES,
} from "../../src/taskpane/builder/choices";
import type { CellContent } from "../../src/excel/read-cells";
import {
  citationOf,
  evaluateFormula,
  formulaText,
  readFromText,
  referencesOf,
} from "../../src/taskpane/builder/formula";
import { FUNCTION_FORMS, formFor, initialValues } from "../../src/taskpane/builder/function-forms";
import {
  countryChoices,
  factChoices,
  searchCountries,
  searchYears,
  withCellReferences,
} from "../../src/taskpane/builder/picker-search";
import { dataYears } from "../../src/taskpane/builder/year-choices";
import { valuesOnlyNote } from "../../src/taskpane/catalogue/formula-coverage";

describe("cell references as arguments", () => {
  test.each([
    ["A1", "A1"],
    ["b2", "B2"],
    ["$C$3", "$C$3"],
    ["Sheet1!d4", "Sheet1!D4"],
    ["'My data'!E5", "'My data'!E5"],
    ["XFD1048576", "XFD1048576"],
  ])("%s is the reference %s", (typed, ref) => {
    expect(cellReference(typed)).toBe(ref);
  });

  test.each(["MY", "MYS", "2024", "latest", "XFE1", "A0", "A1048577", "ASEAN10", "A1B", "Sheet 1!A1", ""])(
    "%s is not a reference",
    (typed) => {
      expect(cellReference(typed)).toBeUndefined();
    },
  );

  test("no value the builder offers reads as a reference", () => {
    const values = [
      ...countryChoices(),
      ...factChoices(),
      ...FLOWS,
      ...UNITS,
      ...WHOLES,
      ...FDI_MEASURES,
      ...CURRENCIES,
      ...FACT_FIELDS,
      ...SERIES_OPTIONS,
    ].map((c) => c.value);
    expect(values.filter((v) => cellReference(v) !== undefined)).toEqual([]);
  });

  test("a reference goes into the formula unquoted, and the value is left to Excel", () => {
    const form = formFor("TRADE");
    const values = ["CN", "A1", "2024", "", ""];
    expect(formulaText(form, values)).toBe('=ASEAN.TRADE("CN",A1,2024)');
    expect(evaluateFormula(form, values)).toEqual({
      dependsOn: ["A1"],
      state: "excel",
      why: expect.stringMatching(
        /^The value depends on cell A1: Excel computes the value once the formula is in a cell/,
      ),
    });
    expect(formulaText(form, ["Sheet1!B2", "MY", "$C$1", "", ""])).toBe('=ASEAN.TRADE(Sheet1!B2,"MY",$C$1)');
  });

  test("pickers offer a typed reference first, as the exact choice", () => {
    const search = withCellReferences(searchCountries);
    expect(search("a1")).toEqual({
      options: [{ value: "A1", label: "Cell A1" }],
      suggested: false,
      exact: { value: "A1", label: "Cell A1" },
    });
    expect(search("MY").exact?.value).toBe("MY");
  });
});

describe("cell references computed from what the cells hold, as Excel will", () => {
  const form = formFor("TRADE");
  const read = (cells: Record<string, CellContent>) => ({ ok: true as const, cells: new Map(Object.entries(cells)) });
  const my: CellContent = { kind: "value", value: "MY" };

  test("each reference once, in order", () => {
    expect(referencesOf(form, ["B1", "A1", "B1", "", ""])).toEqual(["B1", "A1"]);
    expect(referencesOf(form, ["CN", "MY", "2024", "", ""])).toEqual([]);
  });

  test("the cells' values go in where the references are, and the core computes the function's own value", () => {
    const values = ["CN", "A1", "C1", "", ""];
    const cells = read({ A1: my, C1: { kind: "value", value: 2024 } });
    expect(evaluateFormula(form, values, cells)).toBe(core().tradeNumber("CN", "MY", 2024, null, null));
    expect(readFromText(form, values, cells)).toBe(
      'Computed with A1 = "MY", C1 = 2024, as the workbook holds them now; Excel recomputes when they change.',
    );
    // A cell holding what the function cannot take gives the function's own answer, here #VALUE!.
    const bad = evaluateFormula(form, values, read({ A1: { kind: "value", value: true }, C1: my }));
    expect(bad).toMatchObject({ error: "VALUE" });
    const share = formFor("SHARE");
    expect(citationOf(share, ["CN", "A1", "2024", "", "", ""], read({ A1: my }))).toBe(
      core().ratioSource("SHARE", "CN", "MY", 2024, null, "WORLD", "USD"),
    );
  });

  test("while reading, or when a read fails, it says so; an empty or failing cell is named", () => {
    const values = ["CN", "A1", "2024", "", ""];
    expect(evaluateFormula(form, values, "reading")).toEqual({
      dependsOn: ["A1"],
      state: "reading",
      why: "Reading cell A1 from the workbook…",
    });
    expect(evaluateFormula(form, values, { ok: false, reason: "The requested resource doesn't exist." })).toMatchObject(
      {
        state: "excel",
        why: expect.stringMatching(/^Could not read cell A1 \(The requested resource doesn't exist\.\)/),
      },
    );
    expect(evaluateFormula(form, values, read({ A1: { kind: "empty" } }))).toMatchObject({
      state: "cell",
      why: expect.stringMatching(
        /^A1 is empty\. Excel passes an empty cell as 0 on the desktop and as nothing on the web/,
      ),
    });
    expect(evaluateFormula(form, values, read({ A1: { kind: "error", text: "#N/A" } }))).toMatchObject({
      state: "cell",
      why: "A1 shows #N/A, so the formula cannot compute from it.",
    });
    expect(readFromText(form, values, read({ A1: { kind: "empty" } }))).toBeUndefined();
  });
});

describe("years", () => {
  test("the years with data for the pair, flow and unit as they stand", () => {
    const [cn, my] = [core().codes.get("CN"), core().codes.get("MY")];
    if (!cn || !my) throw new Error("CN and MY are in the dataset");
    const trade = formFor("TRADE");
    const years = dataYears(trade, ["CN", "MY", "2024", "", ""]);
    const c = core();
    const expected = c.trade.yearsWithValue(cn, my, "total", {
      id: "USD_BN",
      currency: "USD",
      scale: 9,
      label: "US$ billion",
    });
    expect(years).toEqual(expected);
    expect(years?.length).toBeGreaterThan(5);
    expect(years?.every((y) => typeof c.tradeNumber("CN", "MY", y, null, null) === "number")).toBe(true);
    expect(dataYears(trade, ["CN", "B2", "2024", "", ""])).toBeUndefined();
    expect(dataYears(trade, ["CN", "Narnia", "2024", "", ""])).toBeUndefined();
  });

  test("FDI years follow the measure, FX years the yuan series", () => {
    const fdi = dataYears(formFor("FDI"), ["CN", "ASEAN", "2022", "", ""]);
    expect(fdi).toEqual(core().fdiTable.years("inflow", "CN", "ASEAN"));
    const fx = dataYears(formFor("FX"), ["2024", ""]);
    expect(fx?.every((y) => typeof core().fx(y, null) === "number")).toBe(true);
  });

  test("the year picker offers latest, then the years newest first, and takes any whole year typed", () => {
    const search = searchYears([2019, 2020, 2021]);
    expect(search("").options.map((c) => c.value)).toEqual(["latest", "2021", "2020", "2019"]);
    expect(search("202").options.map((c) => c.value)).toEqual(["2021", "2020"]);
    expect(search("2020").exact?.value).toBe("2020");
    expect(search("1991")).toMatchObject({ exact: { value: "1991", label: "1991 (no data)" } });
    expect(search("lat").options.map((c) => c.value)).toEqual(["latest"]);
  });
});

describe("defaults", () => {
  test("every optional argument starts left out, at the function's own default", () => {
    for (const form of FUNCTION_FORMS) {
      form.params.forEach((p, i) => {
        if (p.optional)
          expect({ fn: form.id, param: p.name, initial: initialValues(form)[i] }).toEqual({
            fn: form.id,
            param: p.name,
            initial: "",
          });
      });
    }
    expect(formulaText(formFor("SERIES"), initialValues(formFor("SERIES")))).toBe('=ASEAN.SERIES("CN","ASEAN")');
  });
});

describe("live formulas asked for where there are none", () => {
  const figure = (id: string) => buildFigure(core(), CATALOGUE.find((s) => s.id === id) ?? CATALOGUE[0]);
  test("Figure 1 says every number goes in as a value, and why", () => {
    expect(valuesOnlyNote(figure("figure-1-categories"))).toMatch(
      /no live formulas: its numbers are as the report states them/,
    );
  });
  test(
    "a figure with some stated numbers says how many have " + "formulas; one with formulas throughout says nothing",
    () => {
      const f = figure("figure-3-investment");
      expect(valuesOnlyNote(f)).toBeUndefined();
      expect(valuesOnlyNote(figure("china-asean-trade-1991-2024"))).toBeUndefined();
      const partly = {
        ...f,
        rows: f.rows.map((row, i) =>
          i === 0 ? row.map((cell) => ({ value: cell.value, ...(cell.status ? { status: cell.status } : {}) })) : row,
        ),
      };
      expect(valuesOnlyNote(partly)).toBe(
        "24 of 26 numbers come with a live formula; the others (as the report states them) are inserted as values.",
      );
      expect(valuesOnlyNote(figure("connectivity-projects"))).toMatch(/no live formulas/);
    },
  );
});

import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { isDomainError } from "../../src/core/errors";
import { core } from "../../src/core/api";
import { broadcasts, FUNCTION_IDS, REGISTRY, type FunctionId } from "../../src/core/registry/registry";
import { FUNCTIONS } from "../../src/functions/catalog";
import * as jsdocFunctions from "../../src/functions/functions";
import publishedIds from "./function-ids.json";
import { renderHelpPage } from "../../scripts/help-page";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  type?: string;
  dimensionality?: string;
  customEnumId?: string;
}
interface Enum {
  id: string;
  values: { stringValue: string }[];
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result?: { dimensionality?: string };
  options?: Record<string, boolean>;
}

let functions: Fn[] = [];
let enums: Enum[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.join(__dirname, "..", "..", "src", "functions", "functions.ts"),
    false,
  );
  expect(result.errors).toEqual([]);
  ({ functions, enums } = JSON.parse(result.metadataJson) as { functions: Fn[]; enums: Enum[] });
}, 60000);

describe("functions.json generated from the JSDoc", () => {
  it("keeps every published id: ids are forever", () => {
    const ids = functions.map((f) => f.id).sort();
    for (const id of publishedIds) expect(ids).toContain(id);
    // A new function must be added to the published list too, so the list stays complete.
    expect(ids).toEqual([...publishedIds].sort());
  });

  it("matches the catalog the command-line tool and tests use", () => {
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const f of functions) {
      const entry = FUNCTIONS[f.id];
      expect(f.parameters.length).toBe(entry.maxArgs);
      expect(f.parameters.filter((p) => !p.optional).length).toBe(entry.minArgs);
      expect(f.result?.dimensionality === "matrix").toBe(entry.spills || entry.broadcasts);
    }
  });

  it("describes every function and parameter, with a help page anchor", () => {
    for (const f of functions) {
      expect(f.description?.length ?? 0).toBeGreaterThan(20);
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id.toLowerCase()}`);
      for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(10);
    }
  });

  it("marks optional parameters and keeps functions synchronous and non-volatile", () => {
    const trade = functions.find((f) => f.id === "TRADE");
    expect(trade?.parameters.map((p) => [p.name, p.optional === true])).toEqual([
      ["reporter", false],
      ["partner", false],
      ["year", false],
      ["flow", true],
      ["unit", true],
    ]);
    for (const f of functions) {
      expect(f.options?.volatile ?? false).toBe(false);
      expect(f.options?.stream ?? false).toBe(false);
      expect(f.options?.cancelable ?? false).toBe(false);
    }
  });

  it("SHARE and GROWTH end with an optional currency, described with both of its values", () => {
    for (const id of ["SHARE", "GROWTH"]) {
      const params = functions.find((f) => f.id === id)?.parameters ?? [];
      const last = params[params.length - 1];
      expect([id, last?.name, last?.optional]).toEqual([id, "currency", true]);
      expect(last?.description).toMatch(/"USD" \(default\) or "CNY"/);
    }
  });

  it("the help page has a section for every function", () => {
    const html = renderHelpPage({ functions });
    for (const f of functions) expect(html).toContain(`id="${f.id.toLowerCase()}"`);
    expect(html).toContain('id="coverage"');
    expect(html).toContain('id="errors"');
    expect(html).toContain("=ASEAN.GROWTH(&quot;CN&quot;,&quot;ASEAN&quot;,2022,,,&quot;CNY&quot;)");
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toMatch(/<script/i);
  });

  it("the help page says which functions take ranges for one result per cell", () => {
    const html = renderHelpPage({ functions });
    const section = (id: string): string =>
      new RegExp(`<section id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? "";
    for (const id of FUNCTION_IDS)
      expect([id, section(id.toLowerCase()).includes("gives one result per cell")]).toEqual([id, broadcasts(id)]);
  });

  it("the help page lists functions in order of use, TRADE first, each example with the result it returns", () => {
    const html = renderHelpPage({ functions });
    const order = [...html.matchAll(/<section id="([a-z]+)">\s*<h2><code>ASEAN\./g)].map((m) => m[1].toUpperCase());
    expect(order.slice(0, 3)).toEqual(["TRADE", "SERIES", "SHARE"]);
    expect([...order].sort()).toEqual(functions.map((f) => f.id).sort());
    expect(html).toContain(
      '=ASEAN.TRADE(&quot;CN&quot;,&quot;MY&quot;,2024)</code> <span class="result">→ <output>212.03</output>',
    );
    // Every example returns a value, not an error.
    expect(html).not.toMatch(/→ <output>#/);
  });

  it(
    "the help page explains each error a cell can show, " + "names sources, and shows coverage one reporter at a time",
    () => {
      const html = renderHelpPage({ functions });
      for (const code of ["#N/A", "#VALUE!", "#NAME?", "#BUSY!", "#SPILL!"])
        expect(html).toContain(`<dt><code>${code}</code></dt>`);
      expect(html).toContain('<section id="errors">');
      const data = /<section id="data">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
      expect(data).toContain("ASEAN Secretariat, ASEANstats");
      expect(data).not.toMatch(/aseanstats-fdi-inflow|<code>[a-z]+-[a-z-]+<\/code>/);
      const coverage = /<section id="coverage">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
      expect((coverage.match(/<details/g) ?? []).length).toBeGreaterThan(10);
      expect(coverage).toMatch(/<summary>China \(CN\) as reporter<\/summary>/);
      // Every scrolling region can take focus, so the keyboard can scroll it.
      expect(
        [...html.matchAll(/<div class="wide"[^>]*>/g)]
          .map((m) => m[0])
          .filter((tag) => !(tag.includes('tabindex="0"') && tag.includes("aria-label="))),
      ).toEqual([]);
    },
  );
});

describe("the JSDoc and the core's function registry agree", () => {
  const declared = (id: string): Fn => {
    const f = functions.find((fn) => fn.id === id);
    if (!f) throw new Error(`No JSDoc function for ${id}`);
    return f;
  };

  it("declare the same functions, in the same order, under the same names", () => {
    expect(functions.map((f) => f.id)).toEqual(FUNCTION_IDS);
    for (const f of functions) expect(f.name).toBe(f.id);
  });

  it.each(FUNCTION_IDS)("%s: the same parameters in the same order, optional alike, spilling alike", (id) => {
    const f = declared(id);
    const fromJsdoc = f.parameters.map((p) => ({ name: p.name, optional: p.optional === true }));
    expect(fromJsdoc).toEqual(REGISTRY[id].params.map((p) => ({ name: p.name, optional: p.optional })));
    expect(f.result?.dimensionality === "matrix").toBe(REGISTRY[id].spills || broadcasts(id));
  });

  it.each(FUNCTION_IDS)(
    "%s: ranges are declared where the registry broadcasts or takes a range whole, and only there",
    (id) => {
      // Excel hands a custom function a range only for a parameter declared as a matrix.
      const f = declared(id);
      const shapes = f.parameters.map((p) => [p.name, p.dimensionality ?? "scalar"]);
      const params: readonly { name: string; wholeRange?: true }[] = REGISTRY[id].params;
      // A parameter that takes its range whole (CHECK's answers and key) is a matrix too.
      expect(shapes).toEqual(params.map((p) => [p.name, broadcasts(id) || p.wholeRange ? "matrix" : "scalar"]));
    },
  );

  it("enum parameters keep their enum when they take ranges", () => {
    const trade = declared("TRADE").parameters;
    expect(trade.filter((p) => p.customEnumId).map((p) => [p.name, p.customEnumId, p.dimensionality])).toEqual([
      ["flow", "Flow", "matrix"],
      ["unit", "Unit", "matrix"],
    ]);
    const series = declared("SERIES").parameters;
    expect(series.filter((p) => p.customEnumId).map((p) => [p.name, p.dimensionality ?? "scalar"])).toEqual([
      ["flow", "scalar"],
      ["unit", "scalar"],
    ]);
  });

  it.each(FUNCTION_IDS)("%s: a parameter typed with an enum offers exactly the enum's values", (id) => {
    const params: readonly { name: string; choices?: readonly { value: string }[] }[] = REGISTRY[id].params;
    for (const p of declared(id).parameters.filter((q) => q.customEnumId)) {
      const values = enums.find((e) => e.id === p.customEnumId)?.values.map((v) => v.stringValue);
      expect({ param: p.name, values }).toEqual({
        param: p.name,
        values: params.find((q) => q.name === p.name)?.choices?.map((c) => c.value),
      });
    }
  });

  it.each(FUNCTION_IDS)(
    "%s: the JSDoc function passes its arguments on in order, so its examples give the registry's results",
    (id: FunctionId) => {
      const jsdoc = (jsdocFunctions as unknown as Record<string, (...args: unknown[]) => unknown>)[id.toLowerCase()];
      const { maxArgs } = FUNCTIONS[id];
      // A function declared to return a matrix returns rows of cells even for one value; a cell shows the value.
      const asDeclared = (v: unknown): unknown => (broadcasts(id) && !Array.isArray(v) ? [[v]] : v);
      for (const e of REGISTRY[id].examples) {
        const args: unknown[] = [...e.args];
        while (args.length < maxArgs) args.push(null);
        expect(jsdoc(...args)).toEqual(asDeclared(FUNCTIONS[id].fn(...args)));
        // As Excel passes each value to a parameter declared as a matrix: a 1 x 1 range.
        if (broadcasts(id)) expect(jsdoc(...args.map((a) => [[a]]))).toEqual(jsdoc(...args));
        // An example shows what the function does: it has a value.
        expect(isDomainError(core().call(id, args))).toBe(false);
      }
    },
  );
});

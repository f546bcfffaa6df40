import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { FUNCTIONS } from "../src/functions/catalog";
import publishedIds from "./function-ids.json";
import { renderHelpPage } from "../scripts/help-page";

interface Param { name: string; description?: string; optional?: boolean; type?: string; dimensionality?: string }
interface Fn { id: string; name: string; description?: string; helpUrl?: string; parameters: Param[]; result?: { dimensionality?: string }; options?: Record<string, boolean> }

let functions: Fn[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "..", "src", "functions", "functions.ts"), false);
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
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
      expect(f.result?.dimensionality === "matrix").toBe(entry.spills);
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
      ["reporter", false], ["partner", false], ["year", false], ["flow", true], ["unit", true],
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
});

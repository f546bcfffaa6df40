import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { ENUM_TOOLTIPS_ZH, FUNCTION_TEXT_ZH } from "../../src/core/i18n/function-text-zh";
import { FUNCTION_IDS, REGISTRY } from "../../src/core/registry/registry";
import { localizeMetadata, ZH_HELP_FILE, type Metadata } from "../../scripts/localized-metadata";

const HAN = /\p{Script=Han}/u;

let english: Metadata = { functions: [] };
let chinese: Metadata = { functions: [] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.join(__dirname, "..", "..", "src", "functions", "functions.ts"),
    false,
  );
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson) as Metadata;
  chinese = localizeMetadata(english);
}, 60000);

describe("the zh-CN function metadata generated from the English one and the Chinese text", () => {
  it("lists the same ids and the same English names, in the same order", () => {
    expect(chinese.functions.map((f) => [f.id, f.name])).toEqual(english.functions.map((f) => [f.id, f.name]));
    expect(chinese.functions.map((f) => f.name)).toContain("TRADE");
  });

  it("keeps every parameter's position, type and optional flag", () => {
    const shape = (m: Metadata) =>
      m.functions.map((f) => f.parameters.map((p) => ({ ...p, name: undefined, description: undefined })));
    expect(shape(chinese)).toEqual(shape(english));
    const strip = (m: Metadata) =>
      m.functions.map((f) => ({ ...f, description: undefined, helpUrl: undefined, parameters: undefined }));
    expect(strip(chinese)).toEqual(strip(english));
  });

  it("describes every function and names and describes every parameter in Chinese", () => {
    for (const f of chinese.functions) {
      expect(f.description).toMatch(HAN);
      for (const p of f.parameters) {
        expect(p.name).toMatch(HAN);
        expect(p.description).toMatch(HAN);
      }
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("gives every enum value a Chinese tooltip and keeps the values themselves", () => {
    expect(chinese.enums?.length).toBeGreaterThan(0);
    for (const [i, e] of (chinese.enums ?? []).entries()) {
      expect(e.values.map((v) => v.stringValue)).toEqual(english.enums?.[i].values.map((v) => v.stringValue));
      for (const v of e.values) expect(v.tooltip).toMatch(HAN);
    }
  });

  it("points every help URL at the same anchor of the Chinese help page", () => {
    for (const [i, f] of chinese.functions.entries()) {
      const en = english.functions[i].helpUrl ?? "";
      expect(f.helpUrl).toBe(en.replace("help.html", ZH_HELP_FILE));
      expect(f.helpUrl).toContain(`${ZH_HELP_FILE}#${f.id.toLowerCase()}`);
    }
  });

  it("has text for exactly the registry's functions and parameters, no more, no fewer", () => {
    expect(Object.keys(FUNCTION_TEXT_ZH).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const id of FUNCTION_IDS)
      expect(Object.keys(FUNCTION_TEXT_ZH[id].params)).toEqual(REGISTRY[id].params.map((p) => p.name));
    for (const e of english.enums ?? []) expect(Object.keys(ENUM_TOOLTIPS_ZH[e.id] ?? {}).length).toBe(e.values.length);
  });

  it("stops the build when a function, parameter or enum value has no translation", () => {
    const trade = english.functions.find((f) => f.id === "TRADE");
    if (!trade) throw new Error("TRADE missing");
    expect(() => localizeMetadata({ functions: [{ ...trade, id: "NEWFN" }] })).toThrow(/NEWFN/);
    const extraParam = { ...trade, parameters: [...trade.parameters, { name: "extra", type: "string" }] };
    expect(() => localizeMetadata({ functions: [extraParam] })).toThrow(/extra of TRADE/);
    const flow = { id: "Flow", values: [{ name: "sideways", stringValue: "sideways" }] };
    expect(() => localizeMetadata({ functions: [], enums: [flow] })).toThrow(/Flow\.sideways/);
  });
});

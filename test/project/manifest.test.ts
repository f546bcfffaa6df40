import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { inflateSync } from "node:zlib";
import {
  checkHttpsUrls,
  checkIcons,
  checkId,
  checkNamespace,
  checkResidKinds,
  checkResidsDefined,
  checkResourceIdLength,
  checkResourcesUsed,
  checkSharedRuntime,
  loadManifest,
  runOwnChecks,
  schemaDirFor,
  validateWithSchema,
  type CheckResult,
  type Manifest,
} from "../../scripts/validate-manifest";
import { DEV_ORIGIN, manifestForHost, normaliseBaseUrl } from "../../scripts/manifest-for-host";
import { ICON_SIZES, renderIcon } from "../../scripts/make-icons";

const repoRoot = path.resolve(__dirname, "..", "..");
const assetsDir = path.join(repoRoot, "assets");
const schemaDir = schemaDirFor(repoRoot);
const manifestXml = readFileSync(path.join(repoRoot, "manifest.xml"), "utf8");

// The XSDs live beside the repository; only their absence may skip schema tests.
const schemaTest = existsSync(schemaDir) ? test : test.skip;
if (!existsSync(schemaDir)) console.log(`schema tests skipped: ${schemaDir} is absent`);

async function expectSchemaValid(source: { file: string } | { xml: string }): Promise<void> {
  const outcome = await validateWithSchema(source, schemaDir);
  if (outcome.status === "no-schema") throw new Error(outcome.reason);
  if (outcome.status !== "valid") throw new Error(`schema validation failed:\n${outcome.output}`);
}

function failing(xml: string): string[] {
  return runOwnChecks(xml, assetsDir)
    .filter((c) => !c.ok)
    .map((c) => c.name);
}

/** Applies a text edit and insists it changed something, so a stale pattern cannot pass silently. */
function edit(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

describe("manifest.xml against the Office XSDs (libxml2 in WebAssembly)", () => {
  schemaTest("is schema-valid", async () => {
    await expectSchemaValid({ file: path.join(repoRoot, "manifest.xml") });
  });

  schemaTest("the schema run really rejects a bad manifest", async () => {
    const bad = edit(
      manifestXml,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    );
    expect(await validateWithSchema({ xml: bad }, schemaDir)).toMatchObject({
      status: "invalid",
      output: expect.stringContaining("Everything"),
    });
    const longId = edit(manifestXml, /Group\.Label/g, "Group.Label.Of.The.Ribbon.Home.Tab");
    expect(await validateWithSchema({ xml: longId }, schemaDir)).toMatchObject({
      status: "invalid",
      output: expect.stringContaining("maxLength"),
    });
    const unknown = edit(manifestXml, "</Permissions>", "</Permissions><Unheard/>");
    expect(await validateWithSchema({ xml: unknown }, schemaDir)).toMatchObject({
      status: "invalid",
      output: expect.stringContaining("Unheard"),
    });
  });
});

describe("own checks on manifest.xml", () => {
  test("all pass", () => {
    const results = runOwnChecks(manifestXml, assetsDir);
    expect(results.length).toBeGreaterThanOrEqual(9);
    expect(results.filter((c) => !c.ok)).toEqual([]);
  });

  test("the namespace short string is ASEAN", () => {
    const m = loadManifest(manifestXml, assetsDir);
    const ns = m.all.find((el) => el.name === "Namespace");
    expect(m.resources.find((r) => r.id === ns?.attrs.resid)?.value).toBe("ASEAN");
  });

  test("the committed icons are what scripts/make-icons.ts draws", () => {
    for (const size of ICON_SIZES) {
      expect(decodeOwnPng(path.join(assetsDir, `icon-${size}.png`))).toEqual(Buffer.from(renderIcon(size)));
    }
  });
});

describe("manifest.xml in Chinese Office (zh-CN)", () => {
  const overrideOf = (id: string): string | undefined =>
    new RegExp(`<bt:Url id="${id.replace(".", "\\.")}"[^>]*>\\s*<bt:Override Locale="zh-CN" Value="([^"]+)"/>`).exec(
      manifestXml,
    )?.[1];

  test("points zh-CN at the Chinese function metadata and the Chinese help page", () => {
    expect(overrideOf("Functions.Metadata.Url")).toBe("https://localhost:3000/functions-zh-CN.json");
    expect(overrideOf("Help.Url")).toBe("https://localhost:3000/help-zh-CN.html");
  });

  test("an http locale override is caught like any other URL", () => {
    const bad = edit(manifestXml, "https://localhost:3000/functions-zh-CN.json", "http://localhost:3000/f.json");
    expect(failing(bad)).toContain(checkHttpsUrls(loadManifest(manifestXml, assetsDir)).name);
  });

  test("the production manifest rewrites the overrides too", () => {
    const prod = manifestForHost(manifestXml, "https://addin.example.com");
    expect(prod).toContain('Value="https://addin.example.com/functions-zh-CN.json"');
    expect(prod).not.toContain("localhost");
  });
});

describe("own checks catch a broken manifest", () => {
  const good: Manifest = loadManifest(manifestXml, assetsDir);
  const nameOf = (check: (m: Manifest) => CheckResult): string => check(good).name;

  const cases: Array<[string, (xml: string) => string, Array<(m: Manifest) => CheckResult>]> = [
    [
      "a dangling resid",
      (x) => edit(x, '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      [checkResidsDefined, checkResourcesUsed],
    ],
    [
      "a resource defined twice",
      (x) =>
        edit(x, "</bt:ShortStrings>", '  <bt:String id="Group.Label" DefaultValue="Again"/>\n      </bt:ShortStrings>'),
      [checkResidsDefined],
    ],
    [
      "an unused resource",
      (x) =>
        edit(
          x,
          "</bt:Urls>",
          '  <bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/>\n      </bt:Urls>',
        ),
      [checkResourcesUsed],
    ],
    [
      "an http URL",
      (x) => edit(x, 'https://localhost:3000/functions.js"', 'http://localhost:3000/functions.js"'),
      [checkHttpsUrls],
    ],
    [
      "an http SupportUrl",
      (x) => edit(x, '<SupportUrl DefaultValue="https:', '<SupportUrl DefaultValue="http:'),
      [checkHttpsUrls],
    ],
    [
      "a relative URL",
      (x) =>
        edit(
          x,
          '<bt:Url id="Help.Url" DefaultValue="https://localhost:3000/help.html">',
          '<bt:Url id="Help.Url" DefaultValue="help.html">',
        ),
      [checkHttpsUrls],
    ],
    [
      "an over-long resource id",
      (x) => edit(x, /TaskpaneButton\.Tooltip/g, "TaskpaneButton.Tooltip.For.The.Home.Tab"),
      [checkResourceIdLength],
    ],
    [
      "a label pointing at a long string",
      (x) => edit(x, '<Label resid="Group.Label"/>', '<Label resid="GetStarted.Description"/>'),
      [checkResidKinds, checkResourcesUsed],
    ],
    ["an icon of the wrong size", (x) => edit(x, 'assets/icon-64.png"/>\n', 'assets/icon-80.png"/>\n'), [checkIcons]],
    ["a missing icon file", (x) => edit(x, /assets\/icon-16\.png/g, "assets/icon-20.png"), [checkIcons]],
    [
      "another namespace",
      (x) => edit(x, 'id="Functions.Namespace" DefaultValue="ASEAN"', 'id="Functions.Namespace" DefaultValue="ASEANX"'),
      [checkNamespace],
    ],
    ["an Id that is not a GUID", (x) => edit(x, /<Id>[^<]*<\/Id>/, "<Id>asean-data</Id>"), [checkId]],
    [
      "a function file outside the shared runtime",
      (x) => edit(x, '<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Help.Url"/>'),
      [checkSharedRuntime],
    ],
    [
      "no SharedRuntime requirement",
      (x) => edit(x, /\s*<Set Name="SharedRuntime" MinVersion="1.1"\/>/, ""),
      [checkSharedRuntime],
    ],
  ];

  test.each(cases)("%s", (_label, breakIt, expected) => {
    expect(failing(breakIt(manifestXml)).sort()).toEqual(expected.map(nameOf).sort());
  });

  test("all three faults at once are each reported, naming the culprit", () => {
    let bad = edit(manifestXml, '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    bad = edit(bad, "https://localhost:3000/functions.json", "http://localhost:3000/functions.json");
    bad = edit(bad, /GetStarted\.Description/g, "GetStarted.Description.Of.The.AddIn");
    const byName = new Map(runOwnChecks(bad, assetsDir).map((c) => [c.name, c]));
    expect(byName.get(nameOf(checkResidsDefined))?.problems.join()).toContain("Group.Missing");
    expect(byName.get(nameOf(checkHttpsUrls))?.problems.join()).toContain("http://localhost:3000/functions.json");
    expect(byName.get(nameOf(checkResourceIdLength))?.problems.join()).toContain("GetStarted.Description.Of.The.AddIn");
  });

  test("malformed XML is reported, not thrown", () => {
    const results = runOwnChecks(manifestXml.replace("</Permissions>", ""), assetsDir);
    expect(results).toHaveLength(1);
    expect(results[0]!.ok).toBe(false);
  });
});

describe("manifest for a production host", () => {
  const devUrlCount = manifestXml.split(DEV_ORIGIN).length - 1;

  test("rewrites every development URL and still passes the own checks", () => {
    const prod = manifestForHost(manifestXml, "https://addin.example.com");
    expect(devUrlCount).toBeGreaterThan(10);
    expect(prod).not.toMatch(/localhost/);
    expect(prod.split("https://addin.example.com/").length - 1).toBe(devUrlCount);
    expect(prod).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://addin.example.com/taskpane.html"/>');
    expect(runOwnChecks(prod, assetsDir).filter((c) => !c.ok)).toEqual([]);
  });

  schemaTest("the production manifest is schema-valid", async () => {
    await expectSchemaValid({ xml: manifestForHost(manifestXml, "https://addin.example.com/asean/") });
  });

  test("normalises trailing slashes and keeps a path prefix", () => {
    expect(normaliseBaseUrl("https://addin.example.com/")).toBe("https://addin.example.com");
    expect(normaliseBaseUrl("https://Addin.Example.com/asean//")).toBe("https://addin.example.com/asean");
    const prod = manifestForHost(manifestXml, "https://addin.example.com/asean/");
    expect(prod).toContain('"https://addin.example.com/asean/functions.json"');
    expect(prod).not.toMatch(/example\.com\/\/|asean\/\//);
  });

  test.each([
    ["http://addin.example.com", /https/],
    ["addin.example.com", /not a URL/],
    ["https://addin.example.com/?v=2", /query/],
    ["https://user:pw@addin.example.com", /credentials/],
    [`${DEV_ORIGIN}/`, /development/],
  ])("rejects %s", (base, message) => {
    expect(() => manifestForHost(manifestXml, base)).toThrow(message);
  });

  test("refuses a manifest that has nothing to rewrite", () => {
    const prod = manifestForHost(manifestXml, "https://addin.example.com");
    expect(() => manifestForHost(prod, "https://other.example.com")).toThrow(/no https:\/\/localhost:3000/);
  });
});

/** Decodes the RGBA pixels of a PNG written by make-icons (8-bit RGBA, filter type 0 rows). */
function decodeOwnPng(file: string): Buffer {
  const png = readFileSync(file);
  const idat: Buffer[] = [];
  let width = 0;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") width = data.readUInt32BE(0);
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rows: Buffer[] = [];
  for (let y = 0; y * (stride + 1) < raw.length; y++) {
    const start = y * (stride + 1);
    if (raw[start] !== 0) throw new Error(`${file}: row ${y} uses PNG filter ${raw[start]}, not written by make-icons`);
    rows.push(raw.subarray(start + 1, start + 1 + stride));
  }
  return Buffer.concat(rows);
}

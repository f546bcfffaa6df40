/**
 * Offline validation of the add-in manifest.
 *
 * Usage: npx tsx scripts/validate-manifest.ts [manifest path]   (default: manifest.xml)
 *
 * 1. Schema: libxml2 (xmllint-wasm, in-process) against Microsoft's published XSDs kept in
 *    ../shared/schemas/office-addin-manifest (the official `office-addin-manifest validate` needs an online service).
 * 2. Checks the XSDs cannot express: resource cross-references, https everywhere, icon files,
 *    the ASEAN namespace and the shared-runtime wiring.
 * Exits non-zero when anything fails.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { validateXML } from "xmllint-wasm";

export const EXPECTED_NAMESPACE = "ASEAN";
export const MAX_RESOURCE_ID_LENGTH = 32;
export const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

/* ---------- A minimal XML reader: the manifest is plain elements and attributes ---------- */

export interface XmlElement {
  /** Local name without the namespace prefix (bt:Image -> Image). */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent: XmlElement | null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/y;
  const attrPattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let match: RegExpExecArray | null;
  while (token.lastIndex < body.length) {
    const at = token.lastIndex;
    match = token.exec(body);
    if (!match) throw new Error(`malformed XML near: ${body.slice(at, at + 40).trim()}`);
    const [, closing, qname, rawAttrs, selfClosing, text] = match;
    const current = stack[stack.length - 1] ?? null;
    if (text !== undefined) {
      if (current) current.text += decodeEntities(text);
      else if (text.trim()) throw new Error("text outside the root element");
      continue;
    }
    const name = qname!.replace(/^[^:]*:/, "");
    if (closing) {
      if (!current || current.name !== name) throw new Error(`unexpected </${qname}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs!.matchAll(attrPattern)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? "");
    const element: XmlElement = { name, attrs, children: [], text: "", parent: current };
    if (current) current.children.push(element);
    else if (root) throw new Error("more than one root element");
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (!root) throw new Error("no root element");
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return root;
}

function descendants(el: XmlElement): XmlElement[] {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

function hasAncestor(el: XmlElement, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.name === name) return true;
  return false;
}

function attr(el: XmlElement, localName: string): string | undefined {
  const key = Object.keys(el.attrs).find((k) => k.replace(/^[^:]*:/, "") === localName);
  return key === undefined ? undefined : el.attrs[key];
}

/* ---------- The manifest model the checks work on ---------- */

export type ResourceKind = "image" | "url" | "short" | "long";

export interface ResourceDef {
  id: string;
  kind: ResourceKind;
  value: string;
  element: XmlElement;
}
export interface ResourceRef {
  resid: string;
  element: XmlElement;
}

export interface Manifest {
  root: XmlElement;
  all: XmlElement[];
  resources: ResourceDef[];
  references: ResourceRef[];
  /** Where icon files referenced by URL are looked up, by file name. */
  assetsDir: string;
}

const KIND_OF_CONTAINER: Record<string, ResourceKind> = {
  Images: "image",
  Urls: "url",
  ShortStrings: "short",
  LongStrings: "long",
};

export function loadManifest(xml: string, assetsDir: string): Manifest {
  const root = parseXml(xml);
  const all = [root, ...descendants(root)];
  const resources: ResourceDef[] = [];
  for (const el of all) {
    const kind = el.parent ? KIND_OF_CONTAINER[el.parent.name] : undefined;
    if (kind && hasAncestor(el, "Resources")) {
      resources.push({ id: el.attrs.id ?? "", kind, value: el.attrs.DefaultValue ?? "", element: el });
    }
  }
  const references = all
    .filter((el) => el.attrs.resid !== undefined)
    .map((el) => ({ resid: el.attrs.resid!, element: el }));
  return { root, all, resources, references, assetsDir };
}

export interface CheckResult {
  name: string;
  ok: boolean;
  problems: string[];
}

function result(name: string, problems: string[]): CheckResult {
  return { name, ok: problems.length === 0, problems };
}

/* ---------- Own checks ---------- */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkId(m: Manifest): CheckResult {
  const ids = m.root.children.filter((c) => c.name === "Id").map((c) => c.text.trim());
  const problems: string[] = [];
  if (ids.length !== 1) problems.push(`expected one <Id>, found ${ids.length}`);
  for (const id of ids) {
    if (!GUID.test(id)) problems.push(`<Id> "${id}" is not a GUID`);
    else if (/^[0-]+$/.test(id)) problems.push("<Id> is the all-zero GUID");
  }
  return result("Id is a GUID", problems);
}

export function checkResidsDefined(m: Manifest): CheckResult {
  const problems: string[] = [];
  const count = new Map<string, number>();
  for (const r of m.resources) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  for (const [id, n] of count) if (n > 1) problems.push(`resource "${id}" is defined ${n} times`);
  const reported = new Set<string>();
  for (const { resid, element } of m.references) {
    if (!count.has(resid) && !reported.has(resid)) {
      reported.add(resid);
      problems.push(`resid "${resid}" (on <${element.name}>) is not defined in Resources`);
    }
  }
  return result("every resid is defined exactly once", problems);
}

export function checkResourcesUsed(m: Manifest): CheckResult {
  const used = new Set(m.references.map((r) => r.resid));
  const problems = m.resources.filter((r) => !used.has(r.id)).map((r) => `resource "${r.id}" is never used`);
  return result("every resource is used", problems);
}

/** What each referring element expects, per the TaskPaneAppVersionOverrides schema. */
const EXPECTED_KIND: Record<string, ResourceKind> = {
  Runtime: "url",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Image: "image",
  Namespace: "short",
  Label: "short",
  Title: "short",
  Description: "long",
};

export function checkResidKinds(m: Manifest): CheckResult {
  const problems: string[] = [];
  for (const { resid, element } of m.references) {
    const expected = EXPECTED_KIND[element.name];
    const def = m.resources.find((r) => r.id === resid);
    if (expected && def && def.kind !== expected) {
      problems.push(
        `<${element.name} resid="${resid}"> needs a ${expected} resource, "${resid}" is a ${def.kind} resource`,
      );
    }
  }
  return result("each resid points at the right kind of resource", problems);
}

export function checkResourceIdLength(m: Manifest): CheckResult {
  const ids = new Set([...m.resources.map((r) => r.id), ...m.references.map((r) => r.resid)]);
  const problems: string[] = [];
  for (const id of ids) {
    if (id.length === 0) problems.push("empty resource id");
    else if (id.length > MAX_RESOURCE_ID_LENGTH)
      problems.push(`resource id "${id}" has ${id.length} characters (max ${MAX_RESOURCE_ID_LENGTH})`);
  }
  return result(`resource ids are at most ${MAX_RESOURCE_ID_LENGTH} characters`, problems);
}

/** Elements whose DefaultValue (and Override Value) must be an absolute URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"]);

function isUrlCarrier(el: XmlElement): boolean {
  // Image/SourceLocation also appear as resid references, which carry no URL themselves.
  return URL_ELEMENTS.has(el.name) && el.attrs.resid === undefined;
}

function httpsProblem(value: string, where: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${where}: "${value}" is not an absolute URL`;
  }
  return url.protocol === "https:" ? null : `${where}: "${value}" is not https`;
}

export function checkHttpsUrls(m: Manifest): CheckResult {
  const problems = new Set<string>();
  for (const el of m.all) {
    const where = `<${el.name}${el.attrs.id ? ` id="${el.attrs.id}"` : ""}>`;
    const checked = new Set<string>();
    if (isUrlCarrier(el)) {
      checked.add("DefaultValue");
      const value = el.attrs.DefaultValue;
      if (value === undefined) problems.add(`${where} has no DefaultValue`);
      else {
        const p = httpsProblem(value, where);
        if (p) problems.add(p);
      }
    }
    if (el.name === "Override" && el.parent && isUrlCarrier(el.parent) && el.attrs.Value !== undefined) {
      checked.add("Value");
      const p = httpsProblem(el.attrs.Value, `<Override> of ${where}`);
      if (p) problems.add(p);
    }
    if (el.name === "AppDomain") {
      const p = httpsProblem(el.text.trim(), where);
      if (p) problems.add(p);
    }
    // Any other URL-looking value anywhere; namespace declarations are identifiers, not fetched.
    for (const [key, value] of Object.entries(el.attrs)) {
      if (checked.has(key) || key === "xmlns" || key.startsWith("xmlns:")) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^https:\/\//i.test(value))
        problems.add(`${where} ${key}: "${value}" is not https`);
    }
    for (const found of el.text.match(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi) ?? []) {
      if (!/^https:\/\//i.test(found)) problems.add(`${where} text: "${found}" is not https`);
    }
  }
  return result("every URL is https", [...problems]);
}

/** Reads width and height from a PNG's IHDR chunk; null when the file is not a PNG. */
export function readPngSize(file: string): { width: number; height: number } | null {
  const head = readFileSync(file).subarray(0, 24);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (head.length < 24 || !head.subarray(0, 8).equals(signature) || head.toString("ascii", 12, 16) !== "IHDR")
    return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

function iconFile(url: string, assetsDir: string): string | null {
  try {
    const name = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
    return name ? path.join(assetsDir, name) : null;
  } catch {
    return null;
  }
}

export function checkIcons(m: Manifest): CheckResult {
  const wanted: Array<{ label: string; url: string; sizes: Set<number> }> = [];
  for (const r of m.resources.filter((x) => x.kind === "image")) {
    const sizes = new Set(
      m.references
        .filter((ref) => ref.resid === r.id && ref.element.name === "Image")
        .map((ref) => Number(ref.element.attrs.size)),
    );
    wanted.push({ label: `image "${r.id}"`, url: r.value, sizes });
  }
  // Office shows IconUrl at 32x32 and HighResolutionIconUrl at 64x64.
  for (const [name, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ] as const) {
    const el = m.root.children.find((c) => c.name === name);
    if (el?.attrs.DefaultValue) wanted.push({ label: `<${name}>`, url: el.attrs.DefaultValue, sizes: new Set([size]) });
  }
  const problems: string[] = [];
  for (const w of wanted) {
    const file = iconFile(w.url, m.assetsDir);
    if (!file) {
      problems.push(`${w.label}: cannot take a file name from "${w.url}"`);
      continue;
    }
    if (!existsSync(file)) {
      problems.push(`${w.label}: ${file} does not exist`);
      continue;
    }
    const size = readPngSize(file);
    if (!size) {
      problems.push(`${w.label}: ${file} is not a PNG`);
      continue;
    }
    if (w.sizes.size > 1) problems.push(`${w.label} is used at several sizes: ${[...w.sizes].join(", ")}`);
    for (const s of w.sizes) {
      if (size.width !== s || size.height !== s)
        problems.push(`${w.label}: ${path.basename(file)} is ${size.width}x${size.height}, used as ${s}x${s}`);
    }
  }
  return result("icon files exist with the right pixel size", problems);
}

export function checkNamespace(m: Manifest, expected = EXPECTED_NAMESPACE): CheckResult {
  const namespaces = m.all.filter((el) => el.name === "Namespace" && hasAncestor(el, "ExtensionPoint"));
  const problems: string[] = [];
  if (namespaces.length !== 1) problems.push(`expected one custom functions <Namespace>, found ${namespaces.length}`);
  for (const ns of namespaces) {
    const def = m.resources.find((r) => r.id === ns.attrs.resid && r.kind === "short");
    if (!def) problems.push(`<Namespace resid="${ns.attrs.resid ?? ""}"> has no short string`);
    else if (def.value !== expected) problems.push(`namespace is "${def.value}", expected "${expected}"`);
  }
  return result(`custom functions namespace is ${expected}`, problems);
}

/** Excel only shares the runtime when every component names the same page resource. */
export function checkSharedRuntime(m: Manifest): CheckResult {
  const problems: string[] = [];
  const runtimes = m.all.filter((el) => el.name === "Runtime");
  if (runtimes.length !== 1) problems.push(`expected one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime && runtime.attrs.lifetime !== "long") problems.push('<Runtime> lifetime is not "long"');
  const page = runtime?.attrs.resid;
  const users: Array<[string, XmlElement | undefined]> = [
    ["custom functions <Page>", m.all.find((el) => el.name === "SourceLocation" && el.parent?.name === "Page")],
    ["<FunctionFile>", m.all.find((el) => el.name === "FunctionFile")],
    ...m.all
      .filter((el) => el.name === "Action" && attr(el, "type") === "ShowTaskpane")
      .map((a): [string, XmlElement | undefined] => [
        "ShowTaskpane <SourceLocation>",
        a.children.find((c) => c.name === "SourceLocation"),
      ]),
  ];
  for (const [label, el] of users) {
    if (!el) problems.push(`${label} is missing`);
    else if (page !== undefined && el.attrs.resid !== page)
      problems.push(`${label} uses "${el.attrs.resid ?? ""}", the runtime uses "${page}"`);
  }
  const pageUrl = m.resources.find((r) => r.id === page && r.kind === "url")?.value;
  const defaultPage = m.root.children
    .find((c) => c.name === "DefaultSettings")
    ?.children.find((c) => c.name === "SourceLocation");
  if (pageUrl && defaultPage && defaultPage.attrs.DefaultValue !== pageUrl) {
    problems.push(
      `DefaultSettings page "${defaultPage.attrs.DefaultValue ?? ""}" differs from the runtime page "${pageUrl}"`,
    );
  }
  const sets = m.root.children.find((c) => c.name === "Requirements")?.children.find((c) => c.name === "Sets");
  if (!sets?.children.some((s) => s.attrs.Name === "SharedRuntime"))
    problems.push("Requirements do not name the SharedRuntime set");
  return result("task pane, ribbon and functions share one runtime", problems);
}

export const OWN_CHECKS: ReadonlyArray<(m: Manifest) => CheckResult> = [
  checkId,
  checkResidsDefined,
  checkResourcesUsed,
  checkResidKinds,
  checkResourceIdLength,
  checkHttpsUrls,
  checkIcons,
  checkNamespace,
  checkSharedRuntime,
];

export function runOwnChecks(xml: string, assetsDir: string): CheckResult[] {
  let manifest: Manifest;
  try {
    manifest = loadManifest(xml, assetsDir);
  } catch (e) {
    return [result("manifest is well-formed XML", [(e as Error).message])];
  }
  return OWN_CHECKS.map((check) => check(manifest));
}

/* ---------- Schema validation (libxml2 compiled to WebAssembly: no system tool) ---------- */

export type SchemaOutcome =
  { status: "valid"; output: string } | { status: "invalid"; output: string } | { status: "no-schema"; reason: string };

export function schemaDirFor(repoRoot: string): string {
  return path.resolve(repoRoot, "..", "shared", "schemas", "office-addin-manifest");
}

/**
 * Validates a manifest file, or XML text given in `source.xml`, against the XSDs in `schemaDir`. The main
 * schema imports the others by file name, so every XSD of the folder goes into libxml2's in-memory file system.
 */
export async function validateWithSchema(
  source: { file: string } | { xml: string },
  schemaDir: string,
): Promise<SchemaOutcome> {
  const xsd = path.join(schemaDir, SCHEMA_FILE);
  if (!existsSync(schemaDir)) {
    return {
      status: "no-schema",
      reason:
        `schema folder ${schemaDir} is absent (it lives beside the repository, not in it); schema validation ` +
        `skipped`,
    };
  }
  if (!existsSync(xsd)) return { status: "no-schema", reason: `${xsd} is missing; schema validation skipped` };
  const readXsd = (fileName: string) => ({ fileName, contents: readFileSync(path.join(schemaDir, fileName), "utf8") });
  const others = readdirSync(schemaDir)
    .filter((f) => f.endsWith(".xsd") && f !== SCHEMA_FILE)
    .sort();
  const fileName = "file" in source ? path.basename(source.file) : "manifest.xml";
  const contents = "file" in source ? readFileSync(source.file, "utf8") : source.xml;
  const result = await validateXML({
    xml: { fileName, contents },
    schema: readXsd(SCHEMA_FILE),
    preload: others.map(readXsd),
  });
  const output = result.rawOutput.trim();
  return result.valid ? { status: "valid", output } : { status: "invalid", output };
}

/* ---------- Command line ---------- */

export function findRepoRoot(start: string): string {
  let dir = path.resolve(start);
  while (!existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
  return dir;
}

async function main(args: string[]): Promise<number> {
  const repoRoot = findRepoRoot(path.dirname(process.argv[1] ?? process.cwd()));
  const manifestPath = path.resolve(args[0] ?? path.join(repoRoot, "manifest.xml"));
  if (!existsSync(manifestPath)) {
    console.error(`FAIL  ${manifestPath} does not exist`);
    return 1;
  }
  const shown = path.relative(process.cwd(), manifestPath);
  console.log(`Validating ${shown.startsWith("..") ? manifestPath : shown}`);
  let failed = false;

  const schema = await validateWithSchema({ file: manifestPath }, schemaDirFor(repoRoot));
  if (schema.status === "no-schema") console.log(`SKIP  schema: ${schema.reason}`);
  else {
    console.log(`${schema.status === "valid" ? "PASS" : "FAIL"}  schema (${SCHEMA_FILE})`);
    if (schema.status === "invalid") {
      for (const line of schema.output.split("\n")) console.log(`        ${line}`);
      failed = true;
    }
  }

  for (const check of runOwnChecks(readFileSync(manifestPath, "utf8"), path.join(repoRoot, "assets"))) {
    console.log(`${check.ok ? "PASS" : "FAIL"}  ${check.name}`);
    for (const p of check.problems) console.log(`        ${p}`);
    failed ||= !check.ok;
  }
  return failed ? 1 : 0;
}

// Matched on the script name rather than require.main/import.meta so the check works in
// both module systems and stays inert when a test imports this file.
if (/validate-manifest\.[cm]?[jt]s$/.test(process.argv[1] ?? ""))
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });

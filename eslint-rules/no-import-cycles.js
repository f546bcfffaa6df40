/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Reports an import that closes a cycle of modules (type-only imports included: a cycle of types is
 * still two modules that cannot be understood apart). The graph of relative imports is read with the
 * TypeScript compiler's own pre-processor, so comments and strings are never taken for imports, and
 * each file is read once per lint run unless it changes.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const EXTENSIONS = [".ts", ".tsx", ".js", "/index.ts", "/index.tsx"];
const cache = new Map();

function resolve(from, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  if (/\.(tsx?|js)$/.test(base) && fs.existsSync(base)) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return undefined;
}

function importsOf(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const held = cache.get(file);
  if (held && held.mtime === stat.mtimeMs) return held.imports;
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  const imports = [...new Set(info.importedFiles.map((f) => resolve(file, f.fileName)).filter((f) => f !== undefined))];
  cache.set(file, { mtime: stat.mtimeMs, imports });
  return imports;
}

/** A path of imports from `start` back to `target`, or undefined. */
function pathBack(start, target) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, trail] = stack.pop();
    if (file === target) return trail;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const next of importsOf(file)) stack.push([next, [...trail, next]]);
  }
  return undefined;
}

module.exports = {
  meta: {
    type: "problem",
    docs: { description: "Disallow imports that close a cycle of modules" },
    schema: [],
    messages: { cycle: "This import closes a cycle: {{cycle}}." },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const root = context.cwd ?? process.cwd();
    const check = (node) => {
      if (!node.source || typeof node.source.value !== "string") return;
      const target = resolve(file, node.source.value);
      if (!target) return;
      const trail = pathBack(target, file);
      if (trail)
        context.report({
          node,
          messageId: "cycle",
          data: { cycle: [file, ...trail].map((f) => path.relative(root, f)).join(" → ") },
        });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

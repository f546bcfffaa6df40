/**
 * package.json says what the add-in ships with: every package the shipped code imports is a declared
 * runtime dependency, and every runtime dependency is imported by it. Imports are read with the
 * TypeScript compiler's own pre-processor, so comments and strings are never taken for imports.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { builtinModules } from "module";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const runtime = new Set(Object.keys(pkg.dependencies ?? {}));
const development = new Set(Object.keys(pkg.devDependencies ?? {}));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(full);
    return /\.(tsx?|[cm]?js)$/.test(e.name) ? [full] : [];
  });
}

/** 'react-dom/client' -> 'react-dom', '@fluentui/react-components' stays whole; relative paths give undefined. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) return undefined;
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return builtinModules.includes(name) ? undefined : name;
}

function importedPackages(files: readonly string[]): Map<string, string[]> {
  const byPackage = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const ref of info.importedFiles) {
      const name = packageOf(ref.fileName);
      if (!name) continue;
      const list = byPackage.get(name) ?? [];
      list.push(path.relative(ROOT, file));
      byPackage.set(name, list);
    }
  }
  return byPackage;
}

const shipped = importedPackages(
  sourceFiles(path.join(ROOT, "src")).filter((f) => !f.includes(`${path.sep}cli${path.sep}`)),
);

describe("package.json matches the code", () => {
  test("reads imports, not look-alikes", () => {
    expect(packageOf("react-dom/client")).toBe("react-dom");
    expect(packageOf("@fluentui/react-icons")).toBe("@fluentui/react-icons");
    expect(packageOf("./core/api")).toBeUndefined();
    expect(packageOf("fs")).toBeUndefined();
    expect(packageOf("node:path")).toBeUndefined();
    expect(shipped.get("react")?.length).toBeGreaterThan(0);
  });

  test("every package the shipped code imports is a declared runtime dependency", () => {
    const undeclared = [...shipped]
      .filter(([name]) => !runtime.has(name))
      .map(([name, files]) => `${name} (${files[0]})`);
    expect(undeclared).toEqual([]);
  });

  test("every declared runtime dependency is imported by the shipped code", () => {
    expect([...runtime].filter((name) => !shipped.has(name))).toEqual([]);
  });

  test("tests, scripts and tools import only declared packages", () => {
    const files = [
      ...sourceFiles(path.join(ROOT, "test")),
      ...sourceFiles(path.join(ROOT, "scripts")),
      ...sourceFiles(path.join(ROOT, "src", "cli")),
      ...readdirSync(ROOT)
        .filter((f) => /\.(c?js|ts)$/.test(f))
        .map((f) => path.join(ROOT, f)),
    ];
    const undeclared = [...importedPackages(files)]
      .filter(([name]) => !runtime.has(name) && !development.has(name) && !name.startsWith("@types/"))
      .map(([name, where]) => `${name} (${where[0]})`);
    expect(undeclared).toEqual([]);
  });
});

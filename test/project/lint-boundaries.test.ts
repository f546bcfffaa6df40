/*
 * The import rules npm run lint enforces: the core imports no face, faces do not import one another
 * (the task pane may use the Office.js writers), and no import closes a cycle of modules.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { ESLint, type Rule } from "eslint";
import tseslint from "typescript-eslint";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const noImportCycles: Rule.RuleModule = require("../../eslint-rules/no-import-cycles");

const ROOT = path.resolve(__dirname, "..", "..");
// The project's own configuration, handed over whole (ESLint would load the file through a dynamic import Jest lacks).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const project = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require("../../eslint.config.js") });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await project.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe("import boundaries", () => {
  test.each([
    ["src/core/probe.ts", 'import { FUNCTIONS } from "../functions/catalog";'],
    ["src/core/report/probe.ts", 'import { insertFigure } from "../../excel/insert-figure";'],
    ["src/functions/probe.ts", 'import { formulaText } from "../taskpane/builder/formula";'],
    ["src/cli/probe.ts", 'import { FUNCTIONS } from "../functions/catalog";'],
    ["src/taskpane/probe.ts", 'import { FUNCTIONS } from "../functions/catalog";'],
    ["src/taskpane/probe.ts", 'import { run } from "../cli/asean";'],
  ])("%s may not %s", async (file, code) => {
    expect(await problems(file, `${code}\nexport {};\n`)).toContain("no-restricted-imports");
  });

  test.each([
    ["src/taskpane/probe.ts", 'import { insertFigure } from "../excel/insert-figure";'],
    ["src/functions/probe.ts", 'import { core } from "../core/api";'],
    ["src/cli/probe.ts", 'import { core } from "../core/api";'],
  ])("%s may %s", async (file, code) => {
    expect(await problems(file, `${code}\nexport const probe = 1;\n`)).not.toContain("no-restricted-imports");
  });
});

describe("import cycles", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "cycles-"));
    writeFileSync(path.join(dir, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
    writeFileSync(path.join(dir, "b.ts"), 'import type { C } from "./c";\nexport const b: C = 1;\n');
    writeFileSync(
      path.join(dir, "c.ts"),
      'import { a } from "./a";\nexport type C = ReturnType<typeof a> extends 1 ? 1 : 1;\n',
    );
    writeFileSync(path.join(dir, "d.ts"), 'import { a } from "./a";\nexport const d = a;\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lint = async (name: string): Promise<string[]> => {
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: {
        files: ["**/*.ts"],
        languageOptions: { parser: tseslint.parser },
        plugins: { local: { rules: { "no-import-cycles": noImportCycles } } },
        rules: { "local/no-import-cycles": "error" },
      },
    });
    const [result] = await eslint.lintFiles([path.join(dir, name)]);
    return result.messages.map((m) => m.message);
  };

  test("an import that closes a cycle is reported with the cycle, type-only imports included", async () => {
    expect(await lint("a.ts")).toEqual([expect.stringMatching(/a\.ts → b\.ts → c\.ts → a\.ts/)]);
    expect(await lint("b.ts")).toHaveLength(1);
  });

  test("an import into a cycle from outside it is not", async () => {
    expect(await lint("d.ts")).toEqual([]);
  });
});

/**
 * Set-up is two commands on a machine with only Node.js: CI runs what the README tells a newcomer and
 * nothing else, so a green CI proves it.
 */
import { readFileSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const ci = readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
const commands = ci
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd "));

describe("set-up", () => {
  test("CI runs exactly npm ci, the lint and the tests", () => {
    expect(commands).toEqual(["npm ci --no-audit --no-fund", "npm run lint", "npm test"]);
  });

  test("neither CI nor the README asks for system packages or administrator rights", () => {
    for (const text of [ci, readme]) expect(text).not.toMatch(/apt-get|sudo|brew install|libxml2-utils/);
  });

  test("the README's two commands are npm install and npm test, besides npm start", () => {
    const block = /## Two commands\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(
      block
        .split("\n")
        .map((l) => l.split("#")[0].trim())
        .filter(Boolean),
    ).toEqual(["npm install", "npm start", "npm test"]);
  });
});

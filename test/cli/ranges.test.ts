/*
 * The command-line tool takes a JSON 2-D array where Excel would pass a range, and prints one result per
 * cell, run exactly as an analyst would type it.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function asean(...args: string[]): { out: string; err: string; code: number | null } {
  const r = spawnSync("npm", ["run", "--silent", "asean", "--", ...args], { cwd: ROOT, encoding: "utf8" });
  return { out: r.stdout.trim(), err: r.stderr.replace(/^npm warn.*\n?/gm, "").trim(), code: r.status };
}

describe("npm run asean with ranges", () => {
  it(`TRADE CN '[["MY"],["VN"]]' 2024 prints one value per partner, each what the single call prints`, () => {
    const r = asean("TRADE", "CN", '[["MY"],["VN"]]', "2024");
    expect(r.code).toBe(0);
    expect(r.out).toBe("[[212.03],[260.921]]");
    expect(r.out).toBe(`[[${asean("TRADE", "CN", "MY", "2024").out}],[${asean("TRADE", "CN", "VN", "2024").out}]]`);
  });

  it("a row and a column give a grid; a cell without data shows its error code", () => {
    const r = asean("TRADE", '[["CN","MY"]]', "VN", "[[2020],[2024]]");
    expect(r.code).toBe(0);
    const grid = JSON.parse(r.out) as unknown[][];
    expect(grid.map((row) => row.map((c) => typeof c))).toEqual([
      ["number", "number"],
      ["number", "string"],
    ]);
    expect(grid[1][1]).toBe("#N/A");
    expect(grid[0][0]).toBe(Number(asean("TRADE", "CN", "VN", "2020").out));
  });

  it("a one-cell range prints the one value, as a cell shows it", () => {
    expect(asean("TRADE", "CN", '[["MY"]]', "2024").out).toBe("212.03");
  });

  it("a spilling function takes one value per argument", () => {
    const r = asean("SERIES", "CN", '[["MY","VN"]]');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#VALUE!: partner: expects one value, not a range of 2 cells; ASEAN\.SERIES spills/);
  });

  it("JSON that is not rows of equal length is misuse of the tool, with an example", () => {
    const r = asean("TRADE", "CN", '[["MY"],["VN"', "2024");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`is not a range: write one as JSON rows of equal length, e.g. '[["MY"],["VN"]]'`);
    expect(asean("TRADE", "CN", '[["MY","VN"],["TH"]]', "2024").code).toBe(2);
    expect(asean("TRADE", "CN", '["MY","VN"]', "2024").code).toBe(2);
  });
});

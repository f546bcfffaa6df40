import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

/** Runs the documented command exactly as an analyst would type it. */
function asean(...args: string[]): { out: string; err: string; code: number | null } {
  const r = spawnSync("npm", ["run", "--silent", "asean", "--", ...args], { cwd: ROOT, encoding: "utf8" });
  return { out: r.stdout.trim(), err: r.stderr.replace(/^npm warn.*\n?/gm, "").trim(), code: r.status };
}

const within = (text: string, expected: number, rel: number): boolean => Math.abs(Number(text) / expected - 1) <= rel;

describe("npm run asean (end to end)", () => {
  it("TRADE CN MY 2024 prints 212.03", () => {
    const r = asean("TRADE", "CN", "MY", "2024");
    expect(r.code).toBe(0);
    expect(within(r.out, 212.03, 0.002)).toBe(true);
    expect(r.out).toBe("212.03");
  });

  it("TRADE CN ASEAN 2024 prints 982.34", () => {
    const r = asean("TRADE", "CN", "ASEAN", "2024");
    expect(r.code).toBe(0);
    expect(within(r.out, 982.34, 0.002)).toBe(true);
  });

  it("an unknown country prints #VALUE! naming the argument, and exits 0", () => {
    const r = asean("TRADE", "CN", "Atlantis", "2024");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#VALUE!: partner: "Atlantis" is not a known country or group/);
  });

  it("an uncovered year prints #N/A with what exists instead, and exits 0", () => {
    const r = asean("TRADE", "MY", "CN", "2024");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#N\/A: No Malaysia-reported trade with China for 2024\./);
    expect(r.out).toContain('ASEAN.TRADE("CN","MY",2024)');
  });

  it("a spilling function with a wrong argument prints the error with its message", () => {
    const r = asean("SERIES", "CN", "XQ", "2015", "2024");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#VALUE!: partner: "XQ" is not a known country or group\. Did you mean /);
    expect(asean("SERIES", "CN", "MY", "2023", "2024").out).toBe(
      '[["Year","China trade with Malaysia (US$ billion)"],[2023,190.24],[2024,212.03]]',
    );
  });

  it("errors of the two kinds: a year outside the data, a date where a year belongs, an unknown figure", () => {
    expect(asean("TRADE", "CN", "MY", "1850").out).toMatch(/^#N\/A: .*2000–2024/);
    expect(asean("TRADE", "CN", "MY", "45658").out).toMatch(/^#VALUE!: year: 45658 is a date \(2025-01-01\).*YEAR\(\)/);
    expect(asean("FACT", "no_such_fact").out).toMatch(
      /^#N\/A: No headline figure of the report has the id "no_such_fact"/,
    );
  });

  it("ratios in the currency asked for", () => {
    expect(Number(asean("GROWTH", "CN", "ASEAN", "2022").out)).toBeCloseTo(0.11, 3);
    expect(Number(asean("GROWTH", "CN", "ASEAN", "2022", "", "", "CNY").out)).toBeCloseTo(0.15, 3);
  });

  it("optional arguments, Chinese names and the citation", () => {
    expect(asean("TRADE", "中国", "马来西亚", "2024", "", "CNY_BN").out).toBe("1508.70766");
    expect(asean("SOURCE", "CN", "MY", "2024").out).toContain("General Administration of Customs");
    expect(asean("EDITION").out).toBe("2025.1");
  });

  it("misuse of the tool exits non-zero with usage", () => {
    const unknown = asean("NOPE", "CN");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Unknown function");
    const count = asean("TRADE", "CN");
    expect(count.code).toBe(2);
    expect(count.err).toContain("takes 3 to 5 arguments");
  });
});

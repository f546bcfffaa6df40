import { halfUnit, type Cell } from "../../scripts/dataset/cells";
import { chooseCells } from "../../scripts/dataset/precedence";
import { core } from "../../src/core/api";
import { isDomainError, type DomainError } from "../../src/core/errors";
import type { TradeValue } from "../../src/core/query";

/** A candidate figure as the readers make them: interval from its printed digits unless given. */
function cell(f: Cell["f"], text: string, over: Partial<Cell> = {}): Cell {
  return {
    r: "CN",
    p: "XX",
    y: 2021,
    f,
    c: "USD",
    scale: 9,
    v: Number(text),
    src: `${f}-${text}`,
    st: "P",
    interval: halfUnit(text),
    ...over,
  };
}
const chosen = (cells: Cell[]): Record<string, Cell> =>
  Object.fromEntries(chooseCells(cells, {}).cells.map((c) => [c.f, c]));

describe("the dataset build's precedence rule", () => {
  it("1. takes total and parts from the one release that publishes them all, over a finer lone total", () => {
    const moc = { release: "ministry", grade: "A" as const };
    const got = chosen([
      cell("T", "11.1", moc),
      cell("X", "1.5", moc),
      cell("M", "9.6", moc),
      cell("T", "11.195", { release: "customs", grade: "B" }),
    ]);
    expect([got.T.v, got.X.v, got.M.v]).toEqual([11.1, 1.5, 9.6]);
    expect(
      chooseCells(
        [
          cell("T", "11.1", moc),
          cell("X", "1.5", moc),
          cell("M", "9.6", moc),
          cell("T", "11.195", { release: "customs" }),
        ],
        {},
      ).decisions,
    ).toEqual(["rule 1: CN|XX|2021|USD T from the release of its parts, not the finer T-11.195"]);
  });

  it("1. of two releases that publish them all, takes the one with the finer parts", () => {
    const a = { release: "reuters" };
    const b = { release: "ambassador" };
    const got = chosen([
      cell("T", "124.4", a),
      cell("X", "60.7", a),
      cell("M", "63.8", a),
      cell("T", "124.34", b),
      cell("X", "60.71", b),
      cell("M", "63.63", b),
    ]);
    expect([got.T.v, got.X.v, got.M.v]).toEqual([124.34, 60.71, 63.63]);
  });

  it("2. more significant digits beat fewer; a hedged figure loses to any plain one", () => {
    expect(chosen([cell("T", "149", { release: "a" }), cell("T", "149.2", { release: "b" })]).T.v).toBe(149.2);
    expect(chosen([cell("T", "760", { interval: Infinity }), cell("T", "759", { grade: "B" })]).T.v).toBe(759);
  });

  it("2. an estimate of documented accuracy beats a rounder quote and loses to a finer one", () => {
    const estimate = cell("T", "212.4", { st: "E", interval: 0.002 * 212.4 });
    expect(chosen([cell("T", "212"), estimate]).T.st).toBe("E");
    expect(chosen([cell("T", "212.03"), estimate]).T.st).toBe("P");
  });

  it("3. on equal digits: reported, published, derived, estimated; then grade A before B", () => {
    expect(
      chosen([
        cell("T", "5.5", { st: "E" }),
        cell("T", "5.4", { st: "D" }),
        cell("T", "5.3", { st: "P" }),
        cell("T", "5.2", { st: "R" }),
      ]).T.v,
    ).toBe(5.2);
    expect(chosen([cell("T", "5.5", { grade: "B" }), cell("T", "5.4", { grade: "A" })]).T.v).toBe(5.4);
    expect(chosen([cell("T", "5.5", { grade: "B" }), cell("T", "5.4", { grade: "B" })]).T.v).toBe(5.5);
  });

  it("4. derives the parts from a published total and balance where no part is as fine", () => {
    const out = chooseCells(
      [cell("T", "6.05", { scale: 12 }), cell("B", "676.4"), cell("M", "2.7", { scale: 12, src: "rounded-imports" })],
      {},
    );
    const got = Object.fromEntries(out.cells.map((c) => [c.f, c]));
    expect([got.X.v, got.M.v, got.X.scale, got.X.st, got.M.st]).toEqual([3363.2, 2686.8, 9, "D", "D"]);
    expect(got.M.note).toMatch(
      /The rounder figure US\$2\.7 trillion \(rounded-imports\) agrees within its rounding\.$/,
    );
    expect(got.B.v).toBe(676.4);
    expect(Object.keys(out.sources)).toEqual(["derived-CN-XX-2021-USD"]);
    // Published parts as fine as the derivation stay.
    const kept = chosen([cell("T", "911.7"), cell("B", "135.7"), cell("X", "523.7"), cell("M", "388.0")]);
    expect([kept.X.st, kept.M.st]).toEqual(["P", "P"]);
    // An estimated total derives nothing.
    expect(chosen([cell("T", "6167.9", { st: "E", interval: 12 }), cell("B", "992.1")]).X).toBeUndefined();
  });
});

const c = core();
const value = (...a: unknown[]): TradeValue => {
  const v = c.tradeValue(a[0], a[1], a[2], a[3] ?? null, a[4] ?? null);
  if (isDomainError(v)) throw new Error((v as DomainError).message);
  return v;
};
const source = (...a: unknown[]): string => c.source(...a) as string;
const ROUNDING = "more than the figures' rounding explains";

describe("the precedence rule in the bundled dataset", () => {
  it("China–world 2024: the published balance (992.1), not the difference of two rounded quotes (990)", () => {
    const b = value("CN", "WORLD", 2024, "balance");
    expect([b.value, b.status, b.parts[0].flow]).toEqual([992.1, "published", "B"]);
    // Exports 3.58 and imports 2.59 trillion, each to US$5 billion: 990 is the balance within that rounding.
    expect(
      Math.abs(value("CN", "WORLD", 2024, "exports").value - value("CN", "WORLD", 2024, "imports").value - 992.1),
    ).toBeLessThanOrEqual(10);
    expect(source("CN", "WORLD", 2024, "balance")).not.toContain(ROUNDING);
    // In yuan, where only exports and imports are published, the balance is their difference.
    expect(value("CN", "WORLD", 2024, "balance", "CNY").parts.map((p) => p.flow)).toEqual(["X", "M"]);
  });

  it("China–world 2021: imports from the total and the surplus (≈2,686.8), not the rounded 2.7 trillion", () => {
    const m = value("CN", "WORLD", 2021, "imports");
    const x = value("CN", "WORLD", 2021, "exports");
    expect([m.value, m.status, x.value, x.status]).toEqual([2686.8, "derived", 3363.2, "derived"]);
    expect(value("CN", "WORLD", 2021, "balance").value).toBe(676.4);
    expect(x.value + m.value).toBeCloseTo(value("CN", "WORLD", 2021).value, 9);
    expect(source("CN", "WORLD", 2021, "imports")).toContain(
      "The rounder figure US$2.7 trillion (Published figure quoted by ajc.com, grade B) agrees within its rounding.",
    );
  });

  it(
    "China–ASEAN 2023: the grade B total stands, parts come " + "from yuan, and the citation says they do not add up",
    () => {
      expect(value("CN", "ASEAN", 2023).value).toBe(911.7);
      const x = value("CN", "ASEAN", 2023, "exports");
      expect([x.status, x.parts[0].stored.currency]).toEqual(["derived", "CNY"]);
      for (const flow of ["total", "exports", "imports"]) {
        expect(source("CN", "ASEAN", 2023, flow)).toContain(
          `add up to 905.17, 6.53 less than the total (911.7): ${ROUNDING}; exports and imports are converted at ` +
            `the year's average rate, the total is published in US$.`,
        );
      }
      const total = source("CN", "ASEAN", 2023);
      expect(total).toContain(
        "Grade C sources, not bundled, give exports US$523.7 billion (profilbaru.com), imports US$388.0 billion " +
          "(profilbaru.com).",
      );
      for (const id of new Set(x.parts.map((p) => p.stored.sourceId)))
        expect(c.dataset.sources[id].grade).not.toBe("C");
    },
  );

  it("Cambodia 2021: total and parts from the Ministry of Commerce's release, the customs total named beside", () => {
    const t = value("KH", "CN", 2021);
    expect(t.value).toBe(value("KH", "CN", 2021, "exports").value + value("KH", "CN", 2021, "imports").value);
    expect(source("KH", "CN", 2021)).toContain("Ministry of Commerce of Cambodia");
    expect(source("KH", "CN", 2021)).toContain("Other sources give US$11.195 billion (grade B, phnompenhpost.com).");
  });

  it("a total that agrees with its parts carries no such sentence", () => {
    for (const a of [
      ["CN", "MY", 2024],
      ["CN", "ASEAN", 2024],
      ["CN", "WORLD", 2021],
      ["US", "CN", 2022],
      ["CN", "MY", 2020],
    ]) {
      expect(source(...a)).not.toContain(ROUNDING);
    }
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import {
  buildDataset,
  buildDatasetText,
  differingLines,
  serializeDataset,
  DATASET_PATH,
} from "../../scripts/build-dataset";
import { bundledDataset } from "../../src/core/bundled-dataset";
import type { Dataset } from "../../src/core/dataset";
import { loadDataset } from "../../src/core/dataset-load";
import type { SeriesRecord, StatusCode } from "../../src/core/dataset-types";
import { describeWithShared, RAW_DIR } from "../support/shared";

const ds = bundledDataset();
const series = ds.file.series as SeriesRecord[];

/** Every stored value with its key, for checks that walk the whole dataset. */
function* allValues(): Generator<{
  r: string;
  p: string;
  f: string;
  c: string;
  y: number;
  v: number;
  scale: number;
  src: string;
  st: StatusCode;
}> {
  for (const [r, p, f, c, scale, src, st, y0, values] of series) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null) yield { r, p, f, c, y: y0 + i, v, scale, src, st };
    }
  }
}

type Stored = { v: number; scale: number; st: StatusCode };

/** Every stored total (or balance) whose reporter, partner, currency and year also have both parts stored. */
function* withParts(
  flow: "T" | "B",
): Generator<{ key: string; whole: Stored; x: Stored; m: Stored; byKey: Map<string, Stored> }> {
  const byKey = new Map<string, Stored>();
  for (const v of allValues()) byKey.set(`${v.r}|${v.p}|${v.f}|${v.c}|${v.y}`, v);
  for (const [key, whole] of byKey) {
    if (!key.includes(`|${flow}|`)) continue;
    const x = byKey.get(key.replace(`|${flow}|`, "|X|"));
    const m = byKey.get(key.replace(`|${flow}|`, "|M|"));
    if (x && m) yield { key, whole, x, m, byKey };
  }
}

/** Half a unit of the last digit the source printed: the most a rounded figure can be off by. */
function halfUlp(v: number): number {
  const decimals = (String(v).split(".")[1] ?? "").length;
  return 0.5 * 10 ** -decimals;
}

describe("the bundled dataset", () => {
  it("has an edition id and every value names a known source and status", () => {
    expect(ds.edition).toMatch(/^\d{4}\.\d+$/);
    let n = 0;
    for (const v of allValues()) {
      expect(ds.sources[v.src]).toBeDefined();
      expect(["R", "D", "P", "E"]).toContain(v.st);
      expect(["USD", "CNY"]).toContain(v.c);
      expect(Number.isFinite(v.v)).toBe(true);
      n++;
    }
    expect(n).toBeGreaterThan(15000);
    for (const s of Object.values(ds.sources)) {
      expect(s.publisher.length).toBeGreaterThan(3);
      expect(s.licence.length).toBeGreaterThan(3);
    }
  });

  it("never bundles a grade C figure", () => {
    for (const s of Object.values(ds.sources)) expect([undefined, "A", "B"]).toContain(s.grade);
    // China–Thailand 2021 exists only as a grade C quote.
    expect(ds.get("CN", "TH", "T", "USD", 2021)).toBeUndefined();
  });

  // Each figure is rounded on its own to the unit its source prints, so the three agree within the sum of
  // their roundings; estimates within 0.2 % (the documented accuracy of the US$ estimate).
  it("exports + imports = total wherever a source gives all three in one currency", () => {
    let checked = 0;
    for (const { key, whole: t, x, m, byKey } of withParts("T")) {
      const sum = x.v * 10 ** x.scale + m.v * 10 ** m.scale;
      const total = t.v * 10 ** t.scale;
      const rounding = halfUlp(x.v) * 10 ** x.scale + halfUlp(m.v) * 10 ** m.scale + halfUlp(t.v) * 10 ** t.scale;
      let tol = rounding;
      if ([x.st, m.st, t.st].includes("E")) tol = Math.max(0.002 * total, rounding);
      if ([x.st, m.st, t.st].includes("D")) {
        // v2023 = v2024 / (1 + rate): the rate is printed to 0.05 point and v2024 to half a table unit, so
        // v2023 is off by at most v2023 / v2024 * (0.0005 * v2023 + 0.5) units.
        const next = (k: string): number =>
          byKey.get(k.replace(/\|(\d{4})$/, (_, y: string) => `|${Number(y) + 1}`))?.v ?? Infinity;
        const rateError = (k: string, v: number): number => (v / next(k)) * (0.0005 * v + 0.5);
        tol =
          rounding +
          rateError(key.replace("|T|", "|X|"), x.v) * 10 ** x.scale +
          rateError(key.replace("|T|", "|M|"), m.v) * 10 ** m.scale +
          rateError(key, t.v) * 10 ** t.scale;
      }
      expect({ key, diff: Math.abs(sum - total) <= tol + 1e-6 }).toEqual({ key, diff: true });
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("exports − imports = balance wherever a source gives all three in one currency", () => {
    let checked = 0;
    for (const { key, whole: b, x, m } of withParts("B")) {
      const rounding = halfUlp(x.v) * 10 ** x.scale + halfUlp(m.v) * 10 ** m.scale + halfUlp(b.v) * 10 ** b.scale;
      expect({
        key,
        diff: Math.abs(x.v * 10 ** x.scale - m.v * 10 ** m.scale - b.v * 10 ** b.scale) <= rounding + 1e-6,
      }).toEqual({ key, diff: true });
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it(
    "the ten ASEAN members sum to GAC's ASEAN row for 2024 (yuan: total exactly, flows within rounding; US$ within " +
      "0.2 %)",
    () => {
      const members = ds.file.groups.ASEAN.members ?? [];
      expect(members).toHaveLength(10);
      const sumOf = (f: "X" | "M" | "T"): number =>
        members.reduce((s, m) => s + (ds.get("CN", m, f, "CNY", 2024)?.amount ?? NaN), 0);
      expect(sumOf("T")).toBe(698991577);
      expect(ds.get("CN", "ASEAN", "T", "CNY", 2024)?.amount).toBe(698991577);
      for (const f of ["X", "M"] as const) {
        // Ten members each rounded to 10,000 yuan: at most 5 units apart from the row.
        expect(Math.abs(sumOf(f) - (ds.get("CN", "ASEAN", f, "CNY", 2024)?.amount ?? NaN))).toBeLessThanOrEqual(5);
      }
      const usd = members.reduce((s, m) => {
        const v = ds.get("CN", m, "T", "USD", 2024);
        return s + (v ? v.amount * 10 ** (v.scale - 9) : NaN);
      }, 0);
      expect(Math.abs(usd / 982.34 - 1)).toBeLessThan(0.002);
    },
  );
});

describeWithShared("the dataset against its raw sources", () => {
  // Compared first record by record in the readable form, so that a stale dataset fails with the lines
  // that differ; then byte for byte, which can only fail on the encoding itself.
  it("equals a fresh build, record for record and byte for byte", () => {
    const committed = readFileSync(DATASET_PATH, "utf8");
    const rebuilt = buildDatasetText(RAW_DIR);
    const readable = (ds: Dataset): string[] => serializeDataset(ds.file).split("\n");
    expect(readable(loadDataset(JSON.parse(committed)))).toEqual(readable(rebuilt.loaded));
    expect(differingLines(committed, rebuilt.text, 3)).toEqual([]);
  });

  it("holds an IMF value exactly where the IMF extract has one, and nothing where it has none", () => {
    const rows = parse(readFileSync(path.join(RAW_DIR, "imf-dots-2022", "dots_rcep_bilateral_2000_2020.csv"), "utf8"), {
      columns: true,
    }) as Record<string, string>[];
    const code = (c: string): string => (c === "W00" ? "WORLD" : c);
    const raw = new Set(
      rows
        .filter((r) => r.reporter_iso2 !== r.partner_iso2)
        .map(
          (r) => `${code(r.reporter_iso2)}|${code(r.partner_iso2)}|${r.flow === "exports_fob" ? "X" : "M"}|${r.year}`,
        ),
    );
    const bundled = new Set(
      [...allValues()].filter((v) => v.src === "imf-dots").map((v) => `${v.r}|${v.p}|${v.f}|${v.y}`),
    );
    expect(bundled.size).toBe(raw.size);
    expect([...raw].filter((k) => !bundled.has(k))).toEqual([]);
  });

  it(
    "bundles every inward FDI stock the export prints, and its 0.00 only where the host lists sources adding up to " +
      "its total",
    () => {
      const file = path.join(RAW_DIR, "aseanstats-fdi", "fdi_inward_stock_by_host_and_source_2014_2022.csv");
      const rows = parse(readFileSync(file, "utf8"), { bom: true, relax_column_count: true }) as string[][];
      const years = rows[1].slice(2).map(Number);
      const HOSTS: Record<string, string> = {
        "Brunei Darussalam": "BN",
        Cambodia: "KH",
        Indonesia: "ID",
        Malaysia: "MY",
        Myanmar: "MM",
        Philippines: "PH",
        Singapore: "SG",
        Thailand: "TH",
      };
      const bundled = new Map<string, number | null>();
      for (const [m, investor, host, , y0, values] of ds.file.fdi)
        if (m === "stock") values.forEach((v, i) => bundled.set(`${investor}|${host}|${y0 + i}`, v));
      const gapYears = new Set(
        ds.file.fdiGaps.filter((g) => g.measure === "stock").map((g) => `${g.reporter}|${g.year}`),
      );
      const number = (text: string | undefined): number | undefined =>
        text === undefined || text.trim() === "" ? undefined : Number(text.replace(/\s/g, ""));
      const listedSum = new Map<string, number>();
      const totals = new Map<string, number>();
      let host = "";
      let zeros = 0;
      for (const row of rows.slice(2)) {
        if (row[0].trim() !== "") host = HOSTS[row[0].trim()];
        const label = row[1].trim();
        const iso = /\[([A-Z]{2})\]$/.exec(label)?.[1];
        years.forEach((y, i) => {
          const v = number(row[2 + i]);
          if (v === undefined) return;
          if (/\[99\]$/.test(label)) totals.set(`${host}|${y}`, v);
          // Every partner row counts towards what is listed, "Unspecified" ones included; aggregates do not.
          if (!/\[(99|00|EU27|EU28)\]$/.test(label))
            listedSum.set(`${host}|${y}`, (listedSum.get(`${host}|${y}`) ?? 0) + v);
          // Codes no function knows ("Netherlands Antilles [AN]", "Unspecified countries [QU]") are left out.
          if (!iso || iso === host || !ds.file.countries.some((c) => c[0] === iso)) return;
          const held = bundled.get(`${iso}|${host}|${y}`);
          if (v !== 0) expect({ iso, host, y, held }).toEqual({ iso, host, y, held: v });
          else {
            zeros++;
            expect({ iso, host, y, held: held ?? null }).toEqual({
              iso,
              host,
              y,
              held: gapYears.has(`${host}|${y}`) ? null : 0,
            });
          }
        });
      }
      expect(zeros).toBeGreaterThan(3000);
      // Where zeros are kept, the listed sources account for the total (within 0.5 %); where they are not, they do not.
      for (const [key, total] of totals) {
        const covered = (listedSum.get(key) ?? 0) >= 0.995 * total;
        expect({ key, gap: gapYears.has(key) }).toEqual({ key, gap: !covered });
      }
      expect(["PH|2020", "PH|2021", "PH|2022", "SG|2022"].filter((k) => !gapYears.has(k))).toEqual([]);
      expect(gapYears.has("BN|2021")).toBe(false);
    },
  );

  it("the build reports the zeros each rule kept and dropped; the kept ones are exactly the bundled zeros", () => {
    const lines: string[] = [];
    buildDataset(RAW_DIR, (line) => lines.push(line));
    const count = (re: RegExp): number => Number(lines.map((l) => re.exec(l)?.[1]).find((n) => n !== undefined));
    const kept = count(/^FDI zeros kept: (\d+)/);
    const dropped = ["no breakdown", "aggregate cut", "unallocated"].map((rule) =>
      count(new RegExp(`^FDI zeros dropped by rule "${rule}": (\\d+)`)),
    );
    const bundledZeros = ds.file.fdi.reduce((n, r) => n + r[5].filter((v) => v === 0).length, 0);
    expect(kept).toBe(bundledZeros);
    expect(dropped.filter((n) => !(n > 0))).toEqual([]);
    expect(lines.find((l) => l.includes('"no breakdown"'))).toContain("stock PH 2014–2022");
    expect(lines.find((l) => l.includes('"aggregate cut"'))).toContain("stock SG 2022");
  });

  it("carries the hedge of every quoted figure it bundles, and no hedge where the row has none", () => {
    const rows = parse(readFileSync(path.join(RAW_DIR, "press-figures-2021-2023", "press_figures.csv"), "utf8"), {
      columns: true,
    }) as Record<string, string>[];
    let hedged = 0;
    for (const row of rows) {
      const s = ds.sources[`press-${row.figure_id}`];
      if (!s) continue;
      // A hedge word right before the figure itself, as the page prints it.
      const hedge = new RegExp(
        `\\b(more than|over|around|about|approximately|nearly|almost)` +
          `\\s+(US\\$|\\$|RM|A\\$)?\\s*${row.value.replace(".", "[.,]")}\\b`,
        "i",
      );
      const expected = hedge.test(row.quote) ? "a hedge" : /\brounded\b/.test(row.notes) ? "rounded" : "none";
      const held = s.qualifier === undefined ? "none" : s.qualifier === "rounded" ? "rounded" : "a hedge";
      expect({ id: row.figure_id, held }).toEqual({ id: row.figure_id, held: expected });
      if (held !== "none") hedged++;
    }
    expect(hedged).toBeGreaterThanOrEqual(5);
    expect(ds.sources["press-ID-CN-tot-2022-1"].qualifier).toBe("more than");
  });

  it("bundles a value only from a grade A or B quote, and only the quotes it uses", () => {
    const used = new Set(series.map((s) => s[5]));
    for (const [id, s] of Object.entries(ds.sources)) {
      if (!/^(press|gacpress|derived)-/.test(id)) continue;
      expect({ id, used: used.has(id) }).toEqual({ id, used: true });
      if (s.grade !== undefined) expect(["A", "B"]).toContain(s.grade);
    }
  });

  it('marks every value IMF flags as an estimate ("0.48 e") as estimated, and no other', () => {
    const rows = parse(readFileSync(path.join(RAW_DIR, "imf-dots-2022", "dots_rcep_bilateral_2000_2020.csv"), "utf8"), {
      columns: true,
    }) as Record<string, string>[];
    const flagged = rows.filter((r) => /\se$/.test(r.value_usd_millions.trim()));
    expect(flagged.length).toBe(699);
    // The extract lists Australia twice as a partner of Lao PDR; the dataset holds each value once.
    const distinct = new Set(flagged.map((r) => `${r.reporter_iso2}|${r.partner_iso2}|${r.flow}|${r.year}`));
    const estimated = [...allValues()].filter((v) => v.src === "imf-dots" && v.st === "E");
    expect(estimated.length).toBe(distinct.size);
    for (const r of flagged) {
      const p = r.partner_iso2 === "W00" ? "WORLD" : r.partner_iso2;
      expect(ds.get(r.reporter_iso2, p, r.flow === "exports_fob" ? "X" : "M", "USD", Number(r.year))?.status).toBe("E");
    }
  });
});

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { FACTS, factById } from "../../../src/core/report/data/facts";
import { FIGURE1_ROWS } from "../../../src/core/report/data/figure1-categories";
import { CATALOGUE } from "../../../src/core/report/figures/catalog";
import { PROJECT_COUNTRIES, PROJECTS } from "../../../src/core/report/data/projects";
import { DOCUMENTS } from "../../../src/core/report/data/sources";
import {
  FACT_UNITS,
  QUALIFIERS,
  type FactUnit,
  type Qualifier,
  type SourceDocument,
} from "../../../src/core/report/data/types";

const REPORT_DIR = path.resolve(__dirname, "..", "..", "..", "..", "shared", "report");
const COUNTRY_CODES_CSV = path.resolve(
  __dirname,
  "..",
  "..",
  "..",
  "..",
  "shared",
  "data",
  "raw",
  "country-codes",
  "country-codes.csv",
);
const FILES: Record<SourceDocument, string> = {
  "report-chapter1": "report-chapter1.txt",
  "china-daily-2025": "articles-china-daily-2025.txt",
  "zhou-mi": "article-zhou-mi-innovation.txt",
  "xu-ningning": "article-xu-ningning-cabc.txt",
  "phnom-penh-post": "article-phnom-penh-post.txt",
};
const hasReport = Object.values(FILES).every((f) => existsSync(path.join(REPORT_DIR, f)));

// ---- How a number can be written in the sources -------------------------------------------------

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const ORDINALS = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];
const MULTIPLES: Record<number, string> = { 2: "doubl\\w*", 3: "tripl\\w*", 4: "quadrupl\\w*" };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function ordinalSuffix(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
}

/**
 * Regex sources for every way the sources write this value: 15.9, 9.0, 2,000, "208, 000", ten, fifth, 28th, tripled.
 */
function writtenForms(value: number, unit: FactUnit): string[] {
  if (unit === "times") {
    const word = MULTIPLES[value];
    return [...(word ? [word] : []), `${escape(String(value))}\\s+times`];
  }
  const forms = [String(value)];
  if (Number.isInteger(value)) {
    forms.push(value.toFixed(1));
    if (value >= 1000) {
      const grouped = value.toLocaleString("en-US");
      forms.push(grouped, grouped.replace(/,/g, ", "));
    }
    if (value <= 10) forms.push(WORDS[value] as string, ORDINALS[value] as string);
    forms.push(`${value}${ordinalSuffix(value)}`);
  }
  return forms.map(escape);
}

/** What must follow the number for it to be read in this unit; units with free wording pass. */
const UNIT_AFTER: Partial<Record<FactUnit, RegExp>> = {
  "%": /^\s?(%|percent\b|per cent\b)/i,
  "percentage points": /^\s+percentage points/i,
  "yuan trillion": /^\s+trillion\s+(yuan|RMB)/i,
  "yuan billion": /^\s+billion\s+(yuan|RMB)/i,
  km: /^(-|\s+)(kilomet|km\b)/i,
  "km/h": /^\s+kilomet\w+ per hour/i,
  minutes: /^\s+minutes/i,
  days: /^\s+days/i,
  "million tonnes": /^\s+million tonnes/i,
  "million units": /^\s+million units/i,
  "square metres": /^\s+square met(er|re)s/i,
};

function unitFits(unit: FactUnit, before: string, after: string): boolean {
  if (unit === "US$ billion") {
    return /^\s+billion/i.test(after) && (/(\$|USD)\s?$/i.test(before) || /^\s+billion\s+USD/i.test(after));
  }
  const re = UNIT_AFTER[unit];
  return re === undefined || re.test(after);
}

const HEDGE: Record<Exclude<Qualifier, "exact">, RegExp> = {
  "more than": /\b(more than|over|above|exceed\w*|surpass\w*)\b/i,
  nearly: /\b(nearly|almost)\b/i,
  about: /\b(about|approximately|around|roughly)\b/i,
  "less than": /\b(under|less than|below)\b/i,
  "at least": /\bat least\b/i,
};
const ANY_HEDGE = new RegExp(
  Object.values(HEDGE)
    .map((r) => r.source)
    .join("|"),
  "i",
);

/** The hedge must sit just before the number; "exact" means no hedge there. */
function qualifierFits(q: Qualifier | undefined, before: string): boolean {
  const near = before.slice(-25);
  if (q === undefined || q === "exact") return !ANY_HEDGE.test(near.slice(-15));
  return HEDGE[q].test(near);
}

/** True when the text states value in unit, hedged as q, at least once. */
function statedIn(text: string, value: number, unit: FactUnit, q: Qualifier | undefined): boolean {
  for (const form of writtenForms(value, unit)) {
    const re = new RegExp(`(?<![\\w.,])(?:${form})(?![\\w]|[.,]\\s?\\d)`, "gi");
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const before = text.slice(Math.max(0, at - 60), at);
      const after = text.slice(at + m[0].length, at + m[0].length + 40);
      if (unitFits(unit, before, after) && qualifierFits(q, before)) return true;
    }
  }
  return false;
}

// Non-breaking spaces and line breaks differ between copies; compare on plain single spaces.
const readDoc = (doc: SourceDocument): string =>
  readFileSync(path.join(REPORT_DIR, FILES[doc]), "utf8").replace(/\s+/g, " ");

// ---- Checks that need only the modules -----------------------------------------------------------

describe("report facts: structure", () => {
  it("has ids that are unique and UPPER_SNAKE_CASE", () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
  });

  it("uses only units and qualifiers from the closed lists", () => {
    const units: readonly string[] = FACT_UNITS;
    const qualifiers: readonly string[] = QUALIFIERS;
    for (const f of FACTS) {
      expect(units).toContain(f.unit);
      if (f.qualifier !== undefined) expect(qualifiers).toContain(f.qualifier);
    }
    for (const p of PROJECTS) if (p.keyFigure) expect(units).toContain(p.keyFigure.unit);
  });

  it("keeps labels short and sources complete", () => {
    for (const f of FACTS) {
      expect(f.label.length).toBeLessThanOrEqual(90);
      expect(Number.isFinite(f.value)).toBe(true);
      expect(f.source.where.length).toBeGreaterThan(0);
      expect(f.source).toMatchObject(DOCUMENTS[f.source.document]);
    }
    for (const p of PROJECTS) if (p.keyFigure) expect(p.keyFigure.label.length).toBeLessThanOrEqual(90);
  });

  it("finds facts by id", () => {
    expect(factById("CN_ASEAN_TRADE_2024_USD_BN")?.value).toBe(982.34);
    expect(factById("ZERO_TARIFF_COVERAGE_PCT")?.qualifier).toBe("more than");
    expect(factById("NO_SUCH_FACT")).toBeUndefined();
    for (const f of FACTS) expect(factById(f.id)).toBe(f);
  });

  it("keeps Figure 1 in step with the facts that state the same growth", () => {
    for (const row of FIGURE1_ROWS) {
      const fact = factById(row.factId);
      expect(fact).toBeDefined();
      if (!fact) continue;
      const multiple = fact.unit === "%" ? 1 + fact.value / 100 : fact.value;
      expect(["%", "times"]).toContain(fact.unit);
      expect(row.growth).toBeCloseTo(multiple, 10);
      expect(row.qualifier).toBe(fact.qualifier);
    }
  });

  it("gives projects unique ids and ISO-2 country codes", () => {
    const ids = PROJECTS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const allowed: readonly string[] = PROJECT_COUNTRIES;
    for (const p of PROJECTS) {
      expect(p.id).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(p.countries.length).toBeGreaterThan(0);
      for (const c of p.countries) {
        expect(c).toMatch(/^[A-Z]{2}$/);
        expect(allowed).toContain(c);
      }
    }
  });
});

// ---- Checks against the bundled source texts -----------------------------------------------------

function describeWithReport(name: string, fn: () => void): void {
  if (hasReport) {
    describe(name, fn);
  } else {
    console.warn(`Skipping "${name}": the source texts are not at ${REPORT_DIR} (../shared is absent).`);
    describe.skip(name, fn);
  }
}

describeWithReport("report facts: against the source texts", () => {
  const texts = new Map<SourceDocument, string>();
  const text = (doc: SourceDocument): string => {
    const cached = texts.get(doc);
    if (cached !== undefined) return cached;
    const t = readDoc(doc);
    texts.set(doc, t);
    return t;
  };

  it.each(FACTS.map((f) => [f.id, f] as const))("%s is stated in its document", (_id, f) => {
    expect(statedIn(text(f.source.document), f.value, f.unit, f.qualifier)).toBe(true);
  });

  it("states each project's length and key figure in the project's document", () => {
    for (const p of PROJECTS) {
      const t = text(p.source.document);
      if (p.lengthKm !== undefined) expect([p.id, statedIn(t, p.lengthKm, "km", undefined)]).toEqual([p.id, true]);
      if (p.keyFigure) {
        const k = p.keyFigure;
        const found = (["exact", "more than", "less than", "about", "nearly"] as const).some((q) =>
          statedIn(t, k.value, k.unit, q),
        );
        expect([p.id, found]).toEqual([p.id, true]);
      }
    }
  });

  it("words labels and notes independently of the sources (no run of eight words in common)", () => {
    // Eight, not fewer: names such as "New International Land-Sea Trade Corridor" run to six words.
    const N = 8;
    const words = (s: string): string[] =>
      s
        .toLowerCase()
        .replace(/[\u2013\u2014-]/g, " ")
        .match(/[a-z0-9.%]+/g) ?? [];
    const runs = new Set<string>();
    for (const doc of Object.keys(FILES) as SourceDocument[]) {
      const w = words(text(doc));
      for (let i = 0; i + N <= w.length; i++) runs.add(w.slice(i, i + N).join(" "));
    }
    const ours = [
      ...FACTS.flatMap((f) => [f.label, f.note ?? ""]),
      ...FIGURE1_ROWS.map((r) => `${r.category} ${r.statedAs}`),
      ...CATALOGUE.filter((s) => s.id === "figure-1-categories").flatMap((s) => [s.subtitle, s.dataNote ?? ""]),
      ...PROJECTS.flatMap((p) => [p.note ?? "", p.keyFigure?.label ?? ""]),
    ];
    const copied = ours.filter((s) => {
      const w = words(s);
      for (let i = 0; i + N <= w.length; i++) if (runs.has(w.slice(i, i + N).join(" "))) return true;
      return false;
    });
    expect(copied).toEqual([]);
  });

  it("uses real ISO 3166-1 alpha-2 codes for project countries", () => {
    if (!existsSync(COUNTRY_CODES_CSV)) return;
    const rows: Record<string, string>[] = parse(readFileSync(COUNTRY_CODES_CSV, "utf8"), { columns: true });
    const iso2 = new Set(rows.map((r) => r["ISO3166-1-Alpha-2"]));
    expect(PROJECTS.flatMap((p) => p.countries).filter((c) => !iso2.has(c))).toEqual([]);
  });
});

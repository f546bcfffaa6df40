import path from "node:path";
import type { CountryRecord, FdiGapRecord, FdiMeasure, FdiRecord } from "../../src/core/dataset-types";
import { readCsvRows } from "./csv";
import { judgeColumns, type BlockRow, type ColumnRule } from "./fdi-columns";

/** ASEANstats aggregate codes in brackets, as the add-in names them; other aggregates ("Unspecified countries
 *  [QU]") and codes no longer in ISO 3166 ("Netherlands Antilles [AN]") are left out: no function could reach
 *  them, and the add-in's load-time check accepts only codes it knows. */
const BRACKET: Record<string, string> = { "00": "ASEAN", "99": "WORLD", EU27: "EU" };

interface Table {
  file: string;
  measure: FdiMeasure;
  sourceId: string;
  /** Which column names the investor and which the host; "WORLD"/"ASEAN" for an implied side. */
  investor: 0 | 1 | "WORLD";
  host: 0 | 1 | "ASEAN";
}

const TABLES: Table[] = [
  {
    file: "fdi_inflows_into_asean_by_host_and_source_2010_2022.csv",
    measure: "inflow",
    sourceId: "aseanstats-fdi-inflow",
    investor: 1,
    host: "ASEAN",
  },
  {
    file: "fdi_inflows_by_host_country_2010_2022.csv",
    measure: "inflow",
    sourceId: "aseanstats-fdi-inflow",
    investor: "WORLD",
    host: 0,
  },
  {
    file: "fdi_inward_stock_by_host_and_source_2014_2022.csv",
    measure: "stock",
    sourceId: "aseanstats-fdi-stock",
    investor: 1,
    host: 0,
  },
  {
    file: "fdi_outflows_by_source_and_destination_2019_2022.csv",
    measure: "outflow",
    sourceId: "aseanstats-fdi-outflow",
    investor: 0,
    host: 1,
  },
  {
    file: "fdi_outward_stock_by_source_and_destination.csv",
    measure: "outstock",
    sourceId: "aseanstats-fdi-outstock",
    investor: 0,
    host: 1,
  },
];

const fold = (s: string): string =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_.,'()]+/g, "");

function nameIndex(countries: CountryRecord[]): Map<string, string> {
  const idx = new Map<string, string>([
    ["grandtotal", "ASEAN"],
    ["asean", "ASEAN"],
  ]);
  for (const [code, , en, , aliases] of countries)
    for (const n of [en, ...aliases]) if (!idx.has(fold(n))) idx.set(fold(n), code);
  return idx;
}

function codeOf(label: string, names: Map<string, string>, known: Set<string>): string | undefined {
  const bracket = /\[([A-Z0-9]+)\]\s*$/.exec(label);
  if (bracket) return BRACKET[bracket[1]] ?? (known.has(bracket[1]) ? bracket[1] : undefined);
  return names.get(fold(label));
}

/** What the zero rule did, per rule: zeros kept (complete columns) or left out, and where. */
export type ZeroCounts = Record<ColumnRule, { zeros: number; columns: string[] }>;

export interface FdiData {
  records: FdiRecord[];
  gaps: FdiGapRecord[];
  zeros: ZeroCounts;
}

interface Block {
  name: string;
  rows: BlockRow[];
}

/** The value of a quoted cell: spaces between thousands removed; undefined where blank. */
function cellValue(text: string | undefined, file: string): number | undefined {
  const raw = (text ?? "").replace(/\s/g, "");
  if (raw === "") return undefined;
  const v = Number(raw);
  if (!Number.isFinite(v)) throw new Error(`Unreadable FDI value ${JSON.stringify(text)} in ${file}`);
  return v;
}

/** ASEANstats pivot exports: two header lines, the first column filled only on a block's first row,
 *  numbers as quoted text with a space between thousands, blank where there is no value. */
function readBlocks(rawDir: string, file: string): { years: number[]; blocks: Block[] } {
  const rows = readCsvRows(rawDir, path.join("aseanstats-fdi", file));
  const header = rows[1];
  const firstYearCol = header.findIndex((h) => /^\d{4}$/.test(h));
  const years = header.slice(firstYearCol).map(Number);
  const blocks: Block[] = [];
  for (const row of rows.slice(2)) {
    if (row[0].trim() !== "" || blocks.length === 0) blocks.push({ name: row[0].trim(), rows: [] });
    const values = years.map((_, i) => cellValue(row[firstYearCol + i], file));
    blocks[blocks.length - 1].rows.push({ label: row[1]?.trim() ?? "", values });
  }
  return { years, blocks };
}

export function readFdi(rawDir: string, countries: CountryRecord[]): FdiData {
  const names = nameIndex(countries);
  const known = new Set(countries.map((c) => c[0]));
  const byKey = new Map<string, { rec: FdiRecord; years: Map<number, number> }>();
  const gaps: FdiGapRecord[] = [];
  const zeros: ZeroCounts = {
    complete: { zeros: 0, columns: [] },
    "no breakdown": { zeros: 0, columns: [] },
    "aggregate cut": { zeros: 0, columns: [] },
    unallocated: { zeros: 0, columns: [] },
  };
  for (const t of TABLES) {
    const { years, blocks } = readBlocks(rawDir, t.file);
    for (const block of blocks) {
      // A table with an implied investor (totals by host) has no breakdown to judge.
      const judged = t.investor !== "WORLD";
      const verdicts = judged ? judgeColumns(block.rows, years.length) : undefined;
      const reporter = codeOf(block.name, names, known);
      verdicts?.forEach((v, i) => {
        if (v.rule === "complete" || v.total === undefined || !reporter) return;
        gaps.push({ measure: t.measure, reporter, year: years[i], listed: v.listed });
        zeros[v.rule].columns.push(`${t.measure} ${reporter} ${years[i]}`);
      });
      for (const row of block.rows) {
        const labels = [block.name, row.label];
        const investor = t.investor === "WORLD" ? "WORLD" : codeOf(labels[t.investor], names, known);
        const host = t.host === "ASEAN" ? "ASEAN" : codeOf(labels[t.host], names, known);
        if (!investor || !host || investor === host) continue;
        const key = `${t.measure}|${investor}|${host}`;
        const entry = byKey.get(key) ?? {
          rec: [t.measure, investor, host, t.sourceId, 0, []] as FdiRecord,
          years: new Map<number, number>(),
        };
        row.values.forEach((v, i) => {
          if (v === undefined) return;
          const rule = verdicts?.[i].rule ?? "complete";
          if (v === 0) zeros[rule].zeros++;
          if (v === 0 && rule !== "complete") return;
          const year = years[i];
          const held = entry.years.get(year);
          // The ASEAN total appears in two tables, one printed to 0.1: keep the first, finer one, and stop
          // if the two disagree by more than that rounding.
          if (held !== undefined) {
            if (Math.abs(held - v) > 0.05 + 1e-9)
              throw new Error(`Two FDI values for ${key} ${year}: ${held} and ${v}`);
            return;
          }
          entry.years.set(year, v);
        });
        byKey.set(key, entry);
      }
    }
  }
  const records: FdiRecord[] = [];
  for (const { rec, years } of byKey.values()) {
    if (years.size === 0) continue;
    const sorted = [...years.keys()].sort((a, b) => a - b);
    const first = sorted[0];
    const values: (number | null)[] = [];
    for (let y = first; y <= sorted[sorted.length - 1]; y++) values.push(years.get(y) ?? null);
    records.push([rec[0], rec[1], rec[2], rec[3], first, values]);
  }
  records.sort((a, b) => (`${a[0]}|${a[1]}|${a[2]}` < `${b[0]}|${b[1]}|${b[2]}` ? -1 : 1));
  return { records, gaps, zeros };
}

import path from "node:path";
import type { CountryRecord, FdiMeasure, FdiRecord } from "../../src/core/dataset-types";
import { readCsvRows } from "./csv";

/** ASEANstats aggregate codes in brackets, as the add-in names them; other aggregates are left out. */
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
  { file: "fdi_inflows_into_asean_by_host_and_source_2010_2022.csv", measure: "inflow", sourceId: "aseanstats-fdi-inflow", investor: 1, host: "ASEAN" },
  { file: "fdi_inflows_by_host_country_2010_2022.csv", measure: "inflow", sourceId: "aseanstats-fdi-inflow", investor: "WORLD", host: 0 },
  { file: "fdi_inward_stock_by_host_and_source_2014_2022.csv", measure: "stock", sourceId: "aseanstats-fdi-stock", investor: 1, host: 0 },
  { file: "fdi_outflows_by_source_and_destination_2019_2022.csv", measure: "outflow", sourceId: "aseanstats-fdi-outflow", investor: 0, host: 1 },
  { file: "fdi_outward_stock_by_source_and_destination.csv", measure: "outstock", sourceId: "aseanstats-fdi-outstock", investor: 0, host: 1 },
];

const fold = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[\s\-_.,'()]+/g, "");

function nameIndex(countries: CountryRecord[]): Map<string, string> {
  const idx = new Map<string, string>([["grandtotal", "ASEAN"], ["asean", "ASEAN"]]);
  for (const [code, , en, , aliases] of countries) for (const n of [en, ...aliases]) if (!idx.has(fold(n))) idx.set(fold(n), code);
  return idx;
}

function codeOf(label: string, names: Map<string, string>): string | undefined {
  const bracket = /\[([A-Z0-9]+)\]\s*$/.exec(label);
  if (bracket) return BRACKET[bracket[1]] ?? (/^[A-Z]{2}$/.test(bracket[1]) ? bracket[1] : undefined);
  return names.get(fold(label));
}

/** ASEANstats pivot exports: two header lines, the first column filled only on a block's first row,
 *  numbers as quoted text with a space between thousands, blank where there is no value. */
export function readFdi(rawDir: string, countries: CountryRecord[]): FdiRecord[] {
  const names = nameIndex(countries);
  const byKey = new Map<string, { rec: FdiRecord; years: Map<number, number> }>();
  for (const t of TABLES) {
    const rows = readCsvRows(rawDir, path.join("aseanstats-fdi", t.file));
    const header = rows[1];
    const firstYearCol = header.findIndex((h) => /^\d{4}$/.test(h));
    let block = "";
    for (const row of rows.slice(2)) {
      if (row[0].trim() !== "") block = row[0].trim();
      const labels = [block, row[1]?.trim() ?? ""];
      const investor = t.investor === "WORLD" ? "WORLD" : codeOf(labels[t.investor], names);
      const host = t.host === "ASEAN" ? "ASEAN" : codeOf(labels[t.host], names);
      if (!investor || !host || investor === host) continue;
      const key = `${t.measure}|${investor}|${host}`;
      const entry = byKey.get(key) ?? { rec: [t.measure, investor, host, t.sourceId, 0, []] as FdiRecord, years: new Map<number, number>() };
      for (let col = firstYearCol; col < header.length; col++) {
        const raw = (row[col] ?? "").replace(/\s/g, "");
        if (raw === "") continue;
        const v = Number(raw);
        if (!Number.isFinite(v)) throw new Error(`Unreadable FDI value ${JSON.stringify(row[col])} in ${t.file}`);
        const year = Number(header[col]);
        const held = entry.years.get(year);
        // The ASEAN total appears in two tables, one printed to 0.1: keep the first, finer one, and stop
        // if the two disagree by more than that rounding.
        if (held !== undefined) {
          if (Math.abs(held - v) > 0.05 + 1e-9) throw new Error(`Two FDI values for ${key} ${year}: ${held} and ${v}`);
          continue;
        }
        entry.years.set(year, v);
      }
      byKey.set(key, entry);
    }
  }
  const out: FdiRecord[] = [];
  for (const { rec, years } of byKey.values()) {
    if (years.size === 0) continue;
    const sorted = [...years.keys()].sort((a, b) => a - b);
    const first = sorted[0];
    const values: (number | null)[] = [];
    for (let y = first; y <= sorted[sorted.length - 1]; y++) values.push(years.get(y) ?? null);
    out.push([rec[0], rec[1], rec[2], rec[3], first, values]);
  }
  return out.sort((a, b) => (`${a[0]}|${a[1]}|${a[2]}` < `${b[0]}|${b[1]}|${b[2]}` ? -1 : 1));
}

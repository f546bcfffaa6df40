import { halfUnit, type Cell } from "./cells";
import { readCsv } from "./csv";

/** IMF codes that are not ISO country codes map onto the add-in's own. */
const DOTS_CODE: Record<string, string> = { W00: "WORLD" };
const mapCode = (code: string): string => DOTS_CODE[code] ?? code;

/** IMF DOTS extract: values in US$ millions as the reporter reports them. Lao PDR cells carry IMF's
 *  estimate flag ("0.48 e", sometimes with a thousands separator): those are estimates, not reports.
 *  Some workbooks list a partner twice (Australia): identical repeats are dropped, conflicting ones stop the build. */
export function readDots(rawDir: string): Cell[] {
  const cells: Cell[] = [];
  const seen = new Map<string, string>();
  for (const row of readCsv(rawDir, "imf-dots-2022/dots_rcep_bilateral_2000_2020.csv")) {
    const raw = row["value_usd_millions"].trim();
    const m = /^([0-9.,]+(?:e[-+]?[0-9]+)?)(\s+e)?$/.exec(raw);
    if (!m) throw new Error(`Unreadable DOTS value ${JSON.stringify(raw)}`);
    const v = Number(m[1].replace(/,/g, ""));
    if (!Number.isFinite(v)) throw new Error(`Unreadable DOTS value ${JSON.stringify(raw)}`);
    const r = mapCode(row["reporter_iso2"]);
    const p = mapCode(row["partner_iso2"]);
    if (r === p) continue;
    const key = `${r}|${p}|${row["flow"]}|${row["year"]}`;
    const held = seen.get(key);
    if (held !== undefined) {
      if (held !== raw) throw new Error(`DOTS gives two values for ${key}: ${held} and ${raw}`);
      continue;
    }
    seen.set(key, raw);
    cells.push({
      r,
      p,
      y: Number(row["year"]),
      f: row["flow"] === "exports_fob" ? "X" : "M",
      c: "USD",
      scale: 6,
      v,
      src: "imf-dots",
      st: m[2] ? "E" : "R",
      interval: halfUnit(m[1].replace(/,/g, "")),
      release: "imf-dots",
    });
  }
  return cells;
}

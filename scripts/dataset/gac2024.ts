import type { StoredFlow } from "../../src/core/dataset-types";
import type { Cell } from "./cells";
import { readCsv } from "./csv";

/** The documented accuracy of the full-year US$ estimate (about 0.1 % above GAC's published figures). */
const ESTIMATE_ACCURACY = 0.002;

/** GAC aggregates that the add-in addresses by its own group codes. */
const GAC_CODE: Record<string, string> = { W00: "WORLD", X_ASEAN: "ASEAN" };

const FLOWS: [StoredFlow, string][] = [
  ["X", "exports"],
  ["M", "imports"],
  ["T", "total"],
];

/**
 * GAC's 2024 table by country (China as reporter):
 * - 2024 yuan values, exact, in 10,000 yuan (reported);
 * - 2024 US$ values, the documented full-year estimate (estimated), for values of US$ 100 million or
 *   more — quoted GAC US$ figures of grade A/B, read elsewhere, take precedence;
 * - 2023 yuan values from the 2024 value and GAC's year-on-year rate (derived), kept to the table's unit;
 *   none where the 2024 value is zero or the rate is missing.
 * The "China" row (re-imports of Chinese goods) and partners without an ISO code are left out.
 */
export function readGac2024(rawDir: string, known: Map<string, string>): Cell[] {
  const cells: Cell[] = [];
  for (const row of readCsv(rawDir, "gac-2024-country-table/gac_2024_full_year_by_country.csv")) {
    const p = GAC_CODE[row["code"]] ?? row["code"];
    if (p === "CN" || !known.has(p)) continue;
    if (row["year"] !== "2024") throw new Error(`Unexpected year ${row["year"]} in the GAC 2024 table`);
    for (const [f, name] of FLOWS) {
      const cny10k = Number(row[`${name}_cny_10k`]);
      const usdBn = row[`est_${name}_usd_bn`];
      const yoy = row[`${name}_yoy_pct_cny`];
      if (!Number.isFinite(cny10k)) throw new Error(`Bad GAC value for ${p} ${name}`);
      cells.push({
        r: "CN",
        p,
        y: 2024,
        f,
        c: "CNY",
        scale: 4,
        v: cny10k,
        src: "gac-2024",
        st: "R",
        interval: 0.5,
        release: "gac-2024",
      });
      // The estimate is printed to US$ 1 million; below US$ 100 million that is coarser than its own 0.2 %
      // accuracy (tiny partners read 0.000), so those partners' US$ values come from the exact yuan instead.
      if (usdBn !== "" && Number(usdBn) >= 0.1) {
        const v = Number(usdBn);
        cells.push({
          r: "CN",
          p,
          y: 2024,
          f,
          c: "USD",
          scale: 9,
          v,
          src: "gac-2024-usd-est",
          st: "E",
          interval: ESTIMATE_ACCURACY * Math.abs(v),
        });
      }
      const rate = Number(yoy);
      // A 2024 value that rounds to zero says nothing about 2023, whatever the rate.
      if (yoy !== "" && Number.isFinite(rate) && rate > -100 && cny10k !== 0) {
        const growth = 1 + rate / 100;
        const v2023 = Math.round(cny10k / growth);
        // The rate is printed to 0.1 point and the 2024 value to one table unit; the result is rounded to one.
        const interval = (Math.abs(cny10k) * 0.0005) / growth ** 2 + 0.5 / growth + 0.5;
        cells.push({
          r: "CN",
          p,
          y: 2023,
          f,
          c: "CNY",
          scale: 4,
          v: v2023,
          src: "gac-2023-derived",
          st: "D",
          interval,
        });
      }
    }
  }
  return cells;
}

import type { FxRecord } from "../../src/core/dataset-types";
import { readCsv } from "./csv";

/** FRED's annual average yuan per US dollar (series AEXCHUS), every year the file has. */
export function readFx(rawDir: string): FxRecord {
  const rows = readCsv(rawDir, "fred-exchange-rates/annual.csv")
    .filter((r) => r["Country"] === "China")
    .map((r) => ({ year: Number(r["Date"].slice(0, 4)), rate: Number(r["Exchange rate"]) }))
    .sort((a, b) => a.year - b.year);
  const firstYear = rows[0].year;
  rows.forEach((r, i) => {
    if (r.year !== firstYear + i || !(r.rate > 0))
      throw new Error(`FRED CNY series has a hole or bad rate at ${r.year}`);
  });
  return { currency: "CNY", sourceId: "fred-fx", firstYear, rates: rows.map((r) => r.rate) };
}

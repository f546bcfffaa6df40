import type { Entity } from "./codes";
import type { Dataset } from "./dataset";
import type { FdiMeasure } from "./dataset-types";
import { notAvailable, type DomainError } from "./errors";
import { yearRanges } from "./text";
import { clean, rescale, type Unit } from "./units";
import type { YearArg } from "./args";

export const MEASURE_NAME: Record<FdiMeasure, string> = {
  inflow: "FDI inflows (host-reported)",
  stock: "inward FDI stock (host-reported)",
  outflow: "outward FDI flows (reported by the investor)",
  outstock: "outward FDI stock (reported by the investor)",
};

interface FdiSeries {
  sourceId: string;
  firstYear: number;
  values: readonly (number | null)[];
}

/** ASEANstats FDI, indexed by measure, investor and host. Values are US$ million. */
export class FdiTable {
  private index?: Map<string, FdiSeries>;

  constructor(private readonly dataset: Dataset) {}

  /** Built on first use: most workbooks never ask for FDI. */
  private get series(): Map<string, FdiSeries> {
    if (!this.index) {
      this.index = new Map();
      for (const [measure, investor, host, sourceId, firstYear, values] of this.dataset.file.fdi) {
        this.index.set(`${measure}|${investor}|${host}`, { sourceId, firstYear, values });
      }
    }
    return this.index;
  }

  years(measure: FdiMeasure, investor: string, host: string): number[] {
    const s = this.series.get(`${measure}|${investor}|${host}`);
    if (!s) return [];
    return s.values.flatMap((v, i) => (v === null ? [] : [s.firstYear + i]));
  }

  value(investor: Entity, host: Entity, year: YearArg, unit: Unit, measure: FdiMeasure): { value: number; year: number; sourceId: string; fxRate?: number } | DomainError {
    const s = this.series.get(`${measure}|${investor.code}|${host.code}`);
    const years = this.years(measure, investor.code, host.code);
    const y = year === "latest" ? years[years.length - 1] : year;
    const mn = s && y !== undefined ? s.values[y - s.firstYear] : undefined;
    if (!s || y === undefined || mn === undefined || mn === null) return notAvailable(this.explain(investor, host, y, measure));
    const usd = rescale(mn, 6, unit.scale);
    if (unit.currency === "USD") return { value: clean(usd), year: y, sourceId: s.sourceId };
    const rate = this.dataset.cnyPerUsd(y);
    if (rate === undefined) return notAvailable(`No yuan rate for ${y} to convert with.`);
    return { value: clean(usd * rate), year: y, sourceId: s.sourceId, fxRate: rate };
  }

  /** Says what the FDI tables do hold for this pair, since they cover different sides and years. */
  private explain(investor: Entity, host: Entity, year: number | undefined, measure: FdiMeasure): string {
    const head = `No ASEANstats ${MEASURE_NAME[measure]} from ${investor.en} into ${host.en}${year === undefined ? "" : ` for ${year}`}.`;
    const other = (Object.keys(MEASURE_NAME) as FdiMeasure[])
      .map((m) => [m, yearRanges(this.years(m, investor.code, host.code))] as const)
      .filter(([, r]) => r !== "")
      .map(([m, r]) => `measure "${m}": ${r}`);
    if (other.length > 0) return `${head} Available for this pair: ${other.join("; ")}.`;
    if (measure === "inflow" && host.code !== "ASEAN") {
      return `${head} Inflows by source are published for ASEAN as a whole (host "ASEAN"); for a single host only the total from "WORLD", and inward stocks (measure "stock").`;
    }
    return `${head} ASEANstats covers investment into ASEAN and its members (2010–2022) and ASEAN members' outward investment (2019–2022).`;
  }
}

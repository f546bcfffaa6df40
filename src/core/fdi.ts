import type { Entity } from "./codes";
import type { Dataset } from "./dataset";
import type { FdiMeasure } from "./dataset-types";
import { notAvailable, type DomainError } from "./errors";
import { callText } from "./formula-text";
import { yearRanges } from "./text";
import { clean, rescale, type Unit } from "./units";
import type { YearArg } from "./args";

export const MEASURE_NAME: Record<FdiMeasure, string> = {
  inflow: "FDI inflows (host-reported)",
  stock: "inward FDI stock (host-reported)",
  outflow: "outward FDI flows (reported by the investor)",
  outstock: "outward FDI stock (reported by the investor)",
};

/** How a gap message names a measure after the reporting economy: "the Philippines' inward FDI stock". */
const REPORTED_AS: Record<FdiMeasure, string> = {
  inflow: "FDI inflows",
  stock: "inward FDI stock",
  outflow: "outward FDI flows",
  outstock: "outward FDI stock",
};

/** Economies whose English name takes "the" in running text. */
const WITH_ARTICLE = new Set(["PH", "US", "GB", "NL", "AE"]);

function possessive(e: Entity): string {
  const name = WITH_ARTICLE.has(e.code) ? `the ${e.en}` : e.en;
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

/** "112,964.56": US$ million as ASEANstats prints them, to the cent. */
function millions(v: number): string {
  const [whole, cents] = Math.abs(v).toFixed(2).split(".");
  return `${v < 0 ? "-" : ""}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}

const isInward = (m: FdiMeasure): boolean => m === "inflow" || m === "stock";

interface FdiSeries {
  sourceId: string;
  firstYear: number;
  values: readonly (number | null)[];
}

/** ASEANstats FDI, indexed by measure, investor and host. Values are US$ million. */
export class FdiTable {
  private index?: Map<string, FdiSeries>;
  /** Per "measure|reporter": the years without a full breakdown, with the partners listed (0 = none). */
  private gapIndex?: Map<string, Map<number, number>>;

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

  private gaps(measure: FdiMeasure, reporter: string): Map<number, number> | undefined {
    if (!this.gapIndex) {
      this.gapIndex = new Map();
      for (const g of this.dataset.file.fdiGaps) {
        const key = `${g.measure}|${g.reporter}`;
        const years = this.gapIndex.get(key) ?? new Map<number, number>();
        years.set(g.year, g.listed);
        this.gapIndex.set(key, years);
      }
    }
    return this.gapIndex.get(`${measure}|${reporter}`);
  }

  years(measure: FdiMeasure, investor: string, host: string): number[] {
    const s = this.series.get(`${measure}|${investor}|${host}`);
    if (!s) return [];
    return s.values.flatMap((v, i) => (v === null ? [] : [s.firstYear + i]));
  }

  value(
    investor: Entity,
    host: Entity,
    year: YearArg,
    unit: Unit,
    measure: FdiMeasure,
  ): { value: number; year: number; sourceId: string; fxRate?: number } | DomainError {
    const s = this.series.get(`${measure}|${investor.code}|${host.code}`);
    const years = this.years(measure, investor.code, host.code);
    const y = year === "latest" ? years[years.length - 1] : year;
    const mn = s && y !== undefined ? s.values[y - s.firstYear] : undefined;
    if (!s || y === undefined || mn === undefined || mn === null)
      return notAvailable(this.explain(investor, host, y, measure));
    const usd = rescale(mn, 6, unit.scale);
    if (unit.currency === "USD") return { value: clean(usd), year: y, sourceId: s.sourceId };
    const rate = this.dataset.cnyPerUsd(y);
    if (rate === undefined) return notAvailable(`No yuan rate for ${y} to convert with.`);
    return { value: clean(usd * rate), year: y, sourceId: s.sourceId, fxRate: rate };
  }

  /** Says what the FDI tables do hold for this pair, since they cover different sides and years. */
  private explain(investor: Entity, host: Entity, year: number | undefined, measure: FdiMeasure): string {
    // With "latest" and no value in any year, the latest year without a breakdown says why.
    const gapYear = year ?? this.lastGapYear(measure, isInward(measure) ? host : investor);
    const gap = gapYear === undefined ? undefined : this.unlisted(investor, host, gapYear, measure);
    const head =
      gap ??
      `No ASEANstats ${MEASURE_NAME[measure]} from ${investor.en} into ` +
        `${host.en}${year === undefined ? "" : ` for ${year}`}.`;
    const other = (Object.keys(MEASURE_NAME) as FdiMeasure[])
      .map((m) => [m, yearRanges(this.years(m, investor.code, host.code))] as const)
      .filter(([, r]) => r !== "")
      .map(([m, r]) => `measure "${m}": ${r}`);
    if (other.length > 0) return `${head} Available for this pair: ${other.join("; ")}.`;
    if (gap) return head;
    if (measure === "inflow" && host.code !== "ASEAN") {
      return (
        `${head} Inflows by source are published for ASEAN as a whole (host "ASEAN"); for a single host only the ` +
        `total from "WORLD", and inward stocks (measure "stock").`
      );
    }
    return (
      `${head} ASEANstats covers investment into ASEAN and its members (2010–2022) and ASEAN members' outward ` +
      `investment (2019–2022).`
    );
  }

  private lastGapYear(measure: FdiMeasure, reporter: Entity): number | undefined {
    const years = [...(this.gaps(measure, reporter.code)?.keys() ?? [])];
    return years.length > 0 ? Math.max(...years) : undefined;
  }

  /**
   * Where the reporting economy's table has no breakdown by partner for the year, or lists only some
   * partners: says so, with the years without any breakdown and the total that does exist.
   */
  private unlisted(investor: Entity, host: Entity, year: number, measure: FdiMeasure): string | undefined {
    const inward = isInward(measure);
    const [reporter, partner] = inward ? [host, investor] : [investor, host];
    const gaps = this.gaps(measure, reporter.code);
    const listed = gaps?.get(year);
    if (!gaps || listed === undefined) return undefined;
    const side = inward ? "source" : "destination";
    const whose = `${possessive(reporter)} ${REPORTED_AS[measure]}`;
    let from = year;
    let to = year;
    if (listed === 0) {
      while (gaps.get(from - 1) === 0) from--;
      while (gaps.get(to + 1) === 0) to++;
    }
    const span = from === to ? `${year}` : `${from}–${to}`;
    const head =
      listed === 0
        ? `ASEANstats publishes no breakdown by ${side} of ${whose} for ${span}`
        : `ASEANstats publishes only part of the breakdown by ${side} of ${whose} for ${year}: ${listed} ${side}s, ` +
          `${partner.en} not among them`;
    const [totalInvestor, totalHost] = inward ? ["WORLD", reporter.code] : [reporter.code, "WORLD"];
    const total = this.series.get(`${measure}|${totalInvestor}|${totalHost}`);
    const mn = total?.values[year - total.firstYear];
    if (mn === undefined || mn === null) return `${head}.`;
    const formula = callText("FDI", [totalInvestor, totalHost, year, "USD_MN", measure]);
    return `${head}; the total${span === `${year}` ? "" : ` for ${year}`} is US$${millions(mn)} mn: ${formula}.`;
  }
}

import type { Codes, Entity } from "./codes";
import type { Dataset, StoredValue } from "./dataset";
import { FIRST_YEAR, LAST_YEAR } from "./dataset";
import type { Currency, Qualifier, StoredFlow } from "./dataset-types";
import { invalidValue, notAvailable, type DomainError } from "./errors";
import { explainMissing } from "./explain";
import type { Flow } from "./flows";
import { combineQualifier, combineStatus, STATUS_NAME, type Status } from "./status";
import { clean, rescale, type Unit } from "./units";
import type { YearArg } from "./args";

/** A stored value that went into a result, with the cell it came from. */
export interface Part {
  readonly reporter: string;
  readonly partner: string;
  readonly year: number;
  readonly flow: StoredFlow;
  readonly stored: StoredValue;
}

export interface TradeValue {
  readonly value: number;
  readonly unit: Unit;
  readonly year: number;
  readonly status: Status;
  /** The sources' hedge on the value ("more than", "about", ...), where one of its figures is hedged. */
  readonly qualifier?: Qualifier;
  readonly parts: readonly Part[];
  /** Yuan per US$ used where a part was converted from the other currency. */
  readonly fxRate?: number;
  /** Group members summed to make the value, when the source has no figure for the group itself. */
  readonly summed?: readonly string[];
}

interface Acc {
  value: number;
  parts: Part[];
  computed: boolean;
  fxRate?: number;
  summed?: string[];
}

const OTHER: Record<Currency, Currency> = { USD: "CNY", CNY: "USD" };

export interface TradeRequest {
  reporter: Entity;
  partner: Entity;
  year: YearArg;
  flow: Flow;
  unit: Unit;
}

/** A group with itself is its internal trade (members with one another); a country with itself is nothing. */
export function checkPair(reporter: Entity, partner: Entity): DomainError | undefined {
  if (reporter.code === partner.code && !reporter.members) {
    return invalidValue(`partner: "${partner.code}" is the reporter itself; choose another partner.`);
  }
  return undefined;
}

/** Trade values as the reporter reports them; never mixes in the partner's statistics. */
export class TradeQuery {
  constructor(
    readonly dataset: Dataset,
    readonly codes: Codes,
  ) {}

  value(req: TradeRequest): TradeValue | DomainError {
    const { reporter, partner, flow, unit } = req;
    const pairError = checkPair(reporter, partner);
    if (pairError) return pairError;
    const year = req.year === "latest" ? this.latestYear(reporter, partner, flow, unit) : req.year;
    if (year === undefined)
      return notAvailable(`No ${reporter.en}-reported ${flow} data with ${partner.en} in any year.`);
    const acc = this.flowValue(reporter, partner, year, flow, unit.currency, unit.scale);
    if ("missing" in acc) return explainMissing(this, reporter, partner, year, flow, acc.missing);
    const status = acc.computed
      ? combineStatus(acc.parts.map((p) => STATUS_NAME[p.stored.status]))
      : STATUS_NAME[acc.parts[0].stored.status];
    const qualifier = combineQualifier(acc.parts.map((p) => p.stored.qualifier));
    return {
      // A single stored value is already exact after rescaling; only sums and conversions carry noise.
      value: acc.computed ? clean(acc.value) : acc.value,
      unit,
      year,
      status,
      parts: acc.parts,
      ...(qualifier !== undefined ? { qualifier } : {}),
      ...(acc.fxRate !== undefined ? { fxRate: acc.fxRate } : {}),
      ...(acc.summed ? { summed: acc.summed } : {}),
    };
  }

  /** Whether a value exists, without building an explanation when it does not. */
  exists(reporter: Entity, partner: Entity, year: number, flow: Flow, unit: Unit): boolean {
    return !("missing" in this.flowValue(reporter, partner, year, flow, unit.currency, unit.scale));
  }

  /** Every year with a value, oldest first. */
  yearsWithValue(reporter: Entity, partner: Entity, flow: Flow, unit: Unit): number[] {
    const years: number[] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) if (this.exists(reporter, partner, y, flow, unit)) years.push(y);
    return years;
  }

  /** The latest year with a value, or undefined. */
  latestYear(reporter: Entity, partner: Entity, flow: Flow, unit: Unit): number | undefined {
    for (let y = LAST_YEAR; y >= FIRST_YEAR; y--) if (this.exists(reporter, partner, y, flow, unit)) return y;
    return undefined;
  }

  /**
   * A balance, in order of preference: the balance the source publishes in the asked currency; exports
   * minus imports, both in that currency; the published balance in the other currency, converted; exports
   * minus imports found either way.
   */
  private flowValue(
    r: Entity,
    p: Entity,
    y: number,
    flow: Flow,
    c: Currency,
    scale: number,
  ): Acc | { missing: string[] } {
    if (flow !== "balance")
      return this.entityValue(r, p, y, flow === "exports" ? "X" : flow === "imports" ? "M" : "T", c, scale);
    const published = this.stored(r.code, p.code, y, "B", c, scale);
    if (published) return published;
    const x = this.entityValue(r, p, y, "X", c, scale);
    const m = this.entityValue(r, p, y, "M", c, scale);
    const both = !("missing" in x) && !("missing" in m);
    if (both && x.fxRate === undefined && m.fxRate === undefined) return merge([x, m], x.value - m.value);
    const converted = this.converted(r.code, p.code, y, "B", c, scale);
    if (converted) return converted;
    if (both) return merge([x, m], x.value - m.value);
    return { missing: [...("missing" in x ? x.missing : []), ...("missing" in m ? m.missing : [])] };
  }

  /** A single economy's value, or a group's as the sum of its members where the source has no figure for it. */
  private entityValue(
    r: Entity,
    p: Entity,
    y: number,
    f: StoredFlow,
    c: Currency,
    scale: number,
  ): Acc | { missing: string[] } {
    const direct = this.pairValue(r.code, p.code, y, f, c, scale);
    if (direct) return direct;
    if (!r.members && !p.members) return { missing: [`${r.code}-${p.code}`] };
    const parts: Acc[] = [];
    const missing: string[] = [];
    for (const rr of r.members ?? [r.code]) {
      const whole = r.members ? this.pairValue(rr, p.code, y, f, c, scale) : undefined;
      if (whole) {
        parts.push(whole);
        continue;
      }
      for (const pp of p.members ?? [p.code]) {
        if (pp === rr) continue;
        const v = this.pairValue(rr, pp, y, f, c, scale);
        if (v) parts.push(v);
        else missing.push(`${rr}-${pp}`);
      }
    }
    if (missing.length > 0) return { missing };
    const acc = merge(
      parts,
      parts.reduce((s, a) => s + a.value, 0),
    );
    acc.summed = [...(r.members ?? []), ...(p.members ?? [])];
    return acc;
  }

  /**
   * One pair, in order of preference: the stored value in the asked currency; for totals, exports plus
   * imports in that currency; the stored value in the other currency at the year's average rate; for
   * totals, exports plus imports each found either way.
   */
  private pairValue(r: string, p: string, y: number, f: StoredFlow, c: Currency, scale: number): Acc | undefined {
    const own = this.stored(r, p, y, f, c, scale);
    if (own) return own;
    if (f === "T") {
      const x = this.stored(r, p, y, "X", c, scale);
      const m = x && this.stored(r, p, y, "M", c, scale);
      if (x && m) return merge([x, m], x.value + m.value);
    }
    const converted = this.converted(r, p, y, f, c, scale);
    if (converted) return converted;
    if (f === "T") {
      const x = this.stored(r, p, y, "X", c, scale) ?? this.converted(r, p, y, "X", c, scale);
      const m = x && (this.stored(r, p, y, "M", c, scale) ?? this.converted(r, p, y, "M", c, scale));
      if (x && m) return merge([x, m], x.value + m.value);
    }
    return undefined;
  }

  private stored(r: string, p: string, y: number, f: StoredFlow, c: Currency, scale: number): Acc | undefined {
    const s = this.dataset.get(r, p, f, c, y);
    if (!s) return undefined;
    return {
      value: rescale(s.amount, s.scale, scale),
      parts: [{ reporter: r, partner: p, year: y, flow: f, stored: s }],
      computed: false,
    };
  }

  private converted(r: string, p: string, y: number, f: StoredFlow, c: Currency, scale: number): Acc | undefined {
    const s = this.dataset.get(r, p, f, OTHER[c], y);
    const rate = this.dataset.cnyPerUsd(y);
    if (!s || rate === undefined) return undefined;
    const inOther = rescale(s.amount, s.scale, scale);
    return {
      value: c === "CNY" ? inOther * rate : inOther / rate,
      parts: [{ reporter: r, partner: p, year: y, flow: f, stored: s }],
      computed: true,
      fxRate: rate,
    };
  }
}

function merge(accs: Acc[], value: number): Acc {
  const fx = accs.find((a) => a.fxRate !== undefined)?.fxRate;
  return { value, parts: accs.flatMap((a) => a.parts), computed: true, ...(fx !== undefined ? { fxRate: fx } : {}) };
}

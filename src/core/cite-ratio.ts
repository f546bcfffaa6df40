import { citeTradeValue } from "./cite";
import type { Currency } from "./dataset-types";
import { FLOW_PHRASE } from "./flows";
import type { TradeQuery } from "./query";
import { mixesReleases, type Ratio } from "./ratios";

export const CURRENCY_LABEL: Record<Currency, string> = { USD: "US$", CNY: "yuan" };

/**
 * The citation of a SHARE or GROWTH result: what was divided by what, in which currency, and each of
 * the two values cited as SOURCE cites it. When the two come from different releases it says so
 * first, since a change of source (or of exchange rate, for a converted value) moves a ratio too.
 */
export function citeRatio(q: TradeQuery, r: Ratio): string {
  const [a, b] = r.values;
  const trade = `${r.reporter.en}-reported ${FLOW_PHRASE[r.flow]} `;
  const both = `both values in ${CURRENCY_LABEL[r.currency]}`;
  const head =
    r.kind === "share"
      ? `${r.partner.en}'s share of ${trade}${r.of?.en ?? ""}, ${a.year}, ${both}: ${a.value} / ${b.value} = ` +
        `${r.value}.`
      : a.year - b.year === 1
        ? `Year-on-year growth of ${trade}${r.partner.en}, ${a.year} over ${b.year}, ${both}: ${a.value} / ` +
          `${b.value} − 1 = ${r.value}.`
        : `Compound annual growth of ${trade}${r.partner.en}, ${a.year} over ${b.year} (${a.year - b.year} years), ` +
          `${both}: (${a.value} / ${b.value})^(1/${a.year - b.year}) − 1 = ${r.value}.`;
  const releases = mixesReleases(r)
    ? "The two values come from different releases, so the change of source moves the ratio too:"
    : "Both values come from the same release:";
  const whose = r.kind === "share" ? [r.partner, r.of ?? r.partner] : [r.partner, r.partner];
  const cited = r.values.map((v, i) => `(${i + 1}) ${citeTradeValue(q, r.reporter, whose[i], r.flow, v)}`);
  return [head, releases, ...cited, `ASEAN data edition ${q.dataset.edition}.`].join(" ");
}

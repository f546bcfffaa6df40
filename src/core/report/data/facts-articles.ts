import { cite } from "./sources";
import type { Fact } from "./types";

const GAC = "China General Administration of Customs";
const CD_ASEAN = cite("china-daily-2025", "Piece on Yunnan–ASEAN trade (national figures)", GAC);
const CD_MALAYSIA = cite("china-daily-2025", "Piece on China–Malaysia trade", GAC);
const CD_VIETNAM = cite("china-daily-2025", "Piece on China–Viet Nam economic ties", GAC);
const ZHOU = cite("zhou-mi", "Opening section");
const XU = cite("xu-ningning", "Section 1.1");
const CD_VIETNAM_CONVERSION = cite(
  "china-daily-2025",
  "Piece on China–Viet Nam economic ties: the article's own conversion of GAC's yuan figure",
);
const PPP = cite("phnom-penh-post", "Main article", "Chinese customs");
const PPP_EXPO = cite("phnom-penh-post", "Main article, on the 18th China-ASEAN Expo");

/**
 * Figures from the articles bundled beside the report, for context the chapter does not give:
 * country detail for 2024 and the long-run trade record. Each is attributed to its article.
 */
export const ARTICLE_FACTS: readonly Fact[] = [
  // China Daily, 2025: China–ASEAN, China–Malaysia and China–Viet Nam in 2024
  {
    id: "CN_ASEAN_TRADE_GROWTH_2024_YUAN_PCT",
    label: "Growth of China–ASEAN trade in yuan terms, 2024",
    value: 9,
    unit: "%",
    year: 2024,
    qualifier: "exact",
    note: "Written 9.0 in the source.",
    source: CD_ASEAN,
  },
  {
    id: "ASEAN_SHARE_OF_CN_TRADE_2024_PCT",
    label: "ASEAN's share of China's total foreign trade, 2024",
    value: 15.9,
    unit: "%",
    year: 2024,
    qualifier: "exact",
    source: CD_ASEAN,
  },
  {
    id: "CN_EXPORTS_TO_ASEAN_2024_YUAN_TN",
    label: "China's exports to ASEAN, 2024",
    value: 4.17,
    unit: "yuan trillion",
    year: 2024,
    qualifier: "exact",
    source: CD_ASEAN,
  },
  {
    id: "CN_EXPORTS_TO_ASEAN_GROWTH_2024_PCT",
    label: "Growth of China's exports to ASEAN in yuan terms, 2024",
    value: 13.4,
    unit: "%",
    year: 2024,
    qualifier: "exact",
    source: CD_ASEAN,
  },
  {
    id: "CN_IMPORTS_FROM_ASEAN_2024_YUAN_TN",
    label: "China's imports from ASEAN, 2024",
    value: 2.82,
    unit: "yuan trillion",
    year: 2024,
    qualifier: "exact",
    source: CD_ASEAN,
  },
  {
    id: "CN_IMPORTS_FROM_ASEAN_GROWTH_2024_PCT",
    label: "Growth of China's imports from ASEAN in yuan terms, 2024",
    value: 3.2,
    unit: "%",
    year: 2024,
    qualifier: "exact",
    source: CD_ASEAN,
  },
  {
    id: "CN_MY_TRADE_2024_USD_BN",
    label: "China–Malaysia trade, 2024",
    value: 212.03,
    unit: "US$ billion",
    year: 2024,
    qualifier: "exact",
    note: "A record high.",
    source: CD_MALAYSIA,
  },
  {
    id: "CN_MY_TRADE_GROWTH_2024_PCT",
    label: "Growth of China–Malaysia trade, 2024",
    value: 11.4,
    unit: "%",
    year: 2024,
    qualifier: "exact",
    source: CD_MALAYSIA,
  },
  {
    id: "CN_EXPORTS_TO_MY_2024_USD_BN",
    label: "China's exports to Malaysia, 2024",
    value: 101.46,
    unit: "US$ billion",
    year: 2024,
    qualifier: "exact",
    source: CD_MALAYSIA,
  },
  {
    id: "CN_IMPORTS_FROM_MY_2024_USD_BN",
    label: "China's imports from Malaysia, 2024",
    value: 110.57,
    unit: "US$ billion",
    year: 2024,
    qualifier: "exact",
    source: CD_MALAYSIA,
  },
  {
    id: "CN_VN_TRADE_2024_YUAN_TN",
    label: "China–Viet Nam trade, 2024 (yuan)",
    value: 1.85,
    unit: "yuan trillion",
    year: 2024,
    qualifier: "exact",
    source: CD_VIETNAM,
  },
  {
    id: "CN_VN_TRADE_2024_USD_BN",
    label: "China–Viet Nam trade, 2024 (US$, the article's conversion of the yuan figure)",
    value: 254.05,
    unit: "US$ billion",
    year: 2024,
    qualifier: "exact",
    note:
      "The newspaper's own conversion of 1.85 trillion yuan, given beside it; not GAC's US$ series. " +
      '=ASEAN.TRADE("CN","VN",2024) gives the US$ value estimated from GAC\'s tables.',
    source: CD_VIETNAM_CONVERSION,
  },
  {
    id: "CN_VN_TRADE_GROWTH_2024_PCT",
    label: "Growth of China–Viet Nam trade, 2024",
    value: 14.6,
    unit: "%",
    year: 2024,
    qualifier: "exact",
    source: CD_VIETNAM,
  },

  // Zhou Mi: 2015 and the record since dialogue relations began in 1991
  {
    id: "CN_ASEAN_TRADE_2015_USD_BN",
    label: "China–ASEAN trade, 2015",
    value: 472,
    unit: "US$ billion",
    year: 2015,
    qualifier: "exact",
    source: ZHOU,
  },
  {
    id: "CN_ASEAN_TRADE_AVG_GROWTH_TO_2015_PCT",
    label: "Average annual growth of China–ASEAN trade over the 25 years to 2015",
    value: 18.8,
    unit: "%",
    year: null,
    period: "25 years to 2015",
    qualifier: "exact",
    source: ZHOU,
  },
  {
    id: "CN_ASEAN_TWO_WAY_INVESTMENT_CUMULATIVE_USD_BN",
    label: "Cumulative two-way investment between China and ASEAN, as of the article",
    value: 150,
    unit: "US$ billion",
    year: null,
    period: "cumulative, at the time of writing",
    qualifier: "exact",
    source: ZHOU,
  },

  // Xu Ningning (CABC), January 2021: the year ASEAN became China's largest trading partner
  {
    id: "CN_ASEAN_TRADE_JAN_NOV_2020_USD_BN",
    label: "China–ASEAN trade, January–November 2020",
    value: 609.58,
    unit: "US$ billion",
    year: 2020,
    period: "January–November 2020",
    qualifier: "exact",
    source: XU,
  },
  {
    id: "CN_ASEAN_TRADE_GROWTH_JAN_NOV_2020_PCT",
    label: "Growth of China–ASEAN trade, January–November 2020",
    value: 5.6,
    unit: "%",
    year: 2020,
    period: "January–November 2020",
    qualifier: "exact",
    source: XU,
  },
  {
    id: "ASEAN_SHARE_OF_CN_TRADE_JAN_NOV_2020_PCT",
    label: "ASEAN's share of China's total foreign trade, January–November 2020",
    value: 14.6,
    unit: "%",
    year: 2020,
    period: "January–November 2020",
    qualifier: "exact",
    source: XU,
  },
  {
    id: "CN_FDI_ASEAN_Q1_Q3_2020_USD_BN",
    label: "China's direct investment in ASEAN, first three quarters of 2020",
    value: 10.72,
    unit: "US$ billion",
    year: 2020,
    period: "January–September 2020",
    qualifier: "exact",
    source: XU,
  },
  {
    id: "CN_FDI_ASEAN_GROWTH_Q1_Q3_2020_PCT",
    label: "Growth of China's direct investment in ASEAN, first three quarters of 2020",
    value: 76.6,
    unit: "%",
    year: 2020,
    period: "January–September 2020",
    qualifier: "exact",
    source: XU,
  },

  // Phnom Penh Post (Xinhua), 2021: thirty years of dialogue relations
  {
    id: "CN_ASEAN_TRADE_1991_USD_BN",
    label: "China–ASEAN trade, 1991",
    value: 8.36,
    unit: "US$ billion",
    year: 1991,
    qualifier: "exact",
    source: PPP,
  },
  {
    id: "CN_ASEAN_TRADE_2020_USD_BN",
    label: "China–ASEAN trade, 2020",
    value: 685.28,
    unit: "US$ billion",
    year: 2020,
    qualifier: "exact",
    source: PPP,
  },
  {
    id: "CN_ASEAN_TRADE_AVG_GROWTH_1991_2020_PCT",
    label: "Average annual growth of China–ASEAN trade, 1991–2020",
    value: 16.5,
    unit: "%",
    year: null,
    period: "1991–2020",
    qualifier: "exact",
    source: PPP,
  },
  {
    id: "CAEXPO_18_CONTRACTED_INVESTMENT_YUAN_BN",
    label: "Investment contracted at the 18th China-ASEAN Expo and summit",
    value: 300,
    unit: "yuan billion",
    year: 2021,
    qualifier: "exact",
    note: "About US$46.59 billion, as the article converts it; a record.",
    source: PPP_EXPO,
  },
];

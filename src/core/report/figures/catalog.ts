/**
 * The report catalogue as declarative specs: what each item shows and which query fills it. The
 * interpreter (build-figure.ts) turns a spec into a Figure for the pane's preview and the Excel writer.
 */
import type { Currency } from "../../dataset-types";
import type { Flow } from "../../flows";
import type { ChartSpec, FigureHeading, NumberFormat } from "./figure-types";

export type FigureQuery =
  | {
      kind: "trade-years";
      reporter: string;
      partner: string;
      from: number;
      to: number;
      stated?: { year: number; factId: string }[];
      columns: TradeColumn[];
    }
  | {
      kind: "share-years";
      reporter: string;
      from: number;
      to: number;
      partners: { code: string; header: string }[];
      stated: { header: string; facts: { year: number; factId: string }[] };
    }
  | { kind: "fdi-years"; source: string; host: string; from: number; to: number }
  | {
      kind: "partners-year";
      reporter: string;
      year: number;
      group: string;
      flows: { key: string; header: string; flow: Flow }[];
    }
  | {
      kind: "intra-shares";
      group: string;
      from: number;
      to: number;
      stated: { year: number; exportsFact: string; importsFact: string };
    }
  | { kind: "figure1-statements" }
  | { kind: "facts" }
  | { kind: "projects" }
  | { kind: "unavailable"; reason: string; publisher: string };

/**
 * A column of yearly trade: values, or growth rates, which always name the currency both years are taken in (the header
 * says it too).
 */
export type TradeColumn = { key: string; header: string; flow: Flow; format: NumberFormat } & (
  { measure: "value" } | { measure: "growth"; currency: Currency }
);

export interface FigureSpec extends FigureHeading {
  query: FigureQuery;
  chart?: ChartSpec;
}

const REPORT =
  "Xinhua Institute, RCEP and the Vision of the Maritime Silk Road: New Frontiers for China-ASEAN Cooperation (2025)";

export const CATALOGUE: readonly FigureSpec[] = [
  {
    id: "figure-1-categories",
    group: "Report figures",
    title: "Figure 1. China–ASEAN trade in goods by major category, 2019 and 2024",
    subtitle: "2024 as a multiple of 2019, as the report states it (lower bounds where it says “more than”)",
    unit: "multiple of the 2019 value",
    keywords: [
      "categories",
      "products",
      "steel",
      "metals",
      "resources",
      "electromechanical",
      "chemicals",
      "textiles",
      "plastics",
      "rubber",
      "transport equipment",
    ],
    query: { kind: "figure1-statements" },
    chart: {
      kind: "barClustered",
      category: "category",
      series: [{ column: "aseanExports" }, { column: "chinaExports" }],
      xTitle: "Category",
      yTitle: "2024 / 2019",
      yFormat: '0.0"x"',
    },
    sourceNote: `Source: ${REPORT}, Chapter 1, Figure 1 (statements of growth).`,
    dataNote:
      "Category values are not in the bundled data, which has no product breakdown: the table shows the growth " +
      "the report states, as a lower bound where the report says “more than”.",
  },
  {
    id: "figure-2-asean-partner-shares",
    group: "Report figures",
    title: "Figure 2. ASEAN's main trade partners: share of ASEAN's total goods trade, 2010–2023",
    subtitle:
      "Computed from the ten ASEAN members' own reported trade (IMF DOTS), with the report's stated endpoints " +
      "for China",
    unit: "% of ASEAN's total goods trade",
    keywords: ["share", "partners", "China", "United States", "EU", "Japan", "Korea", "ASEAN"],
    query: {
      kind: "share-years",
      reporter: "ASEAN",
      from: 2010,
      to: 2023,
      partners: [
        { code: "CN", header: "China" },
        { code: "US", header: "United States" },
        { code: "EU", header: "European Union" },
        { code: "JP", header: "Japan" },
        { code: "KR", header: "Korea" },
      ],
      stated: {
        header: "China, as stated in the report",
        facts: [
          { year: 2010, factId: "ASEAN_SHARE_CHINA_2010_PCT" },
          { year: 2023, factId: "ASEAN_SHARE_CHINA_2023_PCT" },
        ],
      },
    },
    chart: {
      kind: "line",
      category: "year",
      series: [
        { column: "CN" },
        { column: "US" },
        { column: "EU" },
        { column: "JP" },
        { column: "KR" },
        { column: "stated" },
      ],
      xTitle: "Year",
      yTitle: "Share of ASEAN's trade",
      yFormat: "0.0%",
    },
    sourceNote:
      `Source: IMF, Direction of Trade Statistics (ASEAN members as reporters); ${REPORT}, Figure 2 (stated ` +
      `values). Computed by the ASEAN Data add-in.`,
    dataNote:
      "The bundled IMF extract ends in 2020: 2021–2023 are #N/A. The report gives 11.5 % for 2010 and nearly 20 " +
      "% for 2023.",
  },
  {
    id: "figure-3-investment",
    group: "Report figures",
    title: "Figure 3. China–ASEAN bilateral investment, 2010–2022",
    subtitle: "China's direct investment into ASEAN as the ASEAN hosts report it, and its share of ASEAN's FDI inflows",
    unit: "US$ billion; % of ASEAN's FDI inflows",
    keywords: ["FDI", "investment", "inflows", "ASEANstats"],
    query: { kind: "fdi-years", source: "CN", host: "ASEAN", from: 2010, to: 2022 },
    chart: {
      kind: "combo",
      category: "year",
      series: [
        { column: "value", as: "column" },
        { column: "share", as: "line", axis: "secondary" },
      ],
      xTitle: "Year",
      yTitle: "US$ billion",
      y2Title: "Share of inflows",
      yFormat: "0.0",
      y2Format: "0.0%",
    },
    sourceNote: "Source: ASEAN Secretariat, ASEANstats, FDI inflows into ASEAN by source economy (host-reported).",
    dataNote:
      "The other direction, ASEAN's investment in China (MOFCOM statistics), is not in the bundled sources; the " +
      "report says it exceeded US$10 billion a year in 2021–2023 " +
      '(=ASEAN.FACT("ASEAN_INVESTMENT_IN_CN_ANNUAL_2021_2023_USD_BN")). 2023 is not yet in the ASEANstats ' +
      "snapshot.",
  },
  {
    id: "figure-4-intra-rcep",
    group: "Report figures",
    title: "Figure 4. Share of intra- and extra-RCEP trade in goods, 2010–2023",
    subtitle:
      "Share of RCEP members' exports and imports traded with other RCEP members, computed from their own " +
      "reports, with the report's 2023 figures",
    unit: "% of RCEP members' trade",
    keywords: ["RCEP", "intra-regional", "extra-regional", "integration", "share"],
    query: {
      kind: "intra-shares",
      group: "RCEP",
      from: 2010,
      to: 2023,
      stated: {
        year: 2023,
        exportsFact: "INTRA_RCEP_EXPORT_SHARE_2023_PCT",
        importsFact: "INTRA_RCEP_IMPORT_SHARE_2023_PCT",
      },
    },
    chart: {
      kind: "columnStacked100",
      category: "year",
      series: [{ column: "intraX" }, { column: "extraX" }],
      xTitle: "Year",
      yTitle: "Share of exports",
      yFormat: "0%",
    },
    sourceNote:
      `Source: IMF, Direction of Trade Statistics (the fifteen RCEP members as reporters); ${REPORT}, Figure 4 ` +
      `(2023). Computed by the ASEAN Data add-in.`,
    dataNote:
      "A year is computed only when all fifteen members report trade with every other member; Brunei–Laos and " +
      "Australia–Viet Nam are missing for 2020 and some earlier years, and the IMF extract ends in 2020. 2023 is " +
      "as the report states it.",
  },
  {
    id: "figure-5-msr-trade-index",
    group: "Report figures",
    title: "Figure 5. Maritime Silk Road Trade Index since 2016",
    subtitle: "Monthly index of trade along the Maritime Silk Road",
    unit: "index points",
    keywords: ["Maritime Silk Road", "index", "STI", "Ningbo", "shipping"],
    query: {
      kind: "unavailable",
      reason:
        "The index series is not published in any of the bundled sources (only one monthly reading is quoted " +
        "publicly), so it cannot be inserted.",
      publisher:
        "Ningbo Shipping Exchange, Maritime Silk Road Trade Index (STI), part of the Maritime Silk Road Index family",
    },
    sourceNote: `Source: ${REPORT}, Figure 5.`,
  },
  {
    id: "china-asean-trade-1991-2024",
    group: "Trade tables",
    title: "China–ASEAN trade in goods, 1991–2024",
    subtitle: "China's trade with the ten ASEAN members as China reports it, with exports, imports and growth",
    unit: "US$ billion; growth in % of US$ values",
    keywords: ["China", "ASEAN", "trade", "exports", "imports", "history", "growth"],
    query: {
      kind: "trade-years",
      reporter: "CN",
      partner: "ASEAN",
      from: 2000,
      to: 2024,
      stated: [{ year: 1991, factId: "CN_ASEAN_TRADE_1991_USD_BN" }],
      columns: [
        { key: "total", header: "Total trade", flow: "total", measure: "value", format: "0.0" },
        { key: "exports", header: "China's exports", flow: "exports", measure: "value", format: "0.0" },
        { key: "imports", header: "China's imports", flow: "imports", measure: "value", format: "0.0" },
        { key: "growth", header: "Growth of total", flow: "total", measure: "growth", currency: "USD", format: "0.0%" },
      ],
    },
    chart: {
      kind: "combo",
      category: "year",
      series: [
        { column: "total", as: "column" },
        { column: "growth", as: "line", axis: "secondary" },
      ],
      xTitle: "Year",
      yTitle: "US$ billion",
      y2Title: "Growth (US$)",
      yFormat: "0",
      y2Format: "0%",
    },
    sourceNote:
      "Source: IMF, Direction of Trade Statistics (2000–2020); General Administration of Customs of China " +
      "(2021–2024, published and table figures); 1991 as stated by the Phnom Penh Post (Xinhua).",
    dataNote:
      "1992–1999 are not in the bundled sources. Exports and imports are missing where only a total was " +
      "published (2021–2023 in US$ partly derived from yuan at FRED annual rates).",
  },
  {
    id: "china-asean-members-2024",
    group: "Trade tables",
    title: "China's trade with each ASEAN member, 2024",
    subtitle: "Ranked by total trade, China Customs basis",
    unit: "US$ billion",
    keywords: ["members", "ranking", "Viet Nam", "Malaysia", "Indonesia", "Thailand", "Singapore", "balance", "2024"],
    query: {
      kind: "partners-year",
      reporter: "CN",
      year: 2024,
      group: "ASEAN",
      flows: [
        { key: "exports", header: "China's exports", flow: "exports" },
        { key: "imports", header: "China's imports", flow: "imports" },
        { key: "total", header: "Total trade", flow: "total" },
        { key: "balance", header: "China's balance", flow: "balance" },
      ],
    },
    chart: {
      kind: "barClustered",
      category: "partner",
      series: [{ column: "exports" }, { column: "imports" }],
      xTitle: "Partner",
      yTitle: "US$ billion",
      yFormat: "0",
    },
    sourceNote:
      "Source: General Administration of Customs of China, 2024 table by country (US$ values estimated from the " +
      "yuan table except where GAC's US$ figure is published).",
  },
  {
    id: "headline-figures",
    group: "Headline figures",
    title: "The report's headline figures",
    subtitle: "Every figure with its id for =ASEAN.FACT(), as the report and the articles around it state it",
    unit: "as stated per row",
    keywords: ["facts", "headline", "zero tariff", "students", "railway", "investment", "RCEP"],
    query: { kind: "facts" },
    sourceNote: `Source: ${REPORT}, Chapter 1, and the articles cited per row.`,
  },
  {
    id: "connectivity-projects",
    group: "Projects",
    title: "Landmark connectivity projects",
    subtitle: "Railways, corridors and parks the report describes",
    unit: "as stated per row",
    keywords: ["railway", "China–Laos Railway", "Jakarta–Bandung", "corridor", "infrastructure", "projects"],
    query: { kind: "projects" },
    sourceNote: `Source: ${REPORT}, Chapter 1, and the articles cited per row.`,
  },
];

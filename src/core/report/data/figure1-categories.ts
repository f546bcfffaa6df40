import type { Qualifier } from "./types";

export type TradeDirection = "ASEAN exports to China" | "China exports to ASEAN";

export interface CategoryGrowth {
  category: string;
  direction: TradeDirection;
  /** 2024 as a multiple of 2019: 3 for tripled, 1.5 for up 50 %. */
  growth: number;
  qualifier: Qualifier;
  statedAs: string;
  /** The headline fact carrying the same statement, so the two never drift apart. */
  factId: string;
}

const METALS = "ASEAN_METALS_EXPORTS_TO_CN_GROWTH_2019_2024_TIMES";
const RESOURCES = "ASEAN_RESOURCE_EXPORTS_TO_CN_GROWTH_2019_2024_PCT";
const MAJOR = "CN_MAJOR_EXPORTS_TO_ASEAN_GROWTH_2019_2024_PCT";
const DOUBLED = "CN_PLASTICS_TRANSPORT_EXPORTS_TO_ASEAN_GROWTH_2019_2024_TIMES";

// The report groups several categories under one statement; each gets its own row so that the
// figure can be drawn per category, with the shared statement repeated.
export const FIGURE1_ROWS: readonly CategoryGrowth[] = [
  {
    category: "Steel and non-ferrous metal products",
    direction: "ASEAN exports to China",
    growth: 3,
    qualifier: "more than",
    statedAs: "more than tripled",
    factId: METALS,
  },
  {
    category: "Resource-based products (farm goods, food and beverages, mineral fuels)",
    direction: "ASEAN exports to China",
    growth: 1.5,
    qualifier: "more than",
    statedAs: "up by more than 50 %",
    factId: RESOURCES,
  },
  {
    category: "Electromechanical products",
    direction: "China exports to ASEAN",
    growth: 1.7,
    qualifier: "more than",
    statedAs: "up by more than 70 %",
    factId: MAJOR,
  },
  {
    category: "Chemicals",
    direction: "China exports to ASEAN",
    growth: 1.7,
    qualifier: "more than",
    statedAs: "up by more than 70 %",
    factId: MAJOR,
  },
  {
    category: "Textiles and apparel",
    direction: "China exports to ASEAN",
    growth: 1.7,
    qualifier: "more than",
    statedAs: "up by more than 70 %",
    factId: MAJOR,
  },
  {
    category: "Plastic and rubber products",
    direction: "China exports to ASEAN",
    growth: 2,
    qualifier: "exact",
    statedAs: "doubled",
    factId: DOUBLED,
  },
  {
    category: "Transport equipment",
    direction: "China exports to ASEAN",
    growth: 2,
    qualifier: "exact",
    statedAs: "doubled",
    factId: DOUBLED,
  },
];

import { cite } from "./sources";
import type { FactSource, FactUnit } from "./types";

/** China and the ASEAN members, ISO 3166-1 alpha-2: the only places these projects lie in. */
export const PROJECT_COUNTRIES = ["CN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"] as const;
export type ProjectCountry = (typeof PROJECT_COUNTRIES)[number];

export type ProjectKind =
  | "railway"
  | "high-speed railway"
  | "urban rail"
  | "expressway"
  | "corridor"
  | "power grid"
  | "submarine cable"
  | "industrial park"
  | "factory";

export type ProjectStatus = "in operation" | "under construction" | "planned";

export interface KeyFigure {
  label: string;
  value: number;
  unit: FactUnit;
  asOf?: string;
}

/** Fields the sources do not state are left out, never estimated. */
export interface Project {
  id: string;
  name: string;
  /** Where the route or site lies, not who financed or built it. */
  countries: readonly ProjectCountry[];
  kind: ProjectKind;
  status?: ProjectStatus;
  lengthKm?: number;
  opened?: string;
  keyFigure?: KeyFigure;
  note?: string;
  source: FactSource;
}

const CORRIDORS = cite("report-chapter1", "Chapter 1, part II, section 1");
const DIGITAL = cite("report-chapter1", "Chapter 1, part II, section 3");
const INVEST = cite("report-chapter1", "Chapter 1, part I, section 2");
const TWIN_PARKS = cite("china-daily-2025", "Piece on China–Malaysia trade");

export const PROJECTS: readonly Project[] = [
  {
    id: "CHINA_LAOS_RAILWAY",
    name: "China–Laos Railway",
    countries: ["CN", "LA"],
    kind: "railway",
    status: "in operation",
    keyFigure: { label: "Freight on the Lao section", value: 4.786, unit: "million tonnes", asOf: "2024" },
    note:
      "Laos's first standard-gauge railway; adds 422.44 km of track in Laos. Four resettlement sites were built " +
      "along the line.",
    source: CORRIDORS,
  },
  {
    id: "JAKARTA_BANDUNG_HSR",
    name: "Jakarta–Bandung High-Speed Railway (Whoosh)",
    countries: ["ID"],
    kind: "high-speed railway",
    status: "in operation",
    keyFigure: { label: "Jakarta–Bandung travel time", value: 46, unit: "minutes" },
    note:
      "First high-speed railway in Indonesia and in Southeast Asia; runs at 350 km/h. Travel took more than three " +
      "hours before.",
    source: CORRIDORS,
  },
  {
    id: "EAST_COAST_RAIL_LINK",
    name: "East Coast Rail Link (ECRL)",
    countries: ["MY"],
    kind: "railway",
    status: "under construction",
    lengthKm: 665,
    note:
      "From Kota Bharu to Port Klang through four states. China Daily (2025) gives more than 600 km and service " +
      "from 2027.",
    source: CORRIDORS,
  },
  {
    id: "PHNOM_PENH_SIHANOUKVILLE_EXPRESSWAY",
    name: "Phnom Penh–Sihanoukville Expressway",
    countries: ["KH"],
    kind: "expressway",
    status: "in operation",
    opened: "October 2022",
    keyFigure: { label: "Travel time, Phnom Penh to Sihanoukville, under", value: 2, unit: "hours" },
    note:
      "Cambodia's first expressway, to its largest deep-water port; construction began in 2019. Travel took five " +
      "hours before.",
    source: CORRIDORS,
  },
  {
    id: "CAT_LINH_HA_DONG_LINE",
    name: "Cat Linh–Ha Dong urban light rail line",
    countries: ["VN"],
    kind: "urban rail",
    status: "in operation",
    note: "Viet Nam's first urban light rail line.",
    source: CORRIDORS,
  },
  {
    id: "CHINA_THAILAND_RAILWAY",
    name: "China–Thailand Railway",
    countries: ["TH"],
    kind: "railway",
    status: "under construction",
    source: CORRIDORS,
  },
  {
    id: "LAO_CAI_HANOI_HAIPHONG_RAILWAY",
    name: "Lao Cai–Hanoi–Haiphong standard-gauge railway",
    countries: ["VN"],
    kind: "railway",
    status: "planned",
    source: CORRIDORS,
  },
  {
    id: "NEW_INTERNATIONAL_LAND_SEA_TRADE_CORRIDOR",
    name: "New International Land-Sea Trade Corridor",
    countries: ["CN", "SG"],
    kind: "corridor",
    status: "in operation",
    keyFigure: { label: "Ports reached worldwide", value: 560, unit: "count", asOf: "end of February 2025" },
    note: "Rail, road and sea transport with Chongqing and Singapore as hubs; reaches 127 countries and regions.",
    source: CORRIDORS,
  },
  {
    id: "CSG_ASEAN_GRID_INTERCONNECTION",
    name: "China Southern Power Grid interconnections with ASEAN",
    countries: ["CN", "VN", "LA", "MM"],
    kind: "power grid",
    status: "in operation",
    keyFigure: { label: "Clean energy's share of the power exchanged, more than", value: 90, unit: "%" },
    note: "Lines of 110 kV or more; the report names Viet Nam, Laos and Myanmar among the countries linked.",
    source: CORRIDORS,
  },
  {
    id: "CHINA_THAILAND_SUBMARINE_CABLE",
    name: "China–Thailand submarine cable",
    countries: ["CN", "TH"],
    kind: "submarine cable",
    note: "Built jointly; gives broadband connectivity between the two countries.",
    source: DIGITAL,
  },
  {
    id: "MIDEA_CHONBURI_PLANT",
    name: "Midea air-conditioner plant, Chonburi",
    countries: ["TH"],
    kind: "factory",
    keyFigure: { label: "Planned yearly output, more than", value: 4, unit: "million units" },
    note: "208,000 square metres; presented as the first smart factory in Southeast Asia with full 5G coverage.",
    source: INVEST,
  },
  {
    id: "CHINA_MALAYSIA_QINZHOU_INDUSTRIAL_PARK",
    name: "China-Malaysia Qinzhou Industrial Park",
    countries: ["CN"],
    kind: "industrial park",
    keyFigure: { label: "Registered enterprises, more than", value: 30000, unit: "enterprises", asOf: "end of 2024" },
    note: 'One of the "Two Countries, Twin Parks" pair; signed investment above 340 billion yuan.',
    source: TWIN_PARKS,
  },
  {
    id: "MALAYSIA_CHINA_KUANTAN_INDUSTRIAL_PARK",
    name: "Malaysia-China Kuantan Industrial Park",
    countries: ["MY"],
    kind: "industrial park",
    keyFigure: { label: "Signed investment, more than", value: 46, unit: "yuan billion", asOf: "end of 2024" },
    note: 'The Malaysian half of the "Two Countries, Twin Parks" pair, in Pahang.',
    source: TWIN_PARKS,
  },
];

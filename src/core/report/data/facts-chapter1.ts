import { cite } from "./sources";
import type { Fact } from "./types";

const at = (where: string) => cite("report-chapter1", where);
const TRADE = at("Chapter 1, part I, section 1");
const FIG1 = at("Chapter 1, part I, section 1; Figure 1");
const FIG2 = at("Chapter 1, part I, section 1; Figure 2");
const INVEST = at("Chapter 1, part I, section 2");
const FIG3 = at("Chapter 1, part I, section 2; Figure 3");
const FIG4 = at("Chapter 1, part I, section 3; Figure 4");
const CORRIDORS = at("Chapter 1, part II, section 1");
const LIVELIHOOD = at("Chapter 1, part II, section 2");
const INNOVATION = at("Chapter 1, part II, section 3");
const PEOPLE = at("Chapter 1, part II, section 4");

const SINCE_RCEP = "since RCEP took effect";
const FIG1_PERIOD = "2019–2024";

/** Headline figures of Chapter 1, in the order the chapter gives them. */
export const CHAPTER1_FACTS: readonly Fact[] = [
  // Part I, section 1: trade
  { id: "ZERO_TARIFF_COVERAGE_PCT", label: "China–ASEAN zero-tariff coverage rate", value: 65, unit: "%", year: null, period: SINCE_RCEP, qualifier: "more than", note: "Stated as having stayed above this level.", source: TRADE },
  { id: "CN_ASEAN_TRADE_2024_USD_BN", label: "China–ASEAN trade in goods, 2024 (US$)", value: 982.34, unit: "US$ billion", year: 2024, qualifier: "exact", source: TRADE },
  { id: "CN_ASEAN_TRADE_2024_YUAN_TN", label: "China–ASEAN trade in goods, 2024 (yuan)", value: 6.99, unit: "yuan trillion", year: 2024, qualifier: "about", note: "Given by the report as the approximate yuan equivalent of the US$ figure.", source: TRADE },
  { id: "CN_ASEAN_TRADE_GROWTH_2024_PCT", label: "Growth of China–ASEAN trade in goods, 2024, year on year", value: 7.8, unit: "%", year: 2024, qualifier: "exact", note: "The report does not say whether this is the US$ or the yuan rate; China Daily gives 9.0 % in yuan.", source: TRADE },
  { id: "LARGEST_PARTNERS_CONSECUTIVE_YEARS_2024", label: "Consecutive years China and ASEAN were each other's largest trading partner", value: 5, unit: "years", year: 2024, qualifier: "exact", source: TRADE },
  { id: "ASEAN_METALS_EXPORTS_TO_CN_GROWTH_2019_2024_TIMES", label: "ASEAN steel and non-ferrous metal exports to China, 2024 vs 2019", value: 3, unit: "times", year: 2024, period: FIG1_PERIOD, qualifier: "more than", source: FIG1 },
  { id: "ASEAN_RESOURCE_EXPORTS_TO_CN_GROWTH_2019_2024_PCT", label: "Growth of ASEAN resource-based exports to China, 2019–2024", value: 50, unit: "%", year: 2024, period: FIG1_PERIOD, qualifier: "more than", note: "Resource-based: agricultural goods, food and beverages, mineral fuels.", source: FIG1 },
  { id: "CN_MAJOR_EXPORTS_TO_ASEAN_GROWTH_2019_2024_PCT", label: "Growth of each of China's three main export groups to ASEAN, 2019–2024", value: 70, unit: "%", year: 2024, period: FIG1_PERIOD, qualifier: "more than", note: "Holds for each of three groups: electromechanical products; chemicals; textiles and apparel.", source: FIG1 },
  { id: "CN_PLASTICS_TRANSPORT_EXPORTS_TO_ASEAN_GROWTH_2019_2024_TIMES", label: "China's plastic, rubber and transport-equipment exports to ASEAN, 2024 vs 2019", value: 2, unit: "times", year: 2024, period: FIG1_PERIOD, qualifier: "exact", note: "Stated as doubling; the exporter is implied by the sentence on China's exports.", source: FIG1 },
  { id: "ASEAN_SHARE_CHINA_2010_PCT", label: "China–ASEAN trade as a share of ASEAN's total trade, 2010", value: 11.5, unit: "%", year: 2010, qualifier: "exact", source: FIG2 },
  { id: "ASEAN_SHARE_CHINA_2023_PCT", label: "China–ASEAN trade as a share of ASEAN's total trade, 2023", value: 20, unit: "%", year: 2023, qualifier: "nearly", source: FIG2 },
  { id: "INTERMEDIATE_GOODS_SHARE_PCT", label: "Intermediate goods as a share of China–ASEAN trade", value: 67, unit: "%", year: null, period: SINCE_RCEP, qualifier: "exact", source: TRADE },
  { id: "SERVICES_FULL_ACCESS_SECTORS_PCT", label: "Service sectors fully open to regional investors under RCEP", value: 65, unit: "%", year: null, qualifier: "more than", source: TRADE },
  { id: "GUANGXI_CROSS_BORDER_ECOMMERCE_FIRMS", label: "Registered cross-border e-commerce firms in Guangxi", value: 100, unit: "enterprises", year: null, qualifier: "more than", source: TRADE },
  { id: "GUANGXI_SMES_HELPED_ABROAD", label: "SMEs helped into international markets by Guangxi's e-commerce firms", value: 1000, unit: "enterprises", year: null, qualifier: "more than", source: TRADE },
  { id: "PINGXIANG_TRADE_GROWTH_JAN_JUL_2024_PCT", label: "Growth of Pingxiang's imports and exports, January–July 2024, year on year", value: 400, unit: "%", year: 2024, period: "January–July 2024", qualifier: "more than", source: TRADE },

  // Part I, section 2: investment
  { id: "RCEP_DISPUTE_CONSULTATION_DAYS", label: "RCEP dispute settlement: consultation period", value: 30, unit: "days", year: null, qualifier: "exact", source: INVEST },
  { id: "RCEP_DISPUTE_PANEL_REVIEW_DAYS", label: "RCEP dispute settlement: panel review", value: 150, unit: "days", year: null, qualifier: "about", note: "RCEP has no appellate stage.", source: INVEST },
  { id: "CN_FDI_STOCK_ASEAN_AVG_GROWTH_PCT", label: "Average annual growth of China's direct investment stock in ASEAN", value: 12, unit: "%", year: null, period: "first two years after RCEP took effect", qualifier: "nearly", source: FIG3 },
  { id: "CN_NONFIN_INVESTMENT_ASEAN_GROWTH_2024_PCT", label: "Growth of China's non-financial investment in ASEAN, 2024", value: 12.6, unit: "%", year: 2024, qualifier: "exact", note: "The report does not say whether this is a flow or a stock.", source: FIG3 },
  { id: "ASEAN_INVESTMENT_IN_CN_ANNUAL_2021_2023_USD_BN", label: "Actual investment by ASEAN in China, each year 2021–2023", value: 10, unit: "US$ billion", year: null, period: "2021–2023", qualifier: "more than", source: FIG3 },
  { id: "ASEAN_INVESTMENT_IN_CN_AVG_GROWTH_2021_2023_PCT", label: "Average annual growth of actual investment by ASEAN in China, 2021–2023", value: 10, unit: "%", year: null, period: "2021–2023", qualifier: "more than", source: FIG3 },
  { id: "MIDEA_THAILAND_PLANT_AREA_SQM", label: "Floor area of Midea's air-conditioner plant in Chonburi, Thailand", value: 208000, unit: "square metres", year: null, qualifier: "exact", source: INVEST },
  { id: "MIDEA_THAILAND_PLANT_CAPACITY_MN_UNITS", label: "Planned yearly output of Midea's air-conditioner plant in Thailand", value: 4, unit: "million units", year: null, qualifier: "more than", source: INVEST },

  // Part I, section 3: regional integration
  { id: "INTRA_RCEP_EXPORT_SHARE_2023_PCT", label: "Share of RCEP members' exports sold within RCEP, 2023", value: 45, unit: "%", year: 2023, qualifier: "exact", source: FIG4 },
  { id: "INTRA_RCEP_EXPORT_SHARE_CHANGE_2020_2023_PP", label: "Change in the intra-RCEP export share, 2020 to 2023", value: 8.9, unit: "percentage points", year: 2023, period: "2020–2023", qualifier: "exact", source: FIG4 },
  { id: "INTRA_RCEP_IMPORT_SHARE_2023_PCT", label: "Share of RCEP members' imports bought within RCEP, 2023", value: 54, unit: "%", year: 2023, qualifier: "nearly", source: FIG4 },
  { id: "INTRA_RCEP_IMPORT_SHARE_CHANGE_2020_2023_PP", label: "Change in the intra-RCEP import share, 2020 to 2023", value: 12.1, unit: "percentage points", year: 2023, period: "2020–2023", qualifier: "exact", source: FIG4 },
  { id: "RCEP_ELECTROMECH_EXTRA_REGIONAL_SHARE_PCT", label: "RCEP-made electromechanical products finally sold outside RCEP", value: 68, unit: "%", year: null, qualifier: "about", source: FIG4 },

  // Part II, section 1: corridors and connectivity
  { id: "ASEAN_MEMBERS_IN_AIIB", label: "ASEAN member states in the Asian Infrastructure Investment Bank", value: 10, unit: "count", year: null, qualifier: "exact", note: "All ten members.", source: CORRIDORS },
  { id: "ECRL_LENGTH_KM", label: "Length of Malaysia's East Coast Rail Link", value: 665, unit: "km", year: null, qualifier: "exact", note: "Under construction; China Daily (2025) gives more than 600 km.", source: CORRIDORS },
  { id: "PP_SHV_EXPRESSWAY_TRAVEL_HOURS", label: "Phnom Penh–Sihanoukville travel time on the expressway", value: 2, unit: "hours", year: null, qualifier: "less than", note: "Down from five hours before the expressway.", source: CORRIDORS },
  { id: "CN_LAOS_RAILWAY_LAOS_LENGTH_KM", label: "Railway length added in Laos by the China–Laos Railway", value: 422.44, unit: "km", year: null, qualifier: "exact", source: CORRIDORS },
  { id: "LAOS_RAIL_PER_CAPITA_WORLD_RANK", label: "Laos's world rank in railway length per person", value: 28, unit: "rank", year: null, qualifier: "exact", note: "Among 149 countries with railways; previously last, now first in ASEAN.", source: CORRIDORS },
  { id: "CN_LAOS_RAILWAY_LAOS_FREIGHT_2024_MN_T", label: "Freight carried on the Lao section of the China–Laos Railway, 2024", value: 4.786, unit: "million tonnes", year: 2024, qualifier: "exact", source: CORRIDORS },
  { id: "CN_LAOS_RAILWAY_LAOS_DESIGN_FREIGHT_MN_T", label: "Design freight capacity of the Lao section, expected to be reached in 2025", value: 5, unit: "million tonnes", year: 2025, qualifier: "exact", note: "A projection: five years ahead of the original schedule.", source: CORRIDORS },
  { id: "CN_LAOS_RAILWAY_COUNTRIES_CONNECTED", label: "Countries and regions the China–Laos Railway now connects", value: 10, unit: "count", year: null, qualifier: "more than", source: CORRIDORS },
  { id: "JAKARTA_BANDUNG_TRAVEL_MINUTES", label: "Jakarta–Bandung travel time by high-speed rail", value: 46, unit: "minutes", year: null, qualifier: "exact", note: "Down from more than three hours.", source: CORRIDORS },
  { id: "JAKARTA_BANDUNG_SPEED_KMH", label: "Commercial speed of the Jakarta–Bandung high-speed railway", value: 350, unit: "km/h", year: null, qualifier: "exact", source: CORRIDORS },
  { id: "ILSTC_PORTS_REACHED_2025", label: "Ports reached by the New International Land-Sea Trade Corridor", value: 560, unit: "count", year: 2025, period: "end of February 2025", qualifier: "exact", source: CORRIDORS },
  { id: "ILSTC_COUNTRIES_REACHED_2025", label: "Countries and regions reached by the New International Land-Sea Trade Corridor", value: 127, unit: "count", year: 2025, period: "end of February 2025", qualifier: "exact", source: CORRIDORS },
  { id: "CSG_CROSS_BORDER_CLEAN_POWER_SHARE_PCT", label: "Clean energy's share of China Southern Power Grid's exchange with ASEAN", value: 90, unit: "%", year: null, qualifier: "more than", note: "Interconnections at 110 kV and above with countries including Viet Nam, Laos and Myanmar.", source: CORRIDORS },

  // Part II, sections 2 to 4: livelihood, innovation, people-to-people exchange
  { id: "JAKARTA_BANDUNG_INDONESIANS_TRAINED", label: "Indonesians trained during construction of the Jakarta–Bandung railway", value: 45000, unit: "people", year: null, qualifier: "exact", note: "The report credits the training to the Laos Railway Vocational and Technical College.", source: LIVELIHOOD },
  { id: "GREEN_TECHNOLOGIES_PLEDGED", label: "Advanced technologies China pledged to ASEAN for the green transition", value: 1000, unit: "count", year: null, qualifier: "exact", source: INNOVATION },
  { id: "EXCHANGE_STUDENTS", label: "Exchange students between China and ASEAN", value: 200000, unit: "people", year: null, qualifier: "more than", source: PEOPLE },
  { id: "ASEAN_LANGUAGES_TAUGHT_IN_CN", label: "Official ASEAN languages offered by Chinese universities", value: 10, unit: "count", year: null, qualifier: "exact", note: "All ten.", source: PEOPLE },
  { id: "CONFUCIUS_INSTITUTES_ASEAN", label: "Confucius Institutes in ASEAN countries", value: 48, unit: "count", year: null, qualifier: "exact", source: PEOPLE },
  { id: "CN_AV_WORKS_IN_ASEAN", label: "Chinese audiovisual works broadcast in ASEAN countries", value: 70, unit: "count", year: null, period: "recent years", qualifier: "more than", note: "Incomplete statistics, as the report says.", source: PEOPLE },
  { id: "CN_AV_EPISODES_IN_ASEAN", label: "Episodes of Chinese audiovisual works broadcast in ASEAN countries", value: 1200, unit: "count", year: null, period: "recent years", qualifier: "more than", note: "Incomplete statistics, as the report says.", source: PEOPLE },
  { id: "ASEAN_AV_PROGRAMMES_IN_CN", label: "ASEAN audiovisual programmes introduced in China", value: 300, unit: "count", year: null, period: "recent years", qualifier: "more than", note: "Incomplete statistics, as the report says.", source: PEOPLE },
  { id: "ASEAN_AV_EPISODES_IN_CN", label: "Episodes of ASEAN audiovisual programmes introduced in China", value: 9500, unit: "count", year: null, period: "recent years", qualifier: "more than", note: "Incomplete statistics, as the report says.", source: PEOPLE },
];

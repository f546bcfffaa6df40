import type { SourceRecord } from "../../src/core/dataset-types";

export const PUBLISHER_GAC = "General Administration of Customs of the People's Republic of China (GAC)";

/** Table sources; quoted figures get one record each, made by the press reader. */
export const SOURCES: Record<string, SourceRecord> = {
  "imf-dots": {
    publisher: "International Monetary Fund (IMF)",
    dataset: "Direction of Trade Statistics (DOTS), annual; exports FOB, imports CIF, US$ millions, 2022 vintage",
    origin:
      "IMF DOTS workbooks as published in GitHub SamLeBlanc/Direction-of-Trade-Map, commit " +
      "a769819d9b25a21a362d6cabfb10f150903f834d",
    licence: "IMF terms of use: reuse with attribution (Source: IMF, Direction of Trade Statistics)",
    note: "Each value is as reported by the reporter; Lao PDR values are IMF estimates.",
  },
  "gac-2024": {
    publisher: PUBLISHER_GAC,
    dataset:
      "Imports and exports by country/region (国别(地区)总值表), December 2024 cumulative, yuan table (10,000 yuan)",
    origin:
      "GAC monthly tables transcribed in GitHub JaviReitano/China-Trade-2024, commit " +
      "872ff9759c44b3ba3f4b6611dd659558497329e7",
    licence: "Official statistics; cite: General Administration of Customs of China",
    note: "China as reporter: exports FOB by destination, imports CIF by origin.",
  },
  "gac-2024-usd-est": {
    publisher: PUBLISHER_GAC,
    dataset:
      "2024 full-year US$ value estimated from GAC's tables: exact US$ January-September plus the yuan fourth " +
      "quarter at 7.1055 yuan per US$",
    origin:
      "GAC monthly tables transcribed in GitHub JaviReitano/China-Trade-2024, commit " +
      "872ff9759c44b3ba3f4b6611dd659558497329e7",
    licence: "Official statistics; cite: General Administration of Customs of China",
    note:
      "Estimate, about 0.1 % above GAC's published US$ figures where those are known; GAC's December US$ table is " +
      "not in the sources. Used for values of US$ 100 million or more; smaller ones are converted from the exact " +
      "yuan values.",
  },
  "gac-2023-derived": {
    publisher: PUBLISHER_GAC,
    dataset: "2023 yuan value derived from GAC's 2024 value and its published year-on-year rate (one decimal)",
    origin:
      "GAC monthly tables transcribed in GitHub JaviReitano/China-Trade-2024, commit " +
      "872ff9759c44b3ba3f4b6611dd659558497329e7",
    licence: "Official statistics; cite: General Administration of Customs of China",
    note: "The rate is published to 0.1 point, so the derived value is accurate to about ±0.05 %.",
  },
  "fred-fx": {
    publisher: "Board of Governors of the Federal Reserve System, via FRED (Federal Reserve Bank of St. Louis)",
    dataset: "China / U.S. Foreign Exchange Rate (AEXCHUS), annual average, yuan per US$",
    origin: "GitHub datasets/exchange-rates, data/annual.csv, commit 6ce89dd2d063b130ab001c0e34933510ec45aac5",
    licence: "ODC Public Domain Dedication and License; FRED data are public",
  },
  ...fdiSources(),
  "country-codes": {
    publisher: "ISO 3166 and UN Statistics Division (M49, UNTERM names)",
    dataset: "country-codes data package",
    origin: "GitHub datasets/country-codes, data/country-codes.csv, commit caa72d1e0e5af8876c170bb36a9e4d64a01bba88",
    licence: "ODC-PDDL",
  },
};

function fdiSources(): Record<string, SourceRecord> {
  const base = {
    publisher: "ASEAN Secretariat, ASEANstats",
    origin:
      "ASEANstats data portal pivot exports, as crawled in GitHub RomySaputraSihananda/craw-aseanstats, commit " +
      "c135cce1f9ba95c8181109a31df3e247ff544962",
    licence: "Attributable public statistics; cite: ASEANstats / ASEAN Secretariat",
    url: "https://data.aseanstats.org/",
  };
  return {
    "aseanstats-fdi-inflow": {
      ...base,
      dataset:
        "Flows of inward foreign direct investment into ASEAN, by host and by source economy, US$ million " +
        "(host-reported)",
      note:
        "Host-reported: investment routed through Hong Kong, Singapore or other hubs is recorded under the " +
        "immediate source, so it differs from MOFCOM's outward figures.",
    },
    "aseanstats-fdi-stock": {
      ...base,
      dataset:
        "Stocks of inward foreign direct investment at year end, by host and source economy, US$ million " +
        "(host-reported)",
      note: "Only eight hosts are in the export (no Lao PDR, no Viet Nam).",
    },
    "aseanstats-fdi-outflow": {
      ...base,
      dataset:
        "Flows of outward foreign direct investment by ASEAN members, by destination, US$ million (reported by " +
        "the investing member)",
    },
    "aseanstats-fdi-outstock": {
      ...base,
      dataset:
        "Stocks of outward foreign direct investment of ASEAN members at year end, by destination, US$ million " +
        "(reported by the investing member)",
    },
  };
}

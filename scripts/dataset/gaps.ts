import type { GapRecord } from "../../src/core/dataset-types";

/** Known holes in the sources, most specific first: the first match explains a missing value. */
export const GAPS: GapRecord[] = [
  {
    reporter: "CN",
    partner: "*",
    from: 2025,
    to: 9999,
    reason: "2025 and later are not in this edition",
  },
  {
    reporter: "CN",
    partner: "*",
    from: 2021,
    to: 2022,
    reason:
      "No GAC table by country is available for 2021-2022; only official headline figures quoted by grade A/B " +
      "sources are bundled",
  },
  {
    reporter: "CN",
    partner: "*",
    from: 2023,
    to: 2023,
    reason:
      "For 2023 only yuan values derived from GAC's 2024 year-on-year rates and a few quoted headline figures " +
      "are bundled",
  },
  {
    reporter: "*",
    partner: "*",
    from: 2021,
    to: 9999,
    reason:
      "The IMF DOTS extract ends in 2020 and no later statistics of this reporter are bundled, except a few " +
      "quoted headline figures",
  },
  {
    reporter: "*",
    partner: "*",
    from: 0,
    to: 1999,
    reason: "Bundled trade statistics start in 2000",
  },
];

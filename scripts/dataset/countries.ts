import type { CountryRecord, GroupRecord } from "../../src/core/dataset-types";
import { readCsv } from "./csv";

export const ASEAN_MEMBERS = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];

export const GROUPS: Record<string, GroupRecord> = {
  ASEAN: {
    en: "ASEAN",
    zh: "东盟",
    aliases: ["Association of Southeast Asian Nations", "ASEAN-10", "ASEAN10", "东南亚国家联盟", "東盟"],
    members: ASEAN_MEMBERS,
  },
  RCEP: {
    en: "RCEP",
    zh: "区域全面经济伙伴关系协定",
    aliases: ["Regional Comprehensive Economic Partnership", "RCEP-15", "RCEP15", "RCEP成员"],
    members: [...ASEAN_MEMBERS, "CN", "JP", "KR", "AU", "NZ"],
  },
  WORLD: {
    en: "World",
    zh: "世界",
    aliases: ["W00", "Total", "All", "Global", "全球", "总值", "World total"],
    members: null,
  },
};

/** Names people type that neither ISO nor UNTERM spell. */
const EXTRA_ALIASES: Record<string, string[]> = {
  CN: ["PRC", "Mainland China", "People's Republic of China", "Chinese Mainland", "中国大陆", "中华人民共和国"],
  VN: ["Vietnam", "Viet Nam", "越南"],
  LA: ["Laos", "Lao PDR", "Lao", "老挝"],
  MM: ["Burma", "Myanmar", "缅甸"],
  KR: ["South Korea", "Korea", "Korea, Rep.", "Republic of Korea", "韩国"],
  KP: ["North Korea", "DPRK", "朝鲜"],
  BN: ["Brunei", "文莱"],
  KH: ["Cambodia", "Kampuchea", "柬埔寨"],
  PH: ["Philippines", "the Philippines", "菲律宾"],
  ID: ["Indonesia", "印尼", "印度尼西亚"],
  SG: ["新加坡"],
  TH: ["Siam", "泰国"],
  MY: ["马来西亚"],
  JP: ["日本"],
  AU: ["澳大利亚", "澳洲"],
  NZ: ["新西兰"],
  US: ["USA", "U.S.", "United States", "United States of America", "America", "美国"],
  GB: ["UK", "United Kingdom", "Britain", "Great Britain", "英国"],
  RU: ["Russia", "俄罗斯"],
  AE: ["UAE", "阿联酋"],
  HK: ["Hong Kong", "Hong Kong SAR", "中国香港", "香港"],
  MO: ["Macao", "Macau", "中国澳门", "澳门"],
  TW: ["Taiwan", "中国台湾", "台湾"],
  IN: ["印度"],
  DE: ["德国"],
};

/** Where the common short name is an abbreviation, the name spelled out. */
const DISPLAY_NAME: Record<string, string> = { US: "United States", GB: "United Kingdom" };

/** Economies the sources report that have no ISO 3166 row. */
const EXTRA_ECONOMIES: CountryRecord[] = [
  ["EU", "EUU", "European Union", "欧盟", ["EU-27", "EU27", "欧洲联盟"]],
  ["EA", "EMU", "Euro Area", "欧元区", ["Eurozone", "Euro zone"]],
];

/** GAC's own Chinese and English names win for display where they exist: they are what users of
 *  China's statistics see, e.g. 韩国 rather than 大韩民国. */
function gacNames(rawDir: string): Map<string, { zh: string; en: string }> {
  const names = new Map<string, { zh: string; en: string }>();
  for (const row of readCsv(rawDir, "gac-2024-country-table/gac_2024_full_year_by_country.csv")) {
    if (/^[A-Z]{2}$/.test(row["code"])) names.set(row["code"], { zh: row["name_zh"], en: row["name_en"] });
  }
  return names;
}

const clean = (s: string | undefined): string => (s ?? "").replace(/\s*\(the\)\s*/g, " ").trim();

export function buildCountries(rawDir: string): CountryRecord[] {
  const gac = gacNames(rawDir);
  const out: CountryRecord[] = [];
  for (const row of readCsv(rawDir, "country-codes/country-codes.csv")) {
    const code = row["ISO3166-1-Alpha-2"];
    if (!/^[A-Z]{2}$/.test(code)) continue;
    const gacName = gac.get(code);
    // HK, MO and TW are named as GAC names them ("Hong Kong, China"); elsewhere the common English name.
    const en =
      DISPLAY_NAME[code] ??
      (["HK", "MO", "TW"].includes(code) && gacName
        ? gacName.en
        : clean(row["CLDR display name"]) || clean(row["official_name_en"]));
    const zh = gacName?.zh || clean(row["UNTERM Chinese Short"]) || clean(row["official_name_cn"]);
    const aliases = [
      clean(row["UNTERM English Short"]),
      clean(row["official_name_en"]),
      clean(row["UNTERM English Formal"]),
      clean(row["UNTERM Chinese Short"]),
      clean(row["official_name_cn"]),
      gacName?.en ?? "",
      ...(EXTRA_ALIASES[code] ?? []),
    ];
    const unique = [...new Set(aliases.filter((a) => a !== "" && a !== en && a !== zh))];
    out.push([code, row["ISO3166-1-Alpha-3"], en, zh, unique]);
  }
  out.push(...EXTRA_ECONOMIES);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * The report catalogue in Chinese: each item's title, subtitle, unit, source and data notes, column
 * headers and chart titles, and the words its tables hold (categories, directions, country names). A
 * built figure is put into Chinese as a whole (figureIn), so the pane's preview and the Excel writer,
 * which both render the Figure, insert the same Chinese; numbers, formulas and codes are never touched.
 * Units are named as the numbers are: US$ billion is 十亿美元 (1 亿 is 100 million), 亿元 only where the
 * values are in 100 million yuan. Established terms: 区域全面经济伙伴关系协定 (RCEP), 海上丝绸之路,
 * 中国—东盟.
 */
import type { Language } from "../../i18n/language";
import { CATALOGUE } from "./catalog";
import { REPORT_WORDS_ZH } from "./report-words-zh";
import { WORDS_ZH } from "./table-words-zh";
import type { CatalogueGroup, Figure, FigureCell, FigureHeading } from "./figure-types";

/** Chinese names of countries and groups by their English names (the core's Codes know both). */
export type NameLookup = (english: string) => string | undefined;

interface ItemText {
  readonly title: string;
  readonly subtitle: string;
  readonly unit: string;
  readonly sourceNote: string;
  readonly dataNote?: string;
  readonly unavailable?: { readonly reason: string; readonly publisher: string };
}

const REPORT_ZH = "新华研究院，《区域全面经济伙伴关系协定与海上丝绸之路愿景：中国—东盟合作新前沿》（2025）";

export const GROUP_ZH: Readonly<Record<CatalogueGroup, string>> = {
  "Report figures": "报告图表",
  "Trade tables": "贸易表格",
  "Headline figures": "主要数据",
  Projects: "项目",
};

export const FIGURE_TEXT_ZH: Readonly<Record<string, ItemText>> = {
  "figure-1-categories": {
    title: "图 1. 2019 年和 2024 年中国—东盟主要类别货物贸易",
    subtitle: "2024 年为 2019 年的倍数，按报告所述（报告称“超过”之处为下限）",
    unit: "2019 年数值的倍数",
    sourceNote: `来源：${REPORT_ZH}，第一章，图 1（增长表述）。`,
    dataNote: "内置数据没有分产品数据，不含各类别数值：表中为报告所述的增长，报告称“超过”之处为下限。",
  },
  "figure-2-asean-partner-shares": {
    title: "图 2. 东盟主要贸易伙伴在东盟货物贸易总额中所占比重，2010—2023 年",
    subtitle: "根据东盟十国自己报告的贸易（IMF DOTS）计算，中国的首尾年份采用报告所述数值",
    unit: "占东盟货物贸易总额的百分比",
    sourceNote:
      "来源：国际货币基金组织，《贸易方向统计》（东盟成员为报告方）；" +
      `${REPORT_ZH}，图 2（报告所述数值）。由 ASEAN Data 加载项计算。`,
    dataNote: "内置的 IMF 摘录止于 2020 年：2021—2023 年为 #N/A。报告给出 2010 年为 11.5%，2023 年近 20%。",
  },
  "figure-3-investment": {
    title: "图 3. 中国—东盟双向投资，2010—2022 年",
    subtitle: "东盟东道国报告的中国对东盟直接投资，及其在东盟吸收外国直接投资中所占比重",
    unit: "十亿美元；占东盟外国直接投资流入的百分比",
    sourceNote: "来源：东盟秘书处，东盟统计（ASEANstats），按来源经济体分的东盟外国直接投资流入（东道方报告）。",
    dataNote:
      "另一方向，即东盟对华投资（商务部统计），不在内置来源中；报告称 2021—2023 年每年超过 100 亿美元" +
      '（=ASEAN.FACT("ASEAN_INVESTMENT_IN_CN_ANNUAL_2021_2023_USD_BN")）。东盟统计快照尚未包含 2023 年。',
  },
  "figure-4-intra-rcep": {
    title: "图 4. 区域全面经济伙伴关系协定（RCEP）区域内与区域外货物贸易比重，2010—2023 年",
    subtitle: "RCEP 成员与其他 RCEP 成员之间的进出口比重，根据各成员自己的报告计算，2023 年采用报告数值",
    unit: "占 RCEP 成员贸易的百分比",
    sourceNote:
      "来源：国际货币基金组织，《贸易方向统计》（RCEP 十五个成员为报告方）；" +
      `${REPORT_ZH}，图 4（2023 年）。由 ASEAN Data 加载项计算。`,
    dataNote:
      "只有十五个成员均报告与其他每个成员的贸易时，才计算该年；2020 年及之前部分年份缺少文莱—老挝和" +
      "澳大利亚—越南的数据，且 IMF 摘录止于 2020 年。2023 年按报告所述。",
  },
  "figure-5-msr-trade-index": {
    title: "图 5. 2016 年以来的海上丝绸之路贸易指数",
    subtitle: "海上丝绸之路沿线贸易的月度指数",
    unit: "指数点",
    sourceNote: `来源：${REPORT_ZH}，图 5。`,
    unavailable: {
      reason: "该指数序列未在任何内置来源中公布（公开引用的只有一个月度读数），因此无法插入。",
      publisher: "宁波航运交易所，海上丝绸之路贸易指数（STI），属海上丝绸之路指数系列",
    },
  },
  "china-asean-trade-1991-2024": {
    title: "中国—东盟货物贸易，1991—2024 年",
    subtitle: "中国报告的与东盟十国的贸易，含出口、进口和增长率",
    unit: "十亿美元；增长率按美元值计算的百分比",
    sourceNote:
      "来源：国际货币基金组织，《贸易方向统计》（2000—2020 年）；中国海关总署（2021—2024 年，公布数据及表格数据）；" +
      "1991 年按《金边邮报》（新华社）所述。",
    dataNote:
      "1992—1999 年不在内置来源中。只公布了总额的年份缺少出口和进口数据" +
      "（2021—2023 年的美元值部分按 FRED 年平均汇率由人民币值推算）。",
  },
  "china-asean-members-2024": {
    title: "2024 年中国与东盟各成员的贸易",
    subtitle: "按贸易总额排序，中国海关口径",
    unit: "十亿美元",
    sourceNote: "来源：中国海关总署，2024 年分国别表格（除公布了美元数值的以外，美元值由人民币表格估算）。",
  },
  "headline-figures": {
    title: "报告的主要数据",
    subtitle: "每项数据及其供 =ASEAN.FACT() 使用的编号，按报告及相关文章所述",
    unit: "按各行所述",
    sourceNote: `来源：${REPORT_ZH}，第一章，以及各行引用的文章。`,
  },
  "connectivity-projects": {
    title: "标志性互联互通项目",
    subtitle: "报告介绍的铁路、走廊和园区",
    unit: "按各行所述",
    sourceNote: `来源：${REPORT_ZH}，第一章，以及各行引用的文章。`,
  },
};

/** The line under a figure's title that names its unit, in the figure's language. */
export const unitLine = (figure: Pick<Figure, "unit" | "language">): string =>
  figure.language === "zh" ? `单位：${figure.unit}` : `Unit: ${figure.unit}`;

/** Notes the tables add about their own values. */
function noteZh(note: string): string {
  return note.replace(
    new RegExp(
      "([^.]+?) \\((US\\$|yuan)\\): for (.+?) the two years' (?:US\\$|yuan) values come from different releases " +
        "\\(the formula builder cites both\\), so a change of source moves the rate too\\.",
      "g",
    ),
    (_all, header: string, currency: string, years: string) => {
      const cur = currency === "US$" ? "美元" : "人民币";
      return `${WORDS_ZH[header] ?? header}（${cur}）：${years} 年两个年份的${cur}数值来自不同的发布（公式生成器会分别引用），来源的变化也会影响增长率。`;
    },
  );
}

/** A catalogue item's own words in the language asked for. */
export function headingIn<H extends FigureHeading>(h: H, language: Language): H {
  if (language === "en") return h;
  const text = FIGURE_TEXT_ZH[h.id];
  return {
    ...h,
    group: GROUP_ZH[h.group] ?? h.group,
    ...(text
      ? {
          title: text.title,
          subtitle: text.subtitle,
          unit: text.unit,
          sourceNote: text.sourceNote,
          ...(h.dataNote !== undefined ? { dataNote: text.dataNote ?? h.dataNote } : {}),
        }
      : {}),
  } as H;
}

const zhWord = (w: string): string | undefined => WORDS_ZH[w] ?? REPORT_WORDS_ZH[w];
const word = (w: string, names: NameLookup): string => zhWord(w) ?? names(w) ?? w;

/** A text cell in Chinese: a country name, a known word, or a list of country names; anything else as it is. */
function cellIn(cell: FigureCell, names: NameLookup): FigureCell {
  if (typeof cell.value !== "string" || cell.value === "") return cell;
  const v = cell.value;
  const whole = zhWord(v) ?? names(v);
  if (whole) return { ...cell, value: whole };
  if (v.includes(", ")) {
    const parts = v.split(", ");
    const zh = parts.map((p) => names(p));
    if (zh.every((p) => p !== undefined)) return { ...cell, value: zh.join("、") };
  }
  return cell;
}

/** A built figure in the language asked for: the same numbers, formulas and layout, with Chinese words. */
export function figureIn(figure: Figure, language: Language, names: NameLookup): Figure {
  if (language === "en") return figure;
  const heading = headingIn(figure, language);
  const spec = FIGURE_TEXT_ZH[figure.id];
  const builtNote = figure.dataNote;
  // The built data note is the item's own note followed by what the table adds about its values.
  const ownNote = builtNote && spec?.dataNote ? spec.dataNote : undefined;
  const english = CATALOGUE.find((s) => s.id === figure.id)?.dataNote;
  const added = builtNote !== undefined && english !== undefined ? builtNote.slice(english.length).trim() : builtNote;
  const dataNote =
    builtNote === undefined ? undefined : [ownNote, added ? noteZh(added) : undefined].filter(Boolean).join("");
  const chart = figure.chart && {
    ...figure.chart,
    xTitle: word(figure.chart.xTitle, names),
    yTitle: word(figure.chart.yTitle, names),
    ...(figure.chart.y2Title !== undefined ? { y2Title: word(figure.chart.y2Title, names) } : {}),
  };
  return {
    ...heading,
    language,
    ...(dataNote ? { dataNote } : {}),
    ...(figure.unavailable && spec?.unavailable ? { unavailable: spec.unavailable } : {}),
    columns: figure.columns.map((c) => ({ ...c, header: word(c.header, names) })),
    rows: figure.rows.map((row) => row.map((cell) => cellIn(cell, names))),
    ...(chart ? { chart } : {}),
  };
}

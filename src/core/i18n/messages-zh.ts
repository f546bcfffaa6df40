/**
 * Chinese for the add-in's messages and citations (the core's, and the Excel writers' reasons for not
 * inserting). They are composed in English, sentence by sentence, from a small set of shapes; each shape
 * here has its Chinese, with the parts it names (a country, a flow, a year, a parameter) put into Chinese
 * too. A sentence of no known shape stays as it is, so a message is never lost: the tests hold every
 * message the functions and the insert refusals produce to a known shape.
 * Codes, formulas, quoted inputs and source titles stay as written.
 */
import { checkErrorZh } from "../exercise/messages-zh";
import { FUNCTION_TEXT_ZH } from "./function-text-zh";
import type { Language } from "./language";

/** Chinese names of the countries and groups, by their English names (the core's Codes know both). */
export type NameLookup = (english: string) => string | undefined;

interface Ctx {
  readonly name: (english: string) => string;
}

type Rule = readonly [RegExp, (m: RegExpMatchArray, c: Ctx) => string];

const FLOW_ZH: Record<string, string> = {
  total: "贸易总额",
  trade: "贸易",
  exports: "出口",
  imports: "进口",
  balance: "贸易差额",
  "total trade": "贸易总额",
  "trade balance": "贸易差额",
};
export const flowZh = (f: string): string => FLOW_ZH[f] ?? f;

const STATUS_ZH: Record<string, string> = {
  reported: "官方报告",
  derived: "推算",
  published: "官方公布",
  estimated: "估算",
  "more than": "超过",
  about: "约",
  nearly: "近",
  rounded: "整数",
};
export const statusZh = (s: string): string =>
  s.replace(/^(\w+)(?: \(([^)]+)\))?$/, (_all, st: string, q?: string) =>
    q ? `${STATUS_ZH[st] ?? st}（${STATUS_ZH[q] ?? q}）` : (STATUS_ZH[st] ?? st),
  );

const UNIT_ZH: Record<string, string> = {
  "US$ billion": "十亿美元",
  "US$ million": "百万美元",
  US$: "美元",
  "billion yuan": "十亿元",
  "100 million yuan (亿元)": "亿元",
  yuan: "元",
};
const MEASURE_ZH: Record<string, string> = {
  "FDI inflows (host-reported)": "直接投资流入（东道方报告）",
  "inward FDI stock (host-reported)": "吸收直接投资存量（东道方报告）",
  "outward FDI flows (reported by the investor)": "对外直接投资流量（投资方报告）",
  "outward FDI stock (reported by the investor)": "对外直接投资存量（投资方报告）",
};
const measureZh = (m: string): string => MEASURE_ZH[m] ?? m;

export const unitZh = (u: string): string => UNIT_ZH[u] ?? u;

/** Parameter names as the Chinese metadata shows them, by their English names. */
const PARAM_ZH: Record<string, string> = {};
for (const text of Object.values(FUNCTION_TEXT_ZH))
  for (const [en, p] of Object.entries(text.params)) PARAM_ZH[en] ??= p.name;
const param = (en: string): string => (PARAM_ZH[en] ? `${PARAM_ZH[en]}（${en}）` : en);

const listZh = (s: string): string => s.replace(/, /g, "、").replace(/ and (\d+) more$/, " 等另 $1 项");
const wordsZh = (s: string): string =>
  s
    .split(/, | and /)
    .map(flowZh)
    .join("、");

/** The reasons the dataset gives for its gaps. */
const REASONS: Record<string, string> = {
  "2025 and later are not in this edition": "本版本不含 2025 年及以后的数据",
  ["No GAC table by country is available for 2021-2022; only official headline figures quoted by grade A/B " +
  "sources are bundled"]: "海关总署 2021—2022 年没有分国别表格；只内置了 A/B 级来源引用的官方总量数据",
  "For 2023 only yuan values derived from GAC's 2024 year-on-year rates and a few quoted headline figures are bundled":
    "2023 年只内置了由海关总署 2024 年同比增速推算的人民币数值及少量引用的总量数据",
  ["The IMF DOTS extract ends in 2020 and no later statistics of this reporter are bundled, except a few " +
  "quoted headline figures"]: "IMF DOTS 摘录止于 2020 年，此后该报告方的统计除少量引用的总量数据外均未内置",
  "Bundled trade statistics start in 2000": "内置贸易统计始于 2000 年",
  "The source has no value for that year": "来源没有该年的数值",
};

const HEDGES: Record<string, string> = {
  "The source gives it as a lower bound: more than this figure.": "来源给出的是下限：超过此数。",
  "The source gives it as approximate: about this figure.": "来源给出的是约数：约为此数。",
  "The source gives it as nearly this figure.": "来源给出的是接近此数的数值。",
  "The source gives it as a round figure.": "来源给出的是整数。",
  "It is computed from figures their sources hedge, so it is approximate.":
    "由来源注明为约数的数据计算而得，故为约数。",
  "Both values come from the same release:": "两个数值来自同一次发布：",
  "The two values come from different releases, so the change of source moves the ratio too:":
    "两个数值来自不同的发布，来源的变化也会影响比率：",
  "The gap needs both sides' figures.": "差额需要双方的数据。",
  "A share of a balance has no meaning.": "贸易差额的比重没有意义。",
  "flow: MIRROR compares total, exports or imports.": "流向（flow）：MIRROR 只比较贸易总额、出口或进口。",
  "flow: a share of a balance has no meaning; use total, exports or imports.":
    "流向（flow）：贸易差额的比重没有意义；请使用 total、exports 或 imports。",
  "This is a fault in the add-in; please report the formula.": "这是加载项的故障；请报告该公式。",
  // The FDI tables' own notes, cited with their values.
  ["Host-reported: investment routed through Hong Kong, Singapore or other hubs is recorded under the " +
  "immediate source, so it differs from MOFCOM's outward figures."]:
    "东道方报告：经香港、新加坡或其他枢纽转投的投资记在直接来源名下，因此与商务部的对外投资数据不同。",
  "Only eight hosts are in the export (no Lao PDR, no Viet Nam).": "导出数据中只有八个东道方（没有老挝和越南）。",
  ['Inflows by source are published for ASEAN as a whole (host "ASEAN"); for a single host only the total from ' +
  '"WORLD", and inward stocks (measure "stock").']:
    "按来源的流入只公布东盟整体（东道方“ASEAN”）的数据；单个东道方只有来自“WORLD”的总额，以及吸收投资存量（指标“stock”）。",
  ["ASEANstats covers investment into ASEAN and its members (2010–2022) and ASEAN members' outward investment " +
  "(2019–2022)."]: "东盟统计涵盖对东盟及其成员的投资（2010–2022 年）以及东盟成员的对外投资（2019–2022 年）。",
};

const DONE_ZH: Record<string, string> = {
  repaired: "修复",
  recalculated: "重新计算",
  restored: "恢复",
  converted: "转换",
};

/** What to do instead, after "Nothing was written:". */
const NEXT_STEPS: Record<string, string> = {
  "select an empty area or insert on a new sheet": "请选择一块空白区域，或插入到新工作表",
  "unprotect it (Review > Unprotect Sheet) or insert on a new sheet":
    "请撤销保护（审阅 > 撤销工作表保护），或插入到新工作表",
  "insert at the selection instead, or unprotect the workbook (Review > Protect Workbook)":
    "请改为插入到所选位置，或撤销工作簿保护（审阅 > 保护工作簿）",
  "unmerge them, select another area, or insert on a new sheet": "请取消合并，选择其他区域，或插入到新工作表",
  "select an area outside it or insert on a new sheet": "请选择表格之外的区域，或插入到新工作表",
  "select an empty cell": "请选择一个空单元格",
  "insert on a new sheet or on a sheet without tables": "请插入到新工作表，或没有表格的工作表",
  "unprotect it (Review > Unprotect Sheet) or select a cell on another sheet":
    "请撤销保护（审阅 > 撤销工作表保护），或选择其他工作表上的单元格",
};

/** The Excel versions a requirement set needs, as src/excel/requirements.ts names them. */
const VERSIONS_ZH: Record<string, string> = {
  "Excel 2016 or later, or Microsoft 365": "Excel 2016 或更高版本，或 Microsoft 365",
  "Excel 2019 or later, or Microsoft 365": "Excel 2019 或更高版本，或 Microsoft 365",
  "Excel 2021 or later, or Microsoft 365": "Excel 2021 或更高版本，或 Microsoft 365",
  "Excel 2024 or Microsoft 365": "Excel 2024 或 Microsoft 365",
  "an up-to-date Microsoft 365": "最新的 Microsoft 365",
};
const versionsZh = (v: string): string => VERSIONS_ZH[v] ?? v;
const namesZh = (s: string): string => s.replace(/, /g, "、");

/** "US$6.05 trillion", "5.67 trillion yuan" (the dataset's notes name figures so): digits kept, unit in Chinese. */
const AMOUNT = "(?:US\\$)?[\\d.,-]+ (?:million|billion|trillion|× 10,000|× 10\\^\\d+)(?: yuan)?";
const SCALE_ZH: Record<string, string> = { million: "百万", billion: "十亿", trillion: "万亿", "× 10,000": "万" };
function amountZh(a: string): string {
  const m = /^(US\$)?([\d.,-]+) (.+?)( yuan)?$/.exec(a);
  if (!m) return a;
  return `${m[2]} ${SCALE_ZH[m[3]] ?? m[3]}${m[1] ? "美元" : "元"}`;
}
/** "(Published figure quoted by …, grade A)": the source's title as published, its grade in Chinese. */
const gradedZh = (s: string): string => s.replace(/, grade ([A-D])$/, "，$1 级");
/** One quote the notes name: "US$190.2 billion (about) (grade C, not bundled, profilbaru.com)". */
const QUOTE = `(${AMOUNT})(?: \\((more than|about|nearly|rounded)\\))? \\(grade ([A-D])(, not bundled)?, ([^()]+)\\)`;
const quotesZh = (list: string): string =>
  [...list.matchAll(new RegExp(QUOTE, "g"))]
    .map(
      (q) => `${amountZh(q[1])}${q[2] ? `（${STATUS_ZH[q[2]]}）` : ""}（${q[3]} 级${q[4] ? "，未收录" : ""}，${q[5]}）`,
    )
    .join("；");
/** One flow's figure in a list: "exports US$87.4 billion (profilbaru.com)". */
const FLOW_ITEM = `(total|exports|imports|balance) (${AMOUNT}) \\(([^()]+)\\)`;
const flowItemsZh = (list: string): string =>
  [...list.matchAll(new RegExp(FLOW_ITEM, "g"))].map((q) => `${flowZh(q[1])} ${amountZh(q[2])}（${q[3]}）`).join("，");
/** A list of one pattern, as a pattern: the parts inside it are not captured. */
const listOf = (item: string, separator: string): string => {
  const bare = item.replace(/(?<!\\)\((?!\?)/g, "(?:");
  return `(${bare}(?:${separator}${bare})*)`;
};

const R = "(.+?)";
const RULES: readonly Rule[] = [
  // Missing data: what is missing, why, and what exists instead.
  [
    /^No (.+?)-reported (trade|exports|imports|trade balance) (?:with|to|from) (.+) for (\d{1,4})\.$/,
    (m, c) => `${c.name(m[1])}报告的数据中没有 ${m[4]} 年与${c.name(m[3])}的${flowZh(m[2])}。`,
  ],
  [
    /^The group needs every member and these are missing: (.+)\.$/,
    (m) => `组别的数值需要全部成员的数据，缺少：${listZh(m[1])}。`,
  ],
  [/^Covered years: (.+)\.$/, (m) => `有数据的年份：${m[1]}。`],
  [/^For (\d{1,4}) the source publishes only: (.+)\.$/, (m) => `${m[1]} 年来源只公布了：${wordsZh(m[2])}。`],
  [
    new RegExp(`^${R}-reported (\\w+) data with ${R}: (.+)\\.$`),
    (m, c) => `${c.name(m[1])}报告的与${c.name(m[3])}的${flowZh(m[2])}数据：${m[4]}。`,
  ],
  [
    new RegExp(`^${R} reports no (\\w+) data with ${R}\\.$`),
    (m, c) => `${c.name(m[1])}没有报告与${c.name(m[3])}的${flowZh(m[2])}数据。`,
  ],
  [new RegExp(`^${R}-reported value: (.+)\\.$`), (m, c) => `${c.name(m[1])}报告的数值：${m[2]}。`],
  [
    new RegExp(`^No ${R}-reported (\\w+) data with ${R} in those years; it covers (.+)\\.$`),
    (m, c) => `${c.name(m[1])}报告的与${c.name(m[3])}的${flowZh(m[2])}数据不含这些年份；有数据的年份为 ${m[4]}。`,
  ],
  [
    new RegExp(`^No ${R}-reported (\\w+) data with ${R}( in any year)?\\.$`),
    (m, c) => `没有${c.name(m[1])}报告的与${c.name(m[3])}的${flowZh(m[2])}数据${m[4] ? "（任何年份均无）" : ""}。`,
  ],
  [
    new RegExp(`^${R} reports no (\\w+) data by partner in any year\\.$`),
    (m, c) => `${c.name(m[1])}在任何年份都没有报告分伙伴${flowZh(m[2])}数据。`,
  ],
  [
    new RegExp(`^No ${R}-reported (\\w+) data by partner(?: in ${R})? for (\\d{1,4})\\.$`),
    (m, c) => `没有${c.name(m[1])}报告的 ${m[4]} 年${m[3] ? `${c.name(m[3])}内` : ""}分伙伴${flowZh(m[2])}数据。`,
  ],
  [
    new RegExp(`^No ${R}-reported (trade|\\w+) with the world (?:in any year|for (\\d{1,4}))\\.$`),
    (m, c) => `没有${c.name(m[1])}报告的${m[3] ? ` ${m[3]} 年` : ""}对世界${flowZh(m[2])}数据。`,
  ],
  [new RegExp(`^No ${R}-reported value for (\\d{1,4})\\.$`), (m, c) => `没有${c.name(m[1])}报告的 ${m[2]} 年数值。`],
  [
    new RegExp(`^Neither ${R} nor ${R} has a (\\d{1,4}) figure for this flow in the bundled data\\.$`),
    (m, c) => `内置数据中，${c.name(m[1])}和${c.name(m[2])}都没有该流向 ${m[3]} 年的数据。`,
  ],
  [
    new RegExp(`^Years with ${R}'s figure: (.+); with ${R}'s: (.*)\\.$`),
    (m, c) => `${c.name(m[1])}有数据的年份：${m[2] || "无"}；${c.name(m[3])}有数据的年份：${m[4] || "无"}。`,
  ],
  [
    new RegExp(
      "^(\\d{1,4})–(\\d{1,4}) reaches years without any data \\(a series spans at most (\\d+) years\\); " +
        "(.+?)-reported (\\w+) data with (.+) cover (.+)\\.$",
    ),
    (m, c) =>
      `${m[1]}–${m[2]} 年包含没有任何数据的年份（序列最多 ${m[3]} 年）；` +
      `${c.name(m[4])}报告的与${c.name(m[6])}的${flowZh(m[5])}数据覆盖 ${m[7]}。`,
  ],
  [
    /^No yuan rate for (\d{1,4}); the bundled series covers (.+)\.$/,
    (m) => `没有 ${m[1]} 年的人民币汇率；内置序列覆盖 ${m[2]}。`,
  ],
  [/^No yuan rate for (\d{1,4}) to convert with\.$/, (m) => `没有 ${m[1]} 年的人民币汇率可用于换算。`],
  [
    new RegExp(`^${R}'s (\\w+) with ${R} are zero in (\\d{1,4})\\.$`),
    (m, c) => `${m[4]} 年${c.name(m[1])}与${c.name(m[3])}的${flowZh(m[2])}为零。`,
  ],
  [/^Growth is undefined from (.+) to (.+)\.$/, (m) => `从 ${m[1]} 到 ${m[2]} 的增长率没有定义。`],
  [/^No headline figure of the report has the id (.+?)\.$/, (m) => `报告中没有编号为 ${m[1]} 的主要数据。`],
  [/^(\w+) describes (.+)\.$/, (m) => `${m[1]} 描述的是 ${m[2]}。`],
  [/^It covers (.+)\.$/, (m) => `有数据的年份为 ${m[1]}。`],
  [
    new RegExp(`^No ASEANstats (.+?) from ${R} into ${R}(?: for (\\d{1,4}))?\\.$`),
    (m, c) => `东盟统计没有${m[4] ? ` ${m[4]} 年` : ""}${c.name(m[2])}对${c.name(m[3])}的${measureZh(m[1])}数据。`,
  ],
  [/^Available for this pair: (.+)\.$/, (m) => `该组合可用的数据：${m[1].replace(/measure "(\w+)"/g, "指标“$1”")}。`],
  [
    /^ASEANstats (publishes no breakdown|publishes only part of the breakdown) by (source|destination) of (.+)$/,
    (m) =>
      `东盟统计${m[1].includes("only") ? "只公布了部分" : "没有公布"}` +
      `按${m[2] === "source" ? "来源" : "目的地"}的细分：${m[3]}`,
  ],
  [/^=ASEAN\.FACTS\(\) lists every id\.$/, () => "=ASEAN.FACTS() 列出全部编号。"],
  // Arguments not understood.
  [
    /^(\w+): is required, e\.g\. (.+); (.+) lists every id\.$/,
    (m) => `${param(m[1])}：必须填写，例如 ${m[2]}；${m[3]} 列出全部编号。`,
  ],
  [/^(\w+): is required, e\.g\. (.+)\.$/, (m) => `${param(m[1])}：必须填写，例如 ${m[2].replace(/ or /g, "、")}。`],
  [/^(\w+): (.+) is not a known country or group\.$/, (m) => `${param(m[1])}：${m[2]} 不是已知的国家或组别。`],
  [/^Did you mean (.+)\?$/, (m) => `您是否要找 ${m[1].replace(/, /g, "、")}？`],
  [
    /^Use an ISO code .+ or a group .+\.$/,
    () => `请使用 ISO 代码（"MY"、"MYS"）、名称（"Malaysia"、"马来西亚"）或组别（"ASEAN"、"RCEP"、"WORLD"）。`,
  ],
  [
    /^(\w+): (.+) is not a country; use a code or name such as (.+)\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是国家；请使用代码或名称，例如 ${m[3].replace(/ or /g, "、")}。`,
  ],
  [
    /^(\w+): (.+) is a date \((.+)\) in Excel's numbering, not a year; use YEAR\(\) of the date, e\.g\. (\d+)\.$/,
    (m) => `${param(m[1])}：${m[2]} 在 Excel 的编号中是日期（${m[3]}），不是年份；请对日期使用 YEAR()，例如 ${m[4]}。`,
  ],
  [
    /^(\w+): (.+) is not a year; use a whole year such as 2024, or "latest"\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是年份；请使用 2024 这样的整数年份，或"latest"。`,
  ],
  [
    /^(\w+): (.+) is not a flow; use (.+)\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是贸易流向；请使用 ${m[3].replace(/ or /g, "、").replace(/, /g, "、")}。`,
  ],
  [
    /^(\w+): (.+) is not a unit; use (.+)\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是单位；请使用 ${m[3].replace(/, /g, "、")}。`,
  ],
  [
    /^(\w+): (.+) is not a whole number from (\d+) to (\d+)\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是 ${m[3]} 到 ${m[4]} 之间的整数。`,
  ],
  [/^(\w+): (.+) is not one of (.+)\.$/, (m) => `${param(m[1])}：${m[2]} 不是以下之一：${m[3].replace(/, /g, "、")}。`],
  [
    /^(\w+): (.+) is not a list of options such as (.+)\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是选项列表，例如 ${m[3]}。`,
  ],
  [/^(\w+): (.+) is not an option; use (.+)\.$/, (m) => `${param(m[1])}：${m[2]} 不是选项；请使用 ${m[3]}。`],
  [
    /^(\w+): (.+) is not a figure's id; ids are text such as (.+)\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是数据编号；编号是文本，例如 ${m[3]}。`,
  ],
  [
    /^(\w+): (.+) is not a group of countries; use (.+), or leave it out\.$/,
    (m) => `${param(m[1])}：${m[2]} 不是国家组别；请使用 ${m[3].replace(/ or /g, "、")}，或省略。`,
  ],
  [
    /^(\w+): (.+) is the reporter itself; choose another partner\.$/,
    (m) => `${param(m[1])}：${m[2]} 就是报告方本身；请选择其他伙伴方。`,
  ],
  [/^(\w+): (.+) is the partner itself\.$/, (m) => `${param(m[1])}：${m[2]} 就是伙伴方本身。`],
  [
    /^(\w+): (.+) is the reporter itself; use "WORLD" or a group\.$/,
    (m) => `${param(m[1])}：${m[2]} 就是报告方本身；请使用"WORLD"或某一组别。`,
  ],
  [/^(\w+): (\d+) must be before year \((\d+)\)\.$/, (m) => `${param(m[1])}：${m[2]} 必须早于年份（${m[3]}）。`],
  [/^(\w+): (\d+) is before from \((\d+)\)\.$/, (m) => `${param(m[1])}：${m[2]} 早于起始年份（${m[3]}）。`],
  [
    /^(\w+): expects one value, not a range of (\d+) cells\.$/,
    (m) => `${param(m[1])}：需要一个值，而不是 ${m[2]} 个单元格的区域。`,
  ],
  [/^(\w+): expects (?:one|a single) value\.$/, (m) => `${param(m[1])}：需要一个值。`],
  [
    new RegExp(
      "^(\\w+): expects one value, not a range of (\\d+) cells; ASEAN\\.(\\w+) (spills a table of its own, so each " +
        "of its arguments takes one value|takes ranges only for (.+))\\.$",
    ),
    (m) =>
      `${param(m[1])}：需要一个值，而不是 ${m[2]} 个单元格的区域；` +
      (m[5]
        ? `ASEAN.${m[3]} 只有${m[5].split(" and ").map(param).join("和")}接受区域。`
        : `ASEAN.${m[3]} 自行溢出一张表，因此每个参数只接受一个值。`),
  ],
  [
    new RegExp(
      "^No (\\w+) for this cell: the \\1 range is (\\d+ × \\d+) and the results (\\d+ × \\d+); a range repeats " +
        "only along a side of 1 cell, so ranges of other sizes must match\\.$",
    ),
    (m) =>
      `此单元格没有对应的${param(m[1])}：${param(m[1])}区域为 ${m[2]}，结果为 ${m[3]}；` +
      "区域只能沿只有 1 个单元格的一边重复，其他大小的区域必须一致。",
  ],
  [
    /^(\w+): a range must have rows of equal length; this one has rows of different lengths\.$/,
    (m) => `${param(m[1])}：区域的各行必须一样长；此区域各行长短不一。`,
  ],
  [/^(\w+): (.+) is not a usable number\.$/, (m) => `${param(m[1])}：${m[2]} 不是可用的数字。`],
  [
    /^(\w+): (.+) is a text of ([\d,]+) characters, longer than any value it takes\.$/,
    (m) => `${param(m[1])}：${m[2]} 是长达 ${m[3]} 个字符的文本，比它接受的任何值都长。`,
  ],
  [/^No result: (.+)\.$/, (m) => `没有结果：${m[1]}。`],
  [/^Unexpected problem: (.+)$/, (m) => `意外问题：${m[1]}`],
  // Inserting into a workbook: why nothing was written, and what an insert left out.
  [/^The figure needs (.+) to be empty, but (.+) holds data\.$/, (m) => `图表需要 ${m[1]} 为空，但 ${m[2]} 中有数据。`],
  [
    /^The sheet (.+) is protected, so Excel would refuse every cell of the figure\.$/,
    (m) => `工作表 ${m[1]} 受保护，Excel 会拒绝写入图表的每个单元格。`,
  ],
  [
    /^The workbook's structure is protected, so Excel adds no sheet to it\.$/,
    () => "工作簿结构受保护，Excel 无法添加工作表。",
  ],
  [
    new RegExp(
      "^The figure needs (.+), which meets merged cells \\((.+)\\): text written there would be hidden and a " +
        "table cannot hold them\\.$",
    ),
    (m) => `图表需要 ${m[1]}，其中有合并单元格（${m[2]}）：写入的文字会被隐藏，表格也无法包含合并单元格。`,
  ],
  [/^The figure needs (.+), which reaches into the table (.+)\.$/, (m) => `图表需要 ${m[1]}，会伸入表格 ${m[2]}。`],
  [/^(\S+) is not empty\.$/, (m) => `${m[1]} 不为空。`],
  [/^The sheet (.+) is protected\.$/, (m) => `工作表 ${m[1]} 受保护。`],
  [/^There is no formula to insert\.$/, () => "没有可插入的公式。"],
  [
    /^Excel is not available here: open the add-in in Excel to insert formulas\.$/,
    () => "此处无法使用 Excel：请在 Excel 中打开加载项以插入公式。",
  ],
  [/^Nothing was written: (.+?)\.?$/, (m) => `未写入任何内容：${NEXT_STEPS[m[1]] ?? m[1]}。`],
  [/^This figure has no chart: the table was inserted on its own\.$/, () => "此图没有图表：只插入了表格。"],
  [
    new RegExp(
      "^No empty area of (\\d+) by (\\d+) points was found beside or below the table, so the chart was left out " +
        "rather than drawn over your data: insert on a new sheet to have it\\.$",
    ),
    (m) =>
      `表格旁边或下方没有 ${m[1]} × ${m[2]} 磅的空白区域，因此没有插入图表，以免覆盖您的数据：插入到新工作表即可得到图表。`,
  ],
  [
    /^Excel is not available here: open the add-in in Excel to insert figures\.$/,
    () => "此处无法使用 Excel：请在 Excel 中打开加载项以插入图表。",
  ],
  [/^Excel stopped the insert part-way \((.+)\)\.$/, (m) => `Excel 在插入中途停止（${m[1]}）。`],
  [
    /^What it had written was removed again: nothing of the figure remains\.$/,
    () => "已写入的内容已被删除：图表没有任何残留。",
  ],
  [
    /^Values the source gives as “more than” have a dashed outline; their labels say “more than” in (.+)\.$/,
    (m) => `来源表述为“超过”的数值带虚线边框；在 ${versionsZh(m[1])} 中其标签显示“超过”。`,
  ],
  // What an older Excel cannot do with a figure's chart, and so what the insert left out.
  [
    new RegExp(
      "^This version of Excel cannot draw (a secondary axis|a chart type per series and a secondary axis) " +
        "\\(that needs (.+?)\\), so the chart shows (.+) as columns without (.+); the table has every column\\.$",
    ),
    (m) =>
      `此版本的 Excel 无法绘制${m[1] === "a secondary axis" ? "次坐标轴" : "按系列设置的图表类型和次坐标轴"}` +
      `（需要 ${versionsZh(m[2])}），因此图表只以柱形显示 ${namesZh(m[3])}，不含 ${namesZh(m[4])}；表格包含全部列。`,
  ],
  [
    new RegExp(
      "^In this version of Excel a chart takes one block of adjacent columns \\(more needs (.+?)\\), " +
        "so it leaves out (.+)\\.$",
    ),
    (m) =>
      `在此版本的 Excel 中，图表只能使用一块相邻的列（更多需要 ${versionsZh(m[1])}），` +
      `因此未包含 ${namesZh(m[2])}。`,
  ],
  [
    new RegExp(
      "^In this version of Excel the chart's category axis is numbered 1, 2, 3\\.\\.\\. instead of showing (.+) " +
        "\\(that needs (.+)\\)\\.$",
    ),
    (m) => `在此版本的 Excel 中，图表的分类轴显示为 1、2、3……，而不是${m[1]}（需要 ${versionsZh(m[2])}）。`,
  ],
  [
    new RegExp(
      "^This version of Excel cannot mark single points of a chart \\(that needs (.+?)\\), so values the source " +
        "gives as “(.+?)” are drawn like the others; the table says which they are\\.$",
    ),
    (m) =>
      `此版本的 Excel 无法标记图表中的单个数据点（需要 ${versionsZh(m[1])}），` +
      `因此来源表述为“${STATUS_ZH[m[2]] ?? m[2]}”的数值与其他数值画法相同；表格会注明是哪些。`,
  ],
  [
    /^Axis number formats need (.+): the chart's value axis uses Excel's default format\.$/,
    (m) => `坐标轴数字格式需要 ${versionsZh(m[1])}：图表的数值轴使用 Excel 的默认格式。`,
  ],
  [
    /^Inserting figures needs (.+) \(Windows, Mac or the web\); this version of Excel is older\.$/,
    (m) => `插入图表需要 ${versionsZh(m[1])}（Windows、Mac 或网页版）；此版本的 Excel 较旧。`,
  ],
  [/^Formulas from the formula builder still work here\.$/, () => "公式生成器中的公式在此仍可使用。"],
  [
    new RegExp(
      "^This version of Excel cannot tell in advance where the tables on (.+?) \\((.+)\\) lie " +
        "\\(that needs (.+?)\\), " +
        "and a figure meeting one would stop half-way\\.$",
    ),
    (m) =>
      `此版本的 Excel 无法事先得知 ${m[1]} 上的表格（${namesZh(m[2])}）的位置（需要 ${versionsZh(m[3])}），` +
      `图表若与之相遇会中途停止。`,
  ],
  // The workbook's ASEAN cells: converting, restoring, repairing, recalculating.
  [
    /^Recalculated (\d+) ASEAN cells? on (.+) with the add-in's current data\.$/,
    (m) => `已按加载项当前的数据重新计算 ${m[2]} 上的 ${m[1]} 个 ASEAN 单元格。`,
  ],
  [/^No ASEAN formulas to recalculate in this workbook\.$/, () => "此工作簿中没有需要重新计算的 ASEAN 公式。"],
  [
    /^Every ASEAN formula in this workbook is working: nothing needed repair\.$/,
    () => "此工作簿中的每个 ASEAN 公式都正常：无需修复。",
  ],
  [
    /^Repaired (\d+) ASEAN cells? \((.+)\): their formulas are entered again and compute with the add-in\.$/,
    (m) => `已修复 ${m[1]} 个 ASEAN 单元格（${m[2]}）：其公式已重新输入，并由加载项计算。`,
  ],
  [
    /^Converted (\d+) ASEAN formulas? \((\d+) cells?\) on (.+) to values\.$/,
    (m) => `已将 ${m[3]} 上的 ${m[1]} 个 ASEAN 公式（${m[2]} 个单元格）转为数值。`,
  ],
  [/^Each is listed with its source on the sheet (.+)\.$/, (m) => `每个都连同出处列在工作表 ${m[1]} 上。`],
  [
    /^No ASEAN formulas to convert in (this workbook|the selection)\.$/,
    (m) => `${m[1] === "this workbook" ? "此工作簿" : "所选区域"}中没有需要转换的 ASEAN 公式。`,
  ],
  [
    /^Nothing to restore: this workbook has no converted cells listed on a sheet (.+)\.$/,
    (m) => `没有需要恢复的内容：此工作簿没有在工作表 ${m[1]} 上列出的已转换单元格。`,
  ],
  [/^Excel is not available here: open the add-in in Excel\.$/, () => "此处无法使用 Excel：请在 Excel 中打开加载项。"],
  [/^The sheets (.+) are protected\.$/, (m) => `工作表 ${m[1]} 受保护。`],
  [
    new RegExp(
      "^Nothing was (repaired|recalculated|restored|converted): unprotect (?:it|them) " +
        "\\(Review > Unprotect Sheet\\) and try again\\.$",
    ),
    (m) => `未${DONE_ZH[m[1]] ?? m[1]}任何内容：请撤销保护（审阅 > 撤销工作表保护）后重试。`,
  ],
  // Prepare for sharing and Restore live formulas: what they did, and why they stopped.
  [/^No formula was restored\.$/, () => "没有恢复任何公式。"],
  [/^Restored (\d+) ASEAN formulas? \((\d+) cells?\)\.$/, (m) => `已恢复 ${m[1]} 个 ASEAN 公式（${m[2]} 个单元格）。`],
  [
    new RegExp(
      "^(\\d+) converted cells? (?:was|were) changed since and keeps? what is there now, so (?:its formula stays|" +
        "their formulas stay) listed on the sheet (.+?): (.+)\\.$",
    ),
    (m) =>
      `${m[1]} 个已转换的单元格此后被修改过，保留现有内容，因此其公式仍列在工作表 ${m[2]} 上：` +
      `${listZh(m[3].replace(/ \(was (.+?), now (.+?)\)/g, "（原为 $1，现为 $2）"))}。`,
  ],
  [
    /^(\d+) listed cells? cannot be restored, as (?:its|their) sheet or formula row is gone: (.+)\.$/,
    (m) => `${m[1]} 个列出的单元格无法恢复，因为其工作表或公式所在行已不存在：${listZh(m[2])}。`,
  ],
  [
    /^This needs ExcelApi (.+) or later, which this version of Excel does not support\.$/,
    (m) => `此操作需要 ExcelApi ${m[1]} 或更高版本，此版本的 Excel 不支持。`,
  ],
  [
    /^Excel stopped after restoring (\d+) of (\d+) formulas \((.+)\)\.$/,
    (m) => `Excel 在恢复 ${m[2]} 个公式中的 ${m[1]} 个后停止（${m[3]}）。`,
  ],
  [
    /^The rest stay listed on the sheet (.+): run Restore live formulas again\.$/,
    (m) => `其余公式仍列在工作表 ${m[1]} 上：请再次运行“恢复实时公式”。`,
  ],
  [
    /^Restored (\d+) formulas, then Excel stopped \((.+)\)\.$/,
    (m) => `已恢复 ${m[1]} 个公式，随后 Excel 停止（${m[2]}）。`,
  ],
  [
    /^Nothing was (repaired|recalculated|restored|converted): Excel could not read the workbook \((.+)\)\.$/,
    (m) => `未${DONE_ZH[m[1]] ?? m[1]}任何内容：Excel 无法读取工作簿（${m[2]}）。`,
  ],
  [
    /^The sheets? (.+?) (?:is|are) protected and holds? ASEAN formulas\.$/,
    (m) => `工作表 ${m[1]} 受保护，其中有 ASEAN 公式。`,
  ],
  [
    /^The sheet (.+) is protected, so the sources of converted cells cannot be listed there\.$/,
    (m) => `工作表 ${m[1]} 受保护，无法在其中列出已转换单元格的出处。`,
  ],
  [/^Nothing was converted: unprotect it and try again\.$/, () => "未转换任何内容：请撤销保护后重试。"],
  [
    /^The workbook's structure is protected, so the sheet (.+) cannot be added to list the sources\.$/,
    (m) => `工作簿结构受保护，无法添加用于列出出处的工作表 ${m[1]}。`,
  ],
  [
    /^Nothing was converted: unprotect the workbook \(Review > Protect Workbook\) and try again\.$/,
    () => "未转换任何内容：请撤销工作簿保护（审阅 > 保护工作簿）后重试。",
  ],
  [
    /^(\d+) of them hold an error value \(such as #N\/A where there is no data\), kept as it is\.$/,
    (m) => `其中 ${m[1]} 个是错误值（例如没有数据时的 #N/A），按原样保留。`,
  ],
  [
    new RegExp(
      "^(\\d+) cells? still shows? #NAME\\? because the workbook was saved without the add-in; repair them " +
        "first \\(Repair ASEAN formulas\\) to convert them too\\.$",
    ),
    (m) => `${m[1]} 个单元格仍显示 #NAME?，因为工作簿保存时没有加载项；请先修复（修复 ASEAN 公式），再一并转换。`,
  ],
  [
    /^(\d+) cells? shows? #NAME\? instead: repair them first \(Repair ASEAN formulas\)\.$/,
    (m) => `有 ${m[1]} 个单元格显示 #NAME?：请先修复（修复 ASEAN 公式）。`,
  ],
  [
    /^Excel stopped after (\d+) of (\d+) cells \((.+)\)\.$/,
    (m) => `Excel 在转换 ${m[2]} 个单元格中的 ${m[1]} 个后停止（${m[3]}）。`,
  ],
  [
    new RegExp(
      "^Every cell converted so far is listed on the sheet (.+), so Restore live formulas can put it back; " +
        "run this again to convert the rest\\.$",
    ),
    (m) => `已转换的单元格都列在工作表 ${m[1]} 上，“恢复实时公式”可以将其恢复；请再次运行以转换其余单元格。`,
  ],
  // The workbook's language setting.
  [
    /^This version of Excel cannot keep settings in a workbook \(ExcelApi (.+)\)\.$/,
    (m) => `此版本的 Excel 无法在工作簿中保存设置（ExcelApi ${m[1]}）。`,
  ],
  [/^The language was not saved: (.+)\.$/, (m) => `语言设置未保存：${m[1]}。`],
  // Exercises: writing one, exporting its key, opening the sealed key, checking its charts.
  [
    /^Checking charts needs ExcelApi (.+?) \((.+)\)\.$/,
    (m) => `检查图表需要 ExcelApi ${m[1]}（${versionsZh(m[2])}）。`,
  ],
  [
    /^(.+) is not an exercise sheet: open the exercise's sheet\.$/,
    (m) => `${m[1]} 不是练习工作表：请打开练习所在的工作表。`,
  ],
  [/^The charts could not be read: (.+)$/, (m) => `无法读取图表：${m[1]}`],
  [
    /^Excel is not available here: open the add-in in Excel to write exercises\.$/,
    () => "此处无法使用 Excel：请在 Excel 中打开加载项以编写练习。",
  ],
  [/^Writing exercises needs (.+)\.$/, (m) => `编写练习需要 ${versionsZh(m[1])}。`],
  [/^Choose a trainer passphrase of at least (\d+) characters\.$/, (m) => `请设置至少 ${m[1]} 个字符的培训师口令。`],
  [/^Excel is not available here\.$/, () => "此处无法使用 Excel。"],
  [
    /^Excel stopped writing the exercise \((.+)\); nothing of it remains\.$/,
    (m) => `Excel 在写入练习时停止（${m[1]}）；练习没有任何残留。`,
  ],
  [
    /^Excel stopped writing the exercise \((.+)\); check for the sheets (.+) and (.+)\.$/,
    (m) => `Excel 在写入练习时停止（${m[1]}）；请检查工作表 ${m[2]} 和 ${m[3]}。`,
  ],
  [
    /^(.+) is not an exercise sheet: open the exercise's sheet first\.$/,
    (m) => `${m[1]} 不是练习工作表：请先打开练习所在的工作表。`,
  ],
  [/^The key sheet of (.+) holds no sealed answers\.$/, (m) => `${m[1]} 的答案键工作表中没有密封的答案。`],
  [/^The answer key could not be read: (.+)$/, (m) => `无法读取答案键：${m[1]}`],
  [/^This sheet holds no sealed answer key\.$/, () => "此工作表中没有密封的答案键。"],
  [/^The sealed answer key is damaged\.$/, () => "密封的答案键已损坏。"],
  [/^Wrong passphrase, or the sealed answer key was changed\.$/, () => "口令错误，或密封的答案键已被修改。"],
  [/^No catalogue item "(.+)"\.$/, (m) => `目录中没有“${m[1]}”这一项。`],
  [/^Pick at least one kind of task\.$/, () => "请至少选择一种题型。"],
  [
    /^The number of tasks must be a whole number from (\d+) to (\d+)\.$/,
    (m) => `题目数量必须是 ${m[1]} 到 ${m[2]} 之间的整数。`,
  ],
  [/^The data behind “(.+)” hold no (\w+) task\.$/, (m) => `“${m[1]}”的数据无法生成 ${m[2]} 类题目。`],
  // Citations.
  [
    new RegExp(
      `^${R}-reported (total trade|exports|imports|trade balance) with ${R}, (\\d{1,4}), (.+); status: (.+)\\.$`,
    ),
    (m, c) =>
      `${c.name(m[1])}报告的与${c.name(m[3])}的${flowZh(m[2])}，${m[4]} 年，${unitZh(m[5])}；状态：${statusZh(m[6])}。`,
  ],
  [
    new RegExp(`^ASEANstats (.+?) from ${R} into ${R}, (\\d{1,4}), (.+)\\.$`),
    (m, c) => `东盟统计${c.name(m[2])}对${c.name(m[3])}的${measureZh(m[1])}，${m[4]} 年，${unitZh(m[5])}。`,
  ],
  [
    new RegExp(
      `^${R}'s share of ${R}-reported (trade|exports|imports) (?:with|to|from) ${R}, (\\d{1,4}), ` +
        "both values in (US\\$|yuan): (.+)\\.$",
    ),
    (m, c) =>
      `${c.name(m[1])}在${c.name(m[2])}报告的对${c.name(m[4])}${flowZh(m[3])}中所占比重，${m[5]} 年，` +
      `两个数值均以${m[6] === "yuan" ? "人民币" : "美元"}计：${m[7]}。`,
  ],
  [
    new RegExp(
      `^(Year-on-year|Compound annual) growth of ${R}-reported (trade|exports|imports) (?:with|to|from) ` +
        `${R}, (\\d{1,4}) over (\\d{1,4})(?: \\((\\d+) years\\))?, both values in (US\\$|yuan): (.+)\\.$`,
    ),
    (m, c) =>
      `${c.name(m[2])}报告的对${c.name(m[4])}${flowZh(m[3])}` +
      `${m[1] === "Year-on-year" ? "同比增长率" : `年均复合增长率（${m[7]} 年）`}，${m[5]} 年相对 ${m[6]} 年，` +
      `两个数值均以${m[8] === "yuan" ? "人民币" : "美元"}计：${m[9]}。`,
  ],
  [
    new RegExp(
      "^In (.+?), exports \\(([\\d.-]+)\\) and imports \\(([\\d.-]+)\\) (add up to|leave a balance of) ([\\d.-]+), " +
        "([\\d.]+) (less|more) than the (total|balance) \\(([\\d.-]+)\\): more than the figures' rounding " +
        "explains(; exports and imports are converted at the year's average rate, the (?:total|balance) is " +
        "published in (US\\$|yuan))?\\.$",
    ),
    (m) =>
      `以${unitZh(m[1])}计，出口（${m[2]}）与进口（${m[3]}）${m[4] === "add up to" ? "相加为" : "相减为"} ${m[5]}，` +
      `比${flowZh(m[8])}（${m[9]}）${m[7] === "less" ? "少" : "多"} ${m[6]}：超出数据取整所能解释的范围` +
      `${m[10] ? `；出口和进口按当年平均汇率换算，${flowZh(m[8])}以${m[11] === "yuan" ? "人民币" : "美元"}公布` : ""}。`,
  ],
  // The dataset's notes on a value: how it was derived, and what other sources give.
  [
    new RegExp(`^From the total, (${AMOUNT}) \\(([^()]+)\\), and the balance, (${AMOUNT}) \\(([^()]+)\\)\\.$`),
    (m) => `由贸易总额 ${amountZh(m[1])}（${gradedZh(m[2])}）与贸易差额 ${amountZh(m[3])}（${gradedZh(m[4])}）推算。`,
  ],
  [
    new RegExp(
      `^The (rounder|hedged) figure (${AMOUNT}) \\(([^()]+)\\) (agrees within|differs by more than) its rounding\\.$`,
    ),
    (m) =>
      `${m[1] === "rounder" ? "取整较粗的" : "带限定语的"}数值 ${amountZh(m[2])}（${gradedZh(m[3])}）` +
      `${m[4] === "agrees within" ? "在其取整范围内与之相符" : "与之相差超出其取整范围"}。`,
  ],
  [new RegExp(`^Other sources give ${listOf(QUOTE, "; ")}\\.$`), (m) => `其他来源给出：${quotesZh(m[1])}。`],
  [
    new RegExp(`^Grade C sources, not bundled, give ${listOf(FLOW_ITEM, ", ")}\\.$`),
    (m) => `未收录的 C 级来源给出：${flowItemsZh(m[1])}。`,
  ],
  [/^Source: (.+)\.$/, (m) => `来源：${m[1].replace(/, grade ([A-D])/g, "，$1 级")}。`],
  [
    /^Published in (.+)\.$/,
    (m) => `原始数据以${unitZh(m[1]).replace("USD", "美元").replace("CNY", "人民币").replace(" and ", "和")}公布。`,
  ],
  [/^Converted at (.+) yuan per US\$ \((.+)\)\.$/, (m) => `按每美元 ${m[1]} 元换算（${m[2]}）。`],
  [
    /^Sum over members \((\d+) values\), as the source has no figure for the group\.$/,
    (m) => `成员合计（${m[1]} 个数值），因来源没有该组别的数据。`,
  ],
  [/^ASEAN data edition (.+?)\.$/, (m) => `ASEAN 数据集版本 ${m[1]}。`],
];

/** Where one sentence ends and the next begins: ". ", "? " or "! " before a capital, a quote or a digit, but
 *  not after an abbreviation ("e.g.", "U.S." in a source's title, "St." in a name); and before each of a ratio's
 *  numbered parts, "…: (1) …". */
const BOUNDARY = /(?<=[.?!])(?<!e\.g\.|U\.S\.|St\.)\s+(?=[A-Z"(\d=])|(?<=:)\s+(?=\(\d\) )/g;
/** A quoted input (src/core/text.ts quoteInput), its own double quotes doubled. */
const QUOTED = /"(?:[^"]|"")*"/g;

/** A message's sentences. What a user typed is quoted in it and may hold anything, so no boundary is looked
 *  for inside quotes. */
function sentences(text: string): string[] {
  const masked = text.replace(QUOTED, (q) => `"${"x".repeat(q.length - 2)}"`);
  const out: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(BOUNDARY)) {
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

function translateSentence(sentence: string, c: Ctx): string | undefined {
  // A numbered part of a ratio's citation, "(1) …": the number stays, the part is translated.
  const numbered = /^(\(\d\) )(.+)$/s.exec(sentence);
  if (numbered) {
    const part = translateSentence(numbered[2], c);
    return part === undefined ? undefined : `${numbered[1]}${part}`;
  }
  const s = sentence;
  const exact = HEDGES[s] ?? (REASONS[s.replace(/\.$/, "")] ? `${REASONS[s.replace(/\.$/, "")]}。` : undefined);
  if (exact) return exact;
  // CHECK's own messages have their Chinese in the exercise texts, key for key.
  const check = /^(\w+): (.+)$/.exec(s);
  const checkZh = check && checkErrorZh(check[2]);
  if (check && checkZh) return `${param(check[1])}：${checkZh}`;
  for (const [re, to] of RULES) {
    const m = re.exec(s);
    if (m) return to(m, c);
  }
  return undefined;
}

/** The sentences of a message that have no Chinese (the tests keep this empty for every message). */
export function untranslated(message: string, names: NameLookup): string[] {
  const c: Ctx = { name: (en) => names(en) ?? en };
  return sentences(message).filter((s) => translateSentence(s, c) === undefined);
}

/** A message or citation of the core in the language asked for; English is how the core writes them. */
export function messageIn(message: string, language: Language, names: NameLookup): string {
  if (language === "en") return message;
  const c: Ctx = { name: (en) => names(en) ?? en };
  // Chinese sentences join without a space; an English one kept as written (a source's note) keeps its spaces.
  return sentences(message)
    .map((s) => {
      const t = translateSentence(s, c);
      return { text: t ?? s, kept: t === undefined };
    })
    .map((p, i, all) => (i > 0 && (p.kept || all[i - 1].kept) ? ` ${p.text}` : p.text))
    .join("");
}

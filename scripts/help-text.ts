/**
 * The help page's own words in English and Chinese; function descriptions come from the metadata of the
 * language (functions.json or functions-zh-CN.json), and messages shown beside examples from the core.
 */
import type { Language } from "../src/core/i18n/language";

export interface HelpText {
  readonly lang: string;
  readonly title: string;
  readonly intro: (edition: string) => string;
  readonly contents: string;
  readonly errorsLink: string;
  readonly dataLink: string;
  readonly coverageLink: string;
  readonly examples: string;
  readonly optional: string;
  readonly argument: string;
  readonly meaning: string;
  readonly spills: string;
  /** Said of functions that give one result per cell of a range argument. */
  readonly ranges: string;
  readonly rowsInAll: (n: number) => string;
  readonly resultOf: (formula: string) => string;
  readonly errors: string;
  readonly data: (quoted: number, table: string) => string;
  readonly sources: string;
  readonly publisher: string;
  readonly dataset: string;
  readonly licence: string;
  readonly coverage: string;
  readonly coverageIntro: string;
  readonly asReporter: (name: string, code: string) => string;
  readonly partner: string;
  readonly yearsWithTotal: string;
  readonly noData: string;
  readonly otherLanguage: { readonly href: string; readonly label: string; readonly lang: string };
  /** The examples' descriptions in this language, by function id, in the registry's order; English uses the
   *  registry's own. */
  readonly exampleWhat?: Readonly<Record<string, readonly string[]>>;
}

const EN: HelpText = {
  lang: "en",
  title: "ASEAN Data — function help",
  intro: (edition) =>
    `China–ASEAN trade and investment figures in Excel, from a bundled, cited dataset (edition ${edition}). ` +
    "No network needed.\nEvery example below shows the result the function returns.",
  contents: "Contents",
  errorsLink: "Errors",
  dataLink: "The data",
  coverageLink: "Coverage",
  examples: "Examples",
  optional: "(optional)",
  argument: "Argument",
  meaning: "Meaning",
  spills: "Spills into neighbouring cells.",
  ranges: "A range in any argument gives one result per cell, e.g. ten partners in B2:B11 give ten values.",
  rowsInAll: (n) => `… ${n} rows in all.`,
  resultOf: (formula) => `Result of ${formula}`,
  errors: `<section id="errors">
<h2>When a cell shows an error</h2>
<p>Hover over an error cell (or select it and open the error indicator) to read its message.</p>
<dl>
<dt><code>#N/A</code></dt><dd>No such data, as when <code>XLOOKUP</code> finds nothing: a year, pair, flow or figure id
the bundled sources do not have. The message says why and what exists instead, e.g. the years a pair covers;
<code>=ASEAN.LATEST(reporter, partner)</code> gives the newest year.</dd>
<dt><code>#VALUE!</code></dt><dd>An argument of the wrong kind, and the message names it: a country or group not known
(the message suggests the closest names), a fraction as a year, a date where a year belongs (45658 is 1 January
2025: use <code>YEAR(A1)</code>), an unknown flow or unit. Codes (<code>MY</code>, <code>MYS</code>), English names
(<code>Malaysia</code>) and Chinese names (<code>马来西亚</code>) all work. A spilling function whose arguments are
wrong shows one error cell with its message.</dd>
<dt><code>#NAME?</code></dt><dd>Excel does not know the <code>ASEAN.</code> functions in this workbook: the add-in is
not loaded. Open it from <strong>Home › ASEAN Data</strong> (or install it again), then recalculate with
<kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>F9</kbd>. The pane's Workbook view repairs formulas saved where the add-in was not
loaded.</dd>
<dt><code>#BUSY!</code></dt><dd>Excel is still loading the add-in; it clears by itself within a few seconds. If it
stays, close and reopen the workbook.</dd>
<dt><code>#SPILL!</code></dt><dd>A function that spills (SERIES, PARTNERS, MIRROR, COUNTRIES, FACTS), or one given
a range, needs empty cells below or beside it: clear them, or move the formula.</dd>
</dl>
<p>Messages follow Office's display language: in Chinese Office they are in Chinese.</p>
</section>`,
  data: (quoted, table) => `<section id="data">
<h2>The data</h2>
<p>Every value is as the reporter's own statistics record it, and carries a source and a status:
<strong>reported</strong> (an official table), <strong>derived</strong> (computed from official figures: a sum,
a conversion, a year-on-year rate), <strong>published</strong> (an official headline figure quoted by a grade A or B
source) or <strong>estimated</strong> (a documented estimate). Where no source has a value, functions return
<code>#N/A</code> with what exists instead. <code>=ASEAN.SOURCE(...)</code> cites any value.</p>
${table}
<p>Plus ${quoted} published figures, each cited with its page by <code>ASEAN.SOURCE</code>.</p>
</section>`,
  sources: "Sources",
  publisher: "Publisher",
  dataset: "Dataset",
  licence: "Licence",
  coverage: "Coverage",
  coverageIntro: `<p>Years in which <code>ASEAN.TRADE(reporter, partner, year)</code> returns a total, for each
reporter: open one to see its partners. The letter after the years is the status of the values: R reported, P
published, D derived, E estimated. China also reports 2023 and 2024 values with about 240 more partners (GAC
table), and groups (ASEAN, RCEP) are summed from their members where the source has no figure for them.</p>`,
  asReporter: (name, code) => `${name} (${code}) as reporter`,
  partner: "Partner",
  yearsWithTotal: "Years with a total (status)",
  noData: "no data",
  otherLanguage: { href: "help-zh-CN.html", label: "中文帮助", lang: "zh-CN" },
};

const ZH: HelpText = {
  lang: "zh-CN",
  title: "ASEAN Data — 函数帮助",
  intro: (edition) =>
    `在 Excel 中使用中国—东盟贸易与投资数据，数据来自内置且注明出处的数据集（版本 ${edition}），无需联网。\n` +
    "下列每个示例都显示函数返回的结果。函数名与英文版相同（与 Excel 内置函数一样），公式在任何语言的 Excel 中都通用。",
  contents: "目录",
  errorsLink: "错误",
  dataLink: "数据",
  coverageLink: "覆盖范围",
  examples: "示例",
  optional: "（可选）",
  argument: "参数",
  meaning: "含义",
  spills: "结果溢出到相邻单元格。",
  ranges: "任一参数为区域时，每个单元格各得一个结果，例如 B2:B11 中的十个伙伴得到十个数值。",
  rowsInAll: (n) => `……共 ${n} 行。`,
  resultOf: (formula) => `${formula} 的结果`,
  errors: `<section id="errors">
<h2>单元格显示错误时</h2>
<p>将鼠标悬停在错误单元格上（或选中它并打开错误指示器）即可阅读其说明。</p>
<dl>
<dt><code>#N/A</code></dt><dd>没有这样的数据，就像 <code>XLOOKUP</code> 找不到结果时一样：内置来源中没有该年份、国家组合、流向或数据编号。
说明会指出原因以及现有的数据，例如该组合覆盖的年份；<code>=ASEAN.LATEST(reporter, partner)</code> 给出最新年份。</dd>
<dt><code>#VALUE!</code></dt><dd>参数类型不对，说明会指出是哪个参数：未知的国家或组别（说明会建议最接近的名称）、用小数作年份、
在年份处填了日期（45658 是 2025 年 1 月 1 日：请使用 <code>YEAR(A1)</code>）、未知的流向或单位。代码（<code>MY</code>、<code>MYS</code>）、
英文名（<code>Malaysia</code>）和中文名（<code>马来西亚</code>）均可使用。参数有误的溢出函数只显示一个带说明的错误单元格。</dd>
<dt><code>#NAME?</code></dt><dd>此工作簿中 Excel 不认识 <code>ASEAN.</code> 函数：加载项未加载。请从<strong>开始 › ASEAN Data</strong>打开它
（或重新安装），然后按 <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>F9</kbd> 重新计算。窗格的“工作簿”视图可修复在未加载加载项时保存的公式。</dd>
<dt><code>#BUSY!</code></dt><dd>Excel 仍在加载加载项，几秒钟内会自动消失。如果一直存在，请关闭并重新打开工作簿。</dd>
<dt><code>#SPILL!</code></dt><dd>溢出函数（SERIES、PARTNERS、MIRROR、COUNTRIES、FACTS）或参数为区域的函数，需要其下方或旁边有空单元格：
请清空这些单元格，或移动公式。</dd>
</dl>
<p>说明跟随 Office 的显示语言：在中文版 Office 中为中文。</p>
</section>`,
  data: (quoted, table) => `<section id="data">
<h2>数据</h2>
<p>每个数值均按报告方自己的统计记录，并附有来源和状态：<strong>官方报告</strong>（官方统计表）、<strong>推算</strong>
（由官方数据计算：合计、换算、同比增速）、<strong>官方公布</strong>（A 级或 B 级来源引用的官方总量数据）或<strong>估算</strong>
（有据可查的估算）。没有来源提供数值时，函数返回 <code>#N/A</code> 并说明现有的数据。<code>=ASEAN.SOURCE(...)</code> 可引用任何数值的出处。</p>
${table}
<p>另有 ${quoted} 项公布数据，<code>ASEAN.SOURCE</code> 会连同页码一起引用。</p>
</section>`,
  sources: "来源",
  publisher: "发布机构",
  dataset: "数据集",
  licence: "许可",
  coverage: "覆盖范围",
  coverageIntro: `<p>各报告方的 <code>ASEAN.TRADE(reporter, partner, year)</code> 返回总额的年份：展开一个报告方即可查看其伙伴。
年份后的字母是数值的状态：R 官方报告，P 官方公布，D 推算，E 估算。中国还报告了与另外约 240 个伙伴的 2023 年和 2024 年数值
（海关总署表格）；来源没有组别（ASEAN、RCEP）数据时，按其成员合计。</p>`,
  asReporter: (name, code) => `报告方：${name}（${code}）`,
  partner: "伙伴",
  yearsWithTotal: "有总额的年份（状态）",
  noData: "无数据",
  otherLanguage: { href: "help.html", label: "English help", lang: "en" },
  exampleWhat: {
    TRADE: [
      "2024 年中国与马来西亚的货物贸易额，十亿美元，中国海关口径",
      "2024 年中国对东盟的出口",
      "同类数值以亿元计，来自海关总署的人民币表格",
      "马来西亚报告的自中国进口",
      "最新年份；组别按其成员合计",
    ],
    SERIES: ["中国—东盟历年贸易额，带表头", "全部年份，横向排列，附每个数值的状态"],
    PARTNERS: ["中国在东盟的贸易伙伴排名，附占中国贸易的比重", "马来西亚前五大出口市场"],
    SHARE: [
      "东盟在中国贸易中所占比重，两个数值均按美元计（请设为百分比格式）",
      "马来西亚在中国—东盟贸易中所占比重",
      "同一比重，两个数值均按人民币计，来自海关总署的人民币表格",
    ],
    GROWTH: [
      "美元值的同比增长率",
      "人民币值的增长率，人民币对美元汇率变动时与美元增长率不同",
      "2010 年以来的年均复合增长率",
    ],
    MIRROR: ["中国对马来西亚的出口与马来西亚自中国的进口，及两者之差"],
    FDI: ["东盟东道国报告的中国对东盟直接投资", "中国在马来西亚的直接投资存量"],
    SOURCE: ["TRADE 数值的出处"],
    LATEST: ["马来西亚报告的最新年份"],
    FX: ["2024 年换算所用的每美元兑人民币元数"],
    COUNTRIES: ["东盟十国的代码和名称"],
    FACT: ["报告中的零关税覆盖率，百分比", "该数据的出处"],
    FACTS: ["全部主要数据，含编号和出处"],
    EDITION: ["内置数据集的版本"],
    CHECK: ["一道虚构题目（5 占 20 的比重）的正确答案", "同一答案输入为整数百分比：✗ 并附提示", "已作答题目的得分"],
  },
};

export const HELP_TEXT: Readonly<Record<Language, HelpText>> = { en: EN, zh: ZH };

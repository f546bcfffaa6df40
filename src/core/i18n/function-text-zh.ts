/**
 * The functions' help in Chinese: what Chinese Excel shows around the (English) function names, the
 * Chinese function metadata is generated from, and the formula builder shows in a Chinese pane.
 * Following Chinese Excel's own convention (SUM stays SUM), ids and names stay English; descriptions,
 * parameter names and enum tooltips are Chinese. Keyed by function id and parameter name as the registry
 * declares them, so a function or parameter added there without a translation fails the metadata test.
 */
import type { FunctionId } from "../registry/registry";

export interface ParamText {
  /** The parameter's name as Excel's argument tooltip and the builder's label show it. */
  readonly name: string;
  readonly description: string;
}

export interface FunctionText {
  /** Excel's description of the function. */
  readonly description: string;
  /** One line for the formula builder. */
  readonly summary: string;
  readonly params: Readonly<Record<string, ParamText>>;
}

const COUNTRY_HINT = "代码、英文名或中文名均可";
const FLOW_ALL = "“total”（默认，进出口总额）、“exports”（出口）、“imports”（进口）或“balance”（差额）";
const UNIT_ALL =
  "“USD_BN”（默认，十亿美元）、“USD_MN”（百万美元）、“USD”（美元）、“CNY_BN”（十亿元）、" +
  "“CNY_100M”（亿元）或“CNY”（元）";
const YEAR_TEXT: ParamText = { name: "年份", description: "公历年份，例如 2024，或“latest”（最新年份）。" };

const reporter = (example: string): ParamText => ({
  name: "报告方",
  description: `采用其统计数据的国家或组别，${COUNTRY_HINT}，例如 ${example}。`,
});
const partner = (example: string): ParamText => ({
  name: "伙伴方",
  description: `贸易伙伴国家或组别，例如 ${example}。`,
});
const flow = (choices: string): ParamText => ({ name: "流向", description: `${choices}，以报告方为准。` });
const unit: ParamText = { name: "单位", description: `${UNIT_ALL}。` };
const ratioCurrency = (what: string): ParamText => ({
  name: "币种",
  description: `“USD”（默认，美元）或“CNY”（人民币）：${what}均按此币种取值。`,
});

export const FUNCTION_TEXT_ZH: Readonly<Record<FunctionId, FunctionText>> = {
  TRADE: {
    description: "报告方与伙伴方在某一年的货物贸易额，按报告方自己的统计记录（默认单位：十亿美元）。",
    summary: "报告方与伙伴方在某一年的货物贸易额，按报告方的记录。",
    params: {
      reporter: reporter("“CN”、“Malaysia”、“中国”、“ASEAN”"),
      partner: partner("“MY”、“Viet Nam”、“ASEAN”、“RCEP”、“WORLD”"),
      year: YEAR_TEXT,
      flow: flow(`${FLOW_ALL}（亦可写作 T、X、M、B）`),
      unit,
    },
  },
  SERIES: {
    description: "一对经济体历年贸易额的时间序列，每年一行并带表头；无数据的年份显示 #N/A，绝不显示 0。",
    summary: "一对经济体历年的贸易额，以溢出表格显示。",
    params: {
      reporter: reporter("“CN”"),
      partner: partner("“ASEAN”"),
      from: { name: "起始年份", description: "第一年，例如 2010；省略时为有数据的第一年。" },
      to: { name: "截止年份", description: "最后一年，例如 2024，或“latest”（默认）。" },
      flow: flow(FLOW_ALL),
      unit,
      options: {
        name: "选项",
        description:
          "“noheaders”（无表头）、“horizontal”（横向）、“newestfirst”（最新年份在前）、“status”（状态列）中的任意几项，" +
          "例如“horizontal, status”，或“Headers=No; Sort=Desc”。",
      },
    },
  },
  PARTNERS: {
    description: "报告方的贸易伙伴按金额排名：代码、名称、金额及占报告方对世界贸易的比重。",
    summary: "报告方的贸易伙伴按金额排名，附比重。",
    params: {
      reporter: reporter("“CN”或“MY”"),
      year: YEAR_TEXT,
      flow: flow(FLOW_ALL),
      group: { name: "组别", description: "只列该组别中的伙伴，例如“ASEAN”或“RCEP”。" },
      top: { name: "前N名", description: "只列前 N 个伙伴，例如 5。" },
      unit,
    },
  },
  SHARE: {
    description: "伙伴方在报告方对世界（或对某一组别）贸易中所占比重，以小数表示：请将单元格设置为百分比格式。",
    summary: "伙伴方在报告方贸易中所占比重，以小数表示。",
    params: {
      reporter: reporter("“CN”"),
      partner: partner("“ASEAN”"),
      year: YEAR_TEXT,
      flow: flow("“total”（默认）、“exports”（出口）或“imports”（进口）"),
      of: { name: "基数", description: "比重的基数：“WORLD”（默认，世界），或“RCEP”等组别。" },
      currency: ratioCurrency("比重的两个数值"),
    },
  },
  GROWTH: {
    description: "一对经济体贸易额的同比增长率，或自基年以来的年均复合增长率，以小数表示。",
    summary: "同比增长率，或自基年以来的年均复合增长率。",
    params: {
      reporter: reporter("“CN”"),
      partner: partner("“MY”"),
      year: YEAR_TEXT,
      flow: flow(FLOW_ALL),
      base_year: { name: "基年", description: "计算年均复合增长率的基年，例如 2010；省略时为上一年。" },
      currency: ratioCurrency("两个年份的数值"),
    },
  },
  MIRROR: {
    description: "同一贸易流向的双方记录（例如中国对马来西亚的出口与马来西亚自中国的进口）及两者之差。",
    summary: "同一贸易流向的双方记录，及两者之差。",
    params: {
      reporter: { name: "第一方", description: "第一个国家，例如“CN”。" },
      partner: { name: "第二方", description: "第二个国家，例如“MY”。" },
      year: { name: "年份", description: "公历年份，例如 2020，或“latest”（最新年份）。" },
      flow: { name: "流向", description: "“total”（默认）、“exports”（出口）或“imports”（进口），以第一方为准。" },
      unit,
    },
  },
  FDI: {
    description: "来源经济体对东道经济体的外国直接投资，按东盟统计（ASEANstats）的记录（默认单位：十亿美元）。",
    summary: "来源方对东道方的直接投资，按东盟统计的记录。",
    params: {
      source: { name: "投资来源方", description: "投资经济体，例如“CN”，或“WORLD”（所有来源）。" },
      host: { name: "东道方", description: "东道经济体，例如“ASEAN”或“MY”。" },
      year: { name: "年份", description: "公历年份，例如 2022，或“latest”（最新年份）。" },
      unit,
      measure: {
        name: "指标",
        description:
          "“inflow”（默认，东道方报告的流入）、“stock”（吸收投资存量）、" +
          "“outflow”（对外投资流量）或“outstock”（对外投资存量，均由投资方报告）。",
      },
    },
  },
  SOURCE: {
    description: "ASEAN.TRADE 对相同参数所返回数值的出处：报告方、来源、状态、换算及数据集版本。",
    summary: "TRADE 对相同参数所返回数值的出处。",
    params: {
      reporter: reporter("“CN”"),
      partner: partner("“MY”"),
      year: YEAR_TEXT,
      flow: flow(FLOW_ALL),
    },
  },
  LATEST: {
    description: "一对经济体有数值的最新年份。",
    summary: "一对经济体有数值的最新年份。",
    params: {
      reporter: reporter("“MY”"),
      partner: partner("“CN”"),
      flow: flow(FLOW_ALL),
    },
  },
  FX: {
    description: "换算所用的年平均汇率：每美元兑人民币元数（FRED，序列 AEXCHUS）。",
    summary: "每美元兑人民币元数，换算所用的年平均汇率。",
    params: {
      year: YEAR_TEXT,
      currency: { name: "币种", description: "“CNY”（默认，也是唯一内置的汇率序列）。" },
    },
  },
  COUNTRIES: {
    description: "各函数接受的国家和组别的代码、英文名及中文名，或某一组别的成员。",
    summary: "各函数接受的国家和组别的代码与名称。",
    params: {
      group: { name: "组别", description: "“ASEAN”或“RCEP”，列出其成员；省略时列出全部。" },
    },
  },
  FACT: {
    description: "新华研究院报告（2025）或相关文章中的一项主要数据，按其永久编号查询，例如“ZERO_TARIFF_COVERAGE_PCT”。",
    summary: "按编号查询报告中的一项主要数据。",
    params: {
      id: { name: "编号", description: "该数据的编号，见 =ASEAN.FACTS() 所列。" },
      field: {
        name: "字段",
        description:
          "“value”（默认，数值）、“unit”（单位）、“label”（名称）、“year”（年份）、“qualifier”（限定词）、" +
          "“source”（来源）或“citation”（出处）。",
      },
    },
  },
  FACTS: {
    description: "报告中的全部主要数据，含编号、数值、单位、限定词、年份及出处。",
    summary: "报告中的全部主要数据，以溢出表格显示。",
    params: {},
  },
  CHECK: {
    description: "对照答案键检查加载项所写练习的答案：✓，或 ✗ 附提示；未作答时留空。",
    summary: "对照答案键检查练习的答案。",
    params: {
      answers: { name: "答案", description: "答案单元格，例如 C6:C15。" },
      key: { name: "答案键", description: "同一行在练习答案键工作表上的键单元格（由加载项写入）。" },
      options: {
        name: "选项",
        description: "“true/false”：每个答案返回 TRUE 或 FALSE；“score”：返回一个得分，例如“7/10”。",
      },
    },
  },
  EDITION: {
    description: "内置数据集的版本，例如“2025.1”：同一版本下结果可重现。",
    summary: "内置数据集的版本。",
    params: {},
  },
};

/** Tooltips of the functions' enum values, by enum id and value. */
export const ENUM_TOOLTIPS_ZH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Flow: {
    total: "出口加进口（默认）。",
    exports: "报告方对伙伴方的出口，按离岸价（FOB）计。",
    imports: "报告方自伙伴方的进口，按到岸价（CIF）计。",
    balance: "出口减进口。",
  },
  Unit: {
    USD_BN: "十亿美元（默认）。",
    USD_MN: "百万美元。",
    USD: "美元。",
    CNY_BN: "十亿元人民币。",
    CNY_100M: "亿元人民币。",
    CNY: "元人民币。",
  },
};

/** What leaving an optional argument out means, as the formula builder says it, by its English words. */
export const OMITTED_ZH: Readonly<Record<string, string>> = {
  "(leave out)": "（省略）",
  "total (default)": "total（默认）",
  "US$ billion (default)": "十亿美元（默认）",
  "(all)": "（全部）",
  "WORLD (default)": "WORLD（默认）",
  "inflow (default)": "inflow（默认）",
  "CNY (default)": "CNY（默认）",
  "US$ (default)": "美元（默认）",
  "value (default)": "value（默认）",
  "earliest year with data": "有数据的第一年",
  "latest year with data": "有数据的最后一年",
  "the year before (year-on-year)": "上一年（同比）",
};

/** The formula builder's labels of argument choices, by their English labels (values stay as typed). */
export const CHOICE_LABEL_ZH: Readonly<Record<string, string>> = {
  "US$ billion (USD_BN)": "十亿美元（USD_BN）",
  "US$ million (USD_MN)": "百万美元（USD_MN）",
  "US$ (USD)": "美元（USD）",
  "Yuan billion (CNY_BN)": "十亿元（CNY_BN）",
  "100 million yuan, 亿元 (CNY_100M)": "亿元（CNY_100M）",
  "Yuan (CNY)": "元（CNY）",
  "No header row": "无表头",
  Horizontal: "横向",
  "Newest first": "最新年份在前",
  "Status column": "状态列",
  "inflow (host-reported)": "inflow（流入，东道方报告）",
  "stock (inward)": "stock（吸收投资存量）",
  "outflow (investor-reported)": "outflow（对外投资流量，投资方报告）",
  "outstock (investor-reported)": "outstock（对外投资存量，投资方报告）",
};

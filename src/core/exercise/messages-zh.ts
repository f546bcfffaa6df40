/**
 * The exercise texts in Chinese, key for key with EXERCISE_MESSAGES_EN: instructions, captions, task
 * types and CHECK's feedback. Codes, formulas and numbers stay as written.
 */
import { EXERCISE_MESSAGES_EN, render, type MessageKey, type MessageTable } from "./messages";

export const EXERCISE_MESSAGES_ZH: MessageTable = {
  "sheet.title": "练习：{title}",
  "sheet.subtitle": "变体 {variant}。依据目录项“{item}”制作，数据集版本 {edition}。",
  "sheet.howTo":
    "请在黄色单元格中输入每个答案。反馈列会在输入时检查：✓ 正确，✗ 尚未正确；识别出常见失误时会给出提示。" +
    "百分比：输入 15.9% 或 0.159。",
  "sheet.header.number": "#",
  "sheet.header.task": "题目",
  "sheet.header.answer": "你的答案",
  "sheet.header.feedback": "反馈",
  "sheet.score": "得分",
  "sheet.chartCell": "（图表：请在此工作表上制作）",
  "sheet.source": "数据：{source}",
  "type.lookup": "用 ASEAN.TRADE 查找数值",
  "type.growth": "同比增长率",
  "type.cagr": "两个年份之间的年均复合增长率（CAGR）",
  "type.share": "占总额的比重",
  "type.balance": "贸易差额",
  "type.rank": "在伙伴中的排名",
  "type.fastest": "哪个伙伴增长最快",
  "type.chart": "为序列制作图表",
  "task.lookup":
    "用 =ASEAN.TRADE 查找 {reporter}{year} 年{toFrom}{partner}的{flow}，以十亿美元计，按 {reporter} 的报告。",
  "task.growth": "根据题目 {n} 的数据，计算 {year} 年 {reporter}{toFrom}{partner}的{flow}同比增长率，以百分比表示。",
  "task.cagr":
    "根据题目 {n} 的数据，计算 {from} 年至 {to} 年 {reporter}{toFrom}{partner}的{flow}的年均复合增长率（CAGR），" +
    "以每年百分比表示。",
  "task.share":
    "根据题目 {n} 的数据，计算 {year} 年 {partner}在 {reporter}{toFrom}{whole}的{flow}中所占比重，以百分比表示。",
  "task.balance": "根据题目 {n} 的数据，计算 {year} 年 {reporter}与{partner}的贸易差额（出口减进口），以十亿美元计。",
  "task.rank": "根据题目 {n} 的数据，按 {year} 年 {reporter}的{flow}，给出{partner}在所列伙伴中的排名（1 = 最大）。",
  "task.fastest": "根据题目 {n} 的数据，{from} 年至 {to} 年哪个伙伴与 {reporter}的{flow}增长最快？输入其代码或名称。",
  "task.chart":
    "根据题目 {n} 的数据，插入 {from}–{to} 年 {reporter}{toFrom}{partner}的{flow}的折线图，并加上标题和坐标轴标题。",
  "task.tolerance.abs": "（误差 {width} 以内均可。）",
  "task.tolerance.points": "（误差 {width} 个百分点以内均可。）",
  "task.tolerance.rel": "（误差 {width}% 以内均可。）",
  "given.caption": "题目 {n} 的数据：{what}",
  "given.pair": "{reporter}{toFrom}{partner}的{flow}，十亿美元，按 {reporter} 的报告",
  "given.shareOf": "{reporter}{toFrom}{partner}及{toFrom}{whole}的{flow}，十亿美元，按 {reporter} 的报告",
  "given.members": "{reporter}{toFrom}各伙伴的{flow}，十亿美元，按 {reporter} 的报告",
  "given.year": "年份",
  "given.usdbn": "十亿美元",
  "given.partner": "伙伴",
  "given.code": "代码",
  "given.exports": "出口",
  "given.imports": "进口",
  "flow.total": "贸易",
  "flow.exports": "出口",
  "flow.imports": "进口",
  "toFrom.total": "与",
  "toFrom.exports": "对",
  "toFrom.imports": "自",
  "check.right": "✓",
  "check.wrong": "✗",
  "check.chart": "请用窗格中的“检查图表任务”检查此题。",
  "check.notNumber": "请输入一个数字。",
  "check.notPartner": "请输入伙伴的代码或名称，例如“Malaysia”或“MY”。",
  "mistake.percent": "是百分比吗？请输入 {pct} 或小数 {frac}，或把单元格设为百分比格式：你的数值大了 100 倍。",
  "mistake.fraction": "差了 100 倍：答案是小数；请输入 {pct} 或 {frac}，而不是 {tiny}。",
  "mistake.scale": "差了 {factor} 倍：请检查单位，十亿美元。",
  "mistake.sign": "大小对了，符号错了：请检查是用哪个数值减去哪个。",
  "mistake.previousYear": "这是 {year} 年的数值：题目问的是 {asked} 年。",
  "mistake.partnerFigure": "这是{partner}自己的数值：题目要的是 {reporter} 报告的数值。",
  "mistake.wholePeriod": "这是整个期间的增长：题目要的是每年的增长率。",
  "mistake.periods": "请检查年数：增长率在 {from} 年至 {to} 年之间逐年复合。",
  "mistake.reversed": "这是从最小开始数的：排名 1 是最大的。",
  "mistake.largestIncrease": "该伙伴的贸易额按美元计增加最多，但按百分比计并非增长最快：请比较增长率。",
  "mistake.largestValue": "该伙伴在 {to} 年的贸易额最大，但增长并非最快。",
  "mistake.inverted": "颠倒了：请用部分除以整体。",
  "score.text": "{right}/{total}",
  "chart.none": "此工作表上还没有图表。",
  "chart.series": "这里没有哪个图表的系列显示所要求的数据：请检查伙伴、流向和年份。",
  "chart.type": "系列正确；题目要求折线图。",
  "chart.titles": "系列正确；请给图表加上标题和两个坐标轴标题。",
  "chart.task": "第 {n} 题：{verdict}",
  "chart.noTask": "此练习工作表没有图表题。",
  "error.damagedKey": "答案键已损坏（{why}）；请向培训师重新索取练习，或撤销对答案键的修改。",
  "error.shape": "{keys} 个答案键对应 {answers} 个答案；请给出同一行的答案单元格和答案键单元格。",
  "error.options": "{word} 不是选项；TRUE/FALSE 请用“true/false”，或用“score”。",
};

const FEEDBACK_KEYS = (Object.keys(EXERCISE_MESSAGES_EN) as MessageKey[]).filter((k) =>
  /^(check|mistake|score)\./.test(k),
);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A template as a pattern that captures its parameters, in order, with their names. */
function patternOf(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => {
      const m = /^\{(\w+)\}$/.exec(part);
      if (!m) return escapeRegExp(part);
      names.push(m[1]);
      return "(.+?)";
    })
    .join("");
  return { re: new RegExp(`^${source}$`), names };
}

const FEEDBACK_PATTERNS = FEEDBACK_KEYS.map((key) => ({ key, ...patternOf(EXERCISE_MESSAGES_EN[key]) }));

/**
 * CHECK's feedback, as the core writes it in English, in another table's words: the mark, then the hint
 * with its numbers as they were. Text of no known shape stays as it is.
 */
export function feedbackIn(text: string, table: MessageTable): string {
  const wrong = EXERCISE_MESSAGES_EN["check.wrong"];
  if (text.startsWith(`${wrong} `)) return `${table["check.wrong"]} ${feedbackIn(text.slice(wrong.length + 1), table)}`;
  for (const { key, re, names } of FEEDBACK_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = m[i + 1]));
    return render(key, params, table);
  }
  return text;
}

/** Why a key cell is not a key, as the core says it (the "why" of error.damagedKey). */
const KEY_PROBLEMS_ZH: Readonly<Record<string, string>> = {
  "a key is a text, not a number": "答案键是文本，不是数字",
  "it is not an exercise key": "它不是练习的答案键",
  "it was made by another version of the add-in": "它由另一版本的加载项生成",
  "its checksum does not match": "其校验和不符",
  "its content is not a task key": "其内容不是题目的答案键",
};

const ERROR_PATTERNS = (Object.keys(EXERCISE_MESSAGES_EN) as MessageKey[])
  .filter((k) => k.startsWith("error."))
  .map((key) => ({ key, ...patternOf(EXERCISE_MESSAGES_EN[key]) }));

/** CHECK's own #VALUE! message (after its parameter's name) in Chinese, or undefined when it is none of them. */
export function checkErrorZh(text: string): string | undefined {
  for (const { key, re, names } of ERROR_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = name === "why" ? (KEY_PROBLEMS_ZH[m[i + 1]] ?? m[i + 1]) : m[i + 1]));
    return render(key, params, EXERCISE_MESSAGES_ZH);
  }
  return undefined;
}

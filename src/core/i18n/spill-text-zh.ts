/**
 * The words of the tables the spilling functions return, in Chinese: headers, flows, statuses, units and
 * names, by their English text, as a cell in a Chinese workbook shows them. Numbers stay as they are, and so
 * do the columns each function declares kept (codes, names in a stated language, citations as published).
 */
import type { Matrix, MatrixCell } from "../matrix";
import { FLOW_PHRASE, type Flow } from "../flows";
import { REGISTRY, type FunctionId } from "../registry/registry";
import { WORDS_ZH } from "../report/figures/table-words-zh";
import { REPORT_WORDS_ZH } from "../report/figures/report-words-zh";
import type { Language } from "./language";
import { flowZh, statusZh, unitZh, type NameLookup } from "./messages-zh";

/** Words only these tables use; the figures' own words (WORDS_ZH, REPORT_WORDS_ZH) serve the rest. */
const SPILL_WORDS_ZH: Readonly<Record<string, string>> = {
  "Reported by": "报告方",
  Flow: "流向",
  Gap: "差额",
  "Gap, share": "差额占比",
  Partner: "伙伴方",
  Qualifier: "限定语",
  ISO3: "ISO3 代码",
  English: "英文名称",
  Chinese: "中文名称",
  Groups: "所属组别",
  group: "组别",
  "no data": "无数据",
};

/** The Chinese around a partner for each flow, as the core's FLOW_PHRASE ("trade with", …) reads in English. */
const PHRASE_ZH: Readonly<Record<Flow, (partner: string) => string>> = {
  total: (p) => `与${p}的贸易`,
  exports: (p) => `对${p}出口`,
  imports: (p) => `自${p}进口`,
  balance: (p) => `与${p}的贸易差额`,
};
const FLOW_OF_PHRASE = new Map(Object.entries(FLOW_PHRASE).map(([flow, phrase]) => [phrase, flow as Flow]));
const PHRASE = `(${[...FLOW_OF_PHRASE.keys()].join("|")})`;
const phraseZh = (phrase: string, partner: string): string => PHRASE_ZH[FLOW_OF_PHRASE.get(phrase) as Flow](partner);

type Shape = readonly [RegExp, (m: RegExpMatchArray, name: (en: string) => string) => string];

const SHAPES: readonly Shape[] = [
  // SERIES: "China trade with Malaysia (US$ billion)".
  [
    new RegExp(`^(.+?) ${PHRASE} (.+) \\((.+)\\)$`),
    (m, n) => `${n(m[1])}${phraseZh(m[2], n(m[3]))}（${unitZh(m[4])}）`,
  ],
  // MIRROR's flow column: "trade with Malaysia".
  [new RegExp(`^${PHRASE} (.+)$`), (m, n) => phraseZh(m[1], n(m[2]))],
  [/^(.+)'s figure minus (.+)'s$/, (m, n) => `${n(m[1])}的数据减去${n(m[2])}的数据`],
  [/^of (.+)'s figure$/, (m, n) => `占${n(m[1])}数据的比例`],
  // PARTNERS and MIRROR headers: "2024 total (US$ billion)", "2024 (US$ billion)".
  [/^(\d{1,4})(?: (\w+))? \((.+)\)$/, (m) => `${m[1]} 年${m[2] ? flowZh(m[2]) : ""}（${unitZh(m[3])}）`],
  [/^Share of (.+)'s (\w+) with the world$/, (m, n) => `占${n(m[1])}与世界${flowZh(m[2])}的比重`],
  // A status, hedged or not: "published (more than)".
  [/^(reported|derived|published|estimated)(?: \((.+)\))?$/, (m) => statusZh(m[0])],
];

/** One text of a table in Chinese, or as it is where it has none (a code, a source's title). */
export function spillTextZh(text: string, names: NameLookup): string {
  const name = (en: string): string => names(en) ?? en;
  const exact =
    [SPILL_WORDS_ZH, WORDS_ZH, REPORT_WORDS_ZH].find((words) => Object.hasOwn(words, text))?.[text] ?? names(text);
  if (exact !== undefined) return exact;
  for (const [re, to] of SHAPES) {
    const m = re.exec(text);
    if (m) return to(m, name);
  }
  // COUNTRIES' groups of a country: "ASEAN, RCEP".
  const parts = text.split(", ");
  if (parts.length > 1 && parts.every((p) => names(p) !== undefined)) return parts.map(name).join("、");
  return text;
}

/**
 * A spilled table as a cell in `language` shows it: its header row and the words of its body in that language;
 * numbers, errors, codes and citations as they are. `say` translates one text (so that callers can remember
 * translations).
 */
export function spillIn(id: FunctionId, table: Matrix, language: Language, say: (text: string) => string): Matrix {
  if (language === "en") return table;
  const decl: { keptColumns?: readonly number[] } = REGISTRY[id];
  const kept = decl.keptColumns ?? [];
  return table.map((row, r) =>
    row.map((cell: MatrixCell, c) => (typeof cell === "string" && (r === 0 || !kept.includes(c)) ? say(cell) : cell)),
  );
}

/**
 * Every text an exercise shows a student or a trainer, by key, with {placeholders}. Instructions,
 * captions and CHECK's feedback are rendered from this table only, so a table in another language can
 * stand beside the English one with the same keys (a Partial of it falls back to English key by key).
 */
export const EXERCISE_MESSAGES_EN = {
  // Sheet
  "sheet.title": "Exercise: {title}",
  "sheet.subtitle": "Variant {variant}. Made from the catalogue item “{item}”, dataset edition {edition}.",
  "sheet.howTo":
    "Type each answer in its yellow cell. The feedback column checks it as you type: ✓ right, ✗ not yet, " +
    "with a hint where a typical slip is recognised. Percentages: type 15.9% or 0.159.",
  "sheet.header.number": "#",
  "sheet.header.task": "Task",
  "sheet.header.answer": "Your answer",
  "sheet.header.feedback": "Feedback",
  "sheet.score": "Score",
  "sheet.chartCell": "(chart: build it on this sheet)",
  "sheet.source": "Data: {source}",
  // Task types, as the trainer picks them
  "type.lookup": "Look up a value with ASEAN.TRADE",
  "type.growth": "Year-on-year growth",
  "type.cagr": "Compound annual growth (CAGR) between two years",
  "type.share": "Share of a total",
  "type.balance": "Trade balance",
  "type.rank": "Rank among partners",
  "type.fastest": "Which partner grew fastest",
  "type.chart": "Build a chart of a series",
  // Tasks
  "task.lookup":
    "Use =ASEAN.TRADE to find {reporter}'s {flow} {toFrom} {partner} in {year}, in US$ billion, as {reporter} " +
    "reports it.",
  "task.growth":
    "From the data for task {n}, compute the year-on-year growth of {reporter}'s {flow} {toFrom} {partner} in " +
    "{year}, as a percentage.",
  "task.cagr":
    "From the data for task {n}, compute the compound annual growth rate (CAGR) of {reporter}'s {flow} " +
    "{toFrom} {partner} from {from} to {to}, as a percentage per year.",
  "task.share":
    "From the data for task {n}, compute {partner}'s share of {reporter}'s {flow} {toFrom} {whole} in " +
    "{year}, as a percentage.",
  "task.balance":
    "From the data for task {n}, compute {reporter}'s trade balance with {partner} in {year} (exports minus " +
    "imports), in US$ billion.",
  "task.rank":
    "From the data for task {n}, give {partner}'s rank among the partners listed by {reporter}'s {flow} in " +
    "{year} (1 = largest).",
  "task.fastest":
    "From the data for task {n}, which partner's {flow} with {reporter} grew fastest from {from} to {to}? " +
    "Type its code or name.",
  "task.chart":
    "Insert a line chart of {reporter}'s {flow} {toFrom} {partner}, {from}–{to}, from the data for task {n}, " +
    "with a title and axis titles.",
  "task.tolerance.abs": " (Accepted within {width}.)",
  "task.tolerance.points": " (Accepted within {width} percentage points.)",
  "task.tolerance.rel": " (Accepted within {width} %.)",
  "given.caption": "Data for task {n}: {what}",
  "given.pair": "{reporter}'s {flow} {toFrom} {partner}, US$ billion, as {reporter} reports it",
  "given.shareOf": "{reporter}'s {flow} {toFrom} {partner} and {toFrom} {whole}, US$ billion, as {reporter} reports it",
  "given.members": "{reporter}'s {flow} {toFrom} each partner, US$ billion, as {reporter} reports it",
  "given.year": "Year",
  "given.usdbn": "US$ billion",
  "given.partner": "Partner",
  "given.code": "Code",
  "given.exports": "Exports",
  "given.imports": "Imports",
  "flow.total": "trade",
  "flow.exports": "exports",
  "flow.imports": "imports",
  "toFrom.total": "with",
  "toFrom.exports": "to",
  "toFrom.imports": "from",
  // Feedback
  "check.right": "✓",
  "check.wrong": "✗",
  "check.chart": "Check it with “Check chart tasks” in the pane.",
  "check.notNumber": "Type a number.",
  "check.notPartner": "Type a partner's code or name, e.g. “Malaysia” or “MY”.",
  "mistake.percent":
    "A percentage? Type it as {pct} or as the fraction {frac}, or format the cell as %: your value is 100 times " +
    "too large.",
  "mistake.fraction": "Off by a factor of 100: the answer is a fraction; type {pct} or {frac}, not {tiny}.",
  "mistake.scale": "Off by a factor of {factor}: check the unit, US$ billion.",
  "mistake.sign": "Right size, wrong sign: check which value you subtract from which.",
  "mistake.previousYear": "That is the figure for {year}: the task asks about {asked}.",
  "mistake.partnerFigure": "That is {partner}'s own figure: the task asks for the figure as {reporter} reports it.",
  "mistake.wholePeriod": "That is the growth over the whole period: the task asks for the rate per year.",
  "mistake.periods": "Check the number of years: the rate compounds over the years from {from} to {to}.",
  "mistake.reversed": "That counts from the smallest: rank 1 is the largest.",
  "mistake.largestIncrease": "That partner's trade grew most in US$, not fastest in per cent: compare growth rates.",
  "mistake.largestValue": "That partner has the largest trade in {to}, not the fastest growth.",
  "mistake.inverted": "Upside down: divide the part by the whole.",
  "score.text": "{right}/{total}",
  "chart.none": "No chart on this sheet yet.",
  "chart.series": "No series of a chart here shows the data asked for: check the partner, the flow and the years.",
  "chart.type": "Right series; the task asks for a line chart.",
  "chart.titles": "Right series; give the chart a title and both axes titles.",
  "chart.task": "Task {n}: {verdict}",
  "chart.noTask": "This exercise sheet has no chart task.",
  // Errors
  "error.damagedKey":
    "the answer key is damaged ({why}); ask your trainer for the exercise again, or undo the edit to the " + "key.",
  "error.shape": "{keys} answer keys for {answers} answers; give the answer cells and the key cells of the same rows.",
  "error.options": '{word} is not an option; use "true/false" for TRUE and FALSE, or "score".',
} as const;

export type MessageKey = keyof typeof EXERCISE_MESSAGES_EN;
export type MessageTable = Readonly<Record<MessageKey, string>>;
/** A parameter is a text, a number, or another message (a flow's word), rendered in the same language. */
export type MessageParams = Readonly<Record<string, string | number | { readonly key: MessageKey }>>;

/** A message to render later, in whichever language the sheet is written. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** The text of a message: each {name} replaced by its parameter; a missing parameter stays visible. */
export function render(
  key: MessageKey,
  params: MessageParams = {},
  table: Partial<MessageTable> = EXERCISE_MESSAGES_EN,
): string {
  const template = table[key] ?? EXERCISE_MESSAGES_EN[key];
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return all;
    const v = params[name];
    // A nested message (a flow's word, a caption's "what") reads the same parameters.
    return typeof v === "object" ? render(v.key, params, table) : String(v);
  });
}

export const renderMessage = (m: Message, table?: Partial<MessageTable>): string => render(m.key, m.params, table);

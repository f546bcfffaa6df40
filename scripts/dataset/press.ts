import type { Currency, Qualifier, SourceRecord, StoredFlow } from "../../src/core/dataset-types";
import { describeAmount, halfUnit, type Cell } from "./cells";
import { readCsv } from "./csv";
import { PUBLISHER_GAC } from "./sources";

const FLOW: Record<string, StoredFlow> = { total: "T", exports: "X", imports: "M", balance: "B" };
const FLOW_WORD: Record<StoredFlow, string> = { T: "total", X: "exports", M: "imports", B: "balance" };
const SCALE: Record<string, number> = { bn: 9, trn: 12 };
const CODE: Record<string, string> = { W00: "WORLD", X_ASEAN: "ASEAN" };

interface Quote {
  id: string;
  r: string;
  p: string;
  y: number;
  f: StoredFlow;
  c: Currency;
  scale: number;
  /** The figure as its page prints it, in units of 10^scale. */
  text: string;
  grade: "A" | "B" | "C";
  basis: "GAC" | "partner";
  url: string;
  citedBy: string;
  note: string;
  qualifier?: Qualifier;
}

interface Row {
  id: string;
  r: string;
  p: string;
  year: string;
  flow: string;
  value: string;
  unit: string;
  grade: string;
  basis: string;
  url: string;
  note: string;
  quote: string;
}

/** Figures quoted from documents of the report folder name the document; keep the outlet and any web address. */
function splitUrl(raw: string): { url: string; citedBy: string } {
  const doc = /^shared\/report\/\S+ \((.*)\)$/.exec(raw);
  if (doc) {
    const web = /\balso (https?:\/\/\S+)/.exec(doc[1]);
    const outlet = doc[1].replace(/;?\s*also https?:\/\/\S+/, "").trim();
    return { url: web ? web[1] : "", citedBy: outlet };
  }
  const host = /^https?:\/\/([^/]+)/.exec(raw);
  return { url: raw, citedBy: host ? host[1].replace(/^www\./, "").replace(/\.$/, "") : raw };
}

/** The press file multiplied figures quoted in trillions by 1,000 and says so; undo it, so that the
 *  figure keeps the digits its page printed ("5.67 trillion" is 5.67 ± 0.005, not 5,670 ± 0.5). */
function asPrinted(value: string, unit: string, note: string): { text: string; unit: string } {
  if (!/converted from trillion|trn->bn/i.test(note) || !/ bn$/.test(unit)) return { text: value, unit };
  const [whole, frac = ""] = value.split(".");
  const digits = whole.padStart(4, "0");
  const text = `${digits.slice(0, -3).replace(/^0+(?=\d)/, "")}.${digits.slice(-3)}${frac}`.replace(/\.?0+$/, "");
  return { text, unit: unit.replace(/bn$/, "trn") };
}

const HEDGES: [RegExp, Qualifier][] = [
  [/\b(more than|over|above|exceeding|in excess of)\s*$/i, "more than"],
  [/\b(around|about|approximately|roughly|some)\s*$/i, "about"],
  [/\b(nearly|almost|close to)\s*$/i, "nearly"],
];

/**
 * The hedge a page puts before the figure ("more than US$133 billion"), read from the quoted words;
 * otherwise "rounded" where the compiler's note says the page gives a round number.
 */
function qualifierOf(text: string, quote: string, note: string): Qualifier | undefined {
  const [whole, frac] = text.split(".");
  const number = new RegExp(`(?<![\\d.,])${whole}${frac ? `[.,]${frac}` : ""}(?![\\d])`);
  const at = number.exec(quote);
  if (at) {
    const before = quote.slice(0, at.index).replace(/(US\$|A\$|\$|RM|USD|US dollars?)\s*$/i, "");
    const hit = HEDGES.find(([re]) => re.test(before));
    if (hit) return hit[1];
  }
  return /\brounded\b/i.test(note) ? "rounded" : undefined;
}

function toQuote(row: Row, known: Map<string, string>): Quote | null {
  const f = FLOW[row.flow];
  const printed = asPrinted(row.value, row.unit, row.note);
  const unit = /^(USD|CNY) (bn|trn)$/.exec(printed.unit);
  const r = CODE[row.r] ?? row.r;
  const p = CODE[row.p] ?? row.p;
  // Other currencies and unknown bases cannot be placed on a side; grade C is read only to be named in notes.
  if (!f || !unit || !["A", "B", "C"].includes(row.grade)) return null;
  if (row.basis !== "GAC" && row.basis !== "partner") return null;
  if (!known.has(r) || !known.has(p)) return null;
  const qualifier = qualifierOf(printed.text, row.quote, row.note);
  return {
    id: row.id,
    r,
    p,
    y: Number(row.year),
    f,
    c: unit[1] as Currency,
    scale: SCALE[unit[2]],
    text: printed.text,
    grade: row.grade as Quote["grade"],
    basis: row.basis,
    ...splitUrl(row.url),
    note: row.note,
    ...(qualifier ? { qualifier } : {}),
  };
}

/** A page's headline balance, which the compiler kept in the note of another figure of the same page. */
function headlineBalance(q: Quote): Quote | null {
  const m = /headline: trade surplus \$([\d.]+) ?bn/i.exec(q.note);
  if (!m || q.c !== "USD") return null;
  return {
    id: `${q.id}-headline-balance`,
    r: q.r,
    p: q.p,
    y: q.y,
    f: "B",
    c: "USD",
    scale: 9,
    text: m[1],
    grade: q.grade,
    basis: q.basis,
    url: q.url,
    citedBy: q.citedBy,
    note: q.note,
  };
}

/** Statistical bodies the press rows name for partner-reported figures, as the add-in names them. */
const PARTNER_BODIES: [RegExp, string][] = [
  [/\bGSO\b/, "General Statistics Office of Viet Nam (GSO)"],
  [/Viet ?nam (customs|General Department of Customs)/i, "Viet Nam Customs (General Department of Customs)"],
  [/\bPSA\b/, "Philippine Statistics Authority (PSA)"],
  [/\bGDCE\b/, "General Department of Customs and Excise of Cambodia (GDCE)"],
  [/Cambodian Ministry of Commerce/i, "Ministry of Commerce of Cambodia"],
  [/US Commerce Dep/i, "U.S. Department of Commerce"],
  [/Indonesia Ministry of Trade/i, "Ministry of Trade of Indonesia"],
];

const bodyIn = (note: string): string | undefined => PARTNER_BODIES.find(([re]) => re.test(note))?.[1];

/** Whose statistics a quote is: GAC, or the partner body its row names (or another row of the same page
 *  names); where none is named, only the side the page gives. */
function publisher(q: Quote, all: Quote[], known: Map<string, string>): string {
  if (q.basis === "GAC") return PUBLISHER_GAC;
  const body =
    bodyIn(q.note) ??
    all.map((o) => (o.url === q.url && o.r === q.r ? bodyIn(o.note) : undefined)).find((b) => b !== undefined);
  return body
    ? `${body} (partner-reported)`
    : `${known.get(q.r) ?? q.r} side (partner-reported; the page names no statistical body)`;
}

const amount = (q: Quote): string => describeAmount(q.c, q.text, q.scale);
const mention = (q: Quote): string =>
  `${amount(q)}${q.qualifier ? ` (${q.qualifier})` : ""} (grade ` +
  `${q.grade}${q.grade === "C" ? ", not bundled" : ""}, ${q.citedBy})`;

/** Other quotes of the same figure; and grade C quotes of the year's other flows where nothing else
 *  gives them in that currency (`tabled` holds "reporter|partner|year|flow|currency" of table values). */
function otherSources(q: Quote, quotes: Quote[], tabled: ReadonlySet<string>): string | undefined {
  const same = (o: Quote): boolean => o.r === q.r && o.p === q.p && o.y === q.y && o.c === q.c;
  const others = quotes.filter((o) => o !== q && same(o) && o.f === q.f).map(mention);
  const missing = quotes.filter(
    (o) =>
      same(o) &&
      o.f !== q.f &&
      o.grade === "C" &&
      !tabled.has(`${o.r}|${o.p}|${o.y}|${o.f}|${o.c}`) &&
      !quotes.some((b) => same(b) && b.f === o.f && b.grade !== "C"),
  );
  const parts = [others.length > 0 ? `Other sources give ${others.join("; ")}.` : ""];
  if (missing.length > 0) {
    const list = missing.map((o) => `${FLOW_WORD[o.f]} ${amount(o)} (${o.citedBy})`).join(", ");
    parts.push(`Grade C sources, not bundled, give ${list}.`);
  }
  const text = parts.filter((t) => t !== "").join(" ");
  return text === "" ? undefined : text;
}

function readQuotes(rawDir: string, known: Map<string, string>): Quote[] {
  const rows: Row[] = [];
  for (const row of readCsv(rawDir, "gac-press-partner-figures/gac_press_partner_figures_2021_2024.csv")) {
    if (row["period"] !== "full year") continue;
    rows.push({
      id:
        `gacpress-${row["year"]}-${row["reporter"]}-${row["partner_code"]}-${row["flow"]}-` +
        `${row["unit"].replace(/ /g, "")}`,
      r: row["reporter"],
      p: row["partner_code"],
      year: row["year"],
      flow: row["flow"],
      value: row["value"],
      unit: row["unit"],
      grade: row["confidence"],
      basis: "GAC",
      url: row["source_url"],
      note: row["note"],
      quote: "",
    });
  }
  for (const row of readCsv(rawDir, "press-figures-2021-2023/press_figures.csv")) {
    rows.push({
      id: `press-${row["figure_id"]}`,
      r: row["reporter_iso2"],
      p: row["partner_iso2"],
      year: row["year"],
      flow: row["flow"],
      value: row["value"],
      unit: row["unit"],
      grade: row["confidence"],
      basis: row["basis"],
      url: row["source_url"],
      note: row["notes"],
      quote: row["quote"],
    });
  }
  const quotes: Quote[] = [];
  for (const row of rows) {
    const q = toQuote(row, known);
    if (!q) continue;
    quotes.push(q);
    const balance = headlineBalance(q);
    if (balance) quotes.push(balance);
  }
  const ids = new Set<string>();
  for (const q of quotes) {
    if (ids.has(q.id)) throw new Error(`Two quoted figures share the id ${q.id}`);
    ids.add(q.id);
  }
  return quotes;
}

/**
 * Every grade A/B quote as a candidate cell with its own source record; the precedence rule
 * (precedence.ts) picks among them and the tables, and only the sources of chosen cells are bundled.
 */
export function readPressFigures(
  rawDir: string,
  known: Map<string, string>,
  tables: readonly Cell[],
): { cells: Cell[]; sources: Record<string, SourceRecord> } {
  const quotes = readQuotes(rawDir, known);
  const tabled = new Set(tables.map((c) => `${c.r}|${c.p}|${c.y}|${c.f}|${c.c}`));
  const cells: Cell[] = [];
  const sources: Record<string, SourceRecord> = {};
  for (const q of quotes) {
    if (q.grade === "C") continue;
    const note = otherSources(q, quotes, tabled);
    cells.push({
      r: q.r,
      p: q.p,
      y: q.y,
      f: q.f,
      c: q.c,
      scale: q.scale,
      v: Number(q.text),
      src: q.id,
      st: "P",
      ...(note ? { note } : {}),
      interval: q.qualifier ? Infinity : halfUnit(q.text),
      release: q.url || q.citedBy,
      grade: q.grade,
    });
    sources[q.id] = {
      publisher: publisher(q, quotes, known),
      dataset: `Published figure quoted by ${q.citedBy}`,
      origin: q.url || q.citedBy,
      licence: "Fact quoted from a public page; cite the publisher and the page",
      grade: q.grade,
      ...(q.url ? { url: q.url } : {}),
      ...(q.note ? { note: q.note } : {}),
      ...(q.qualifier ? { qualifier: q.qualifier } : {}),
    };
  }
  return { cells, sources };
}

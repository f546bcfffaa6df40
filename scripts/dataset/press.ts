import type { Currency, SourceRecord, StoredFlow } from "../../src/core/dataset-types";
import type { Cell } from "./cells";
import { readCsv } from "./csv";
import { PUBLISHER_GAC } from "./sources";

const FLOW: Record<string, StoredFlow> = { total: "T", exports: "X", imports: "M" };
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
  text: string;
  grade: "A" | "B";
  basis: "GAC" | "partner";
  url: string;
  citedBy: string;
  note: string;
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
  return { url: raw, citedBy: host ? host[1].replace(/^www\./, "") : raw };
}

function toQuote(fields: {
  id: string; r: string; p: string; year: string; flow: string; value: string; unit: string;
  grade: string; basis: string; url: string; note: string;
}, known: Map<string, string>): Quote | null {
  const f = FLOW[fields.flow];
  const unit = /^(USD|CNY) (bn|trn)$/.exec(fields.unit);
  const r = CODE[fields.r] ?? fields.r;
  const p = CODE[fields.p] ?? fields.p;
  // Grade C figures are never bundled; other currencies and unknown bases cannot be placed on a side.
  if (!f || !unit || (fields.grade !== "A" && fields.grade !== "B")) return null;
  if (fields.basis !== "GAC" && fields.basis !== "partner") return null;
  if (!known.has(r) || !known.has(p)) return null;
  return {
    id: fields.id, r, p, y: Number(fields.year), f, c: unit[1] as Currency, scale: SCALE[unit[2]],
    text: fields.value, grade: fields.grade, basis: fields.basis, ...splitUrl(fields.url), note: fields.note,
  };
}

const decimals = (text: string): number => (text.split(".")[1] ?? "").length;

/** Prefer the better grade, then the more precise figure, then the earlier row. */
function better(a: Quote, b: Quote): Quote {
  if (a.grade !== b.grade) return a.grade < b.grade ? a : b;
  return decimals(b.text) > decimals(a.text) ? b : a;
}

export function readPressFigures(rawDir: string, known: Map<string, string>): { cells: Cell[]; sources: Record<string, SourceRecord> } {
  const quotes: Quote[] = [];
  for (const row of readCsv(rawDir, "gac-press-partner-figures/gac_press_partner_figures_2021_2024.csv")) {
    if (row["period"] !== "full year") continue;
    const id = `gacpress-${row["year"]}-${row["reporter"]}-${row["partner_code"]}-${row["flow"]}-${row["unit"].replace(/ /g, "")}`;
    const q = toQuote({
      id, r: row["reporter"], p: row["partner_code"], year: row["year"], flow: row["flow"], value: row["value"],
      unit: row["unit"], grade: row["confidence"], basis: "GAC", url: row["source_url"], note: row["note"],
    }, known);
    if (q) quotes.push(q);
  }
  for (const row of readCsv(rawDir, "press-figures-2021-2023/press_figures.csv")) {
    const q = toQuote({
      id: `press-${row["figure_id"]}`, r: row["reporter_iso2"], p: row["partner_iso2"], year: row["year"],
      flow: row["flow"], value: row["value"], unit: row["unit"], grade: row["confidence"], basis: row["basis"],
      url: row["source_url"], note: row["notes"],
    }, known);
    if (q) quotes.push(q);
  }

  const byCell = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = `${q.r}|${q.p}|${q.y}|${q.f}|${q.c}`;
    byCell.set(key, [...(byCell.get(key) ?? []), q]);
  }
  const cells: Cell[] = [];
  const sources: Record<string, SourceRecord> = {};
  for (const group of byCell.values()) {
    const chosen = group.reduce(better);
    const others = group.filter((q) => q !== chosen).map((q) => `${q.text} (grade ${q.grade}, ${q.citedBy})`);
    const note = others.length > 0 ? `Other sources give ${others.join("; ")}.` : undefined;
    cells.push({
      r: chosen.r, p: chosen.p, y: chosen.y, f: chosen.f, c: chosen.c, scale: chosen.scale,
      v: Number(chosen.text), src: chosen.id, st: "P", ...(note ? { note } : {}),
    });
    sources[chosen.id] = {
      publisher: chosen.basis === "GAC" ? PUBLISHER_GAC : `Official statistics of ${known.get(chosen.r) ?? chosen.r} (partner-reported)`,
      dataset: `Published figure quoted by ${chosen.citedBy}`,
      origin: chosen.url || chosen.citedBy,
      licence: "Fact quoted from a public page; cite the publisher and the page",
      grade: chosen.grade,
      ...(chosen.url ? { url: chosen.url } : {}),
      ...(chosen.note ? { note: chosen.note } : {}),
    };
  }
  return { cells, sources };
}

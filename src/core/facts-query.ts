import { notAvailable, type DomainError } from "./errors";
import type { Matrix } from "./matrix";
import { FACTS, factById } from "./report/data/facts";
import type { Fact } from "./report/data/types";
import { editDistance, foldKey, quoteInput } from "./text";

/** "Xinhua Institute, RCEP and the Vision of the Maritime Silk Road… (2025), Chapter 1, part I, section 1; GAC data" */
export function citeFact(f: Fact): string {
  const s = f.source;
  return `${s.publisher}, ${s.title} (${s.year}), ${s.where}${s.basis ? `; ${s.basis} data` : ""}.`;
}

export type FactField = "value" | "unit" | "label" | "year" | "qualifier" | "source" | "citation";

function suggest(id: string): string {
  const key = foldKey(id);
  // Ids are long: a fragment that appears in one is as good a hint as a near spelling.
  const close = FACTS.map(
    (f) => [key.length >= 4 && foldKey(f.id).includes(key) ? 0 : editDistance(key, foldKey(f.id), 8), f.id] as const,
  )
    .filter(([d]) => d <= 8)
    .sort((a, b) => a[0] - b[0])
    .slice(0, 3)
    .map(([, i]) => `"${i}"`);
  return close.length > 0 ? ` Did you mean ${close.join(", ")}?` : " =ASEAN.FACTS() lists every id.";
}

/** =ASEAN.FACT: one headline figure of the report (or a field of it) by its permanent id, as typed. */
export function fact(id: string, field: FactField): number | string | DomainError {
  const f = factById(id.toUpperCase().replace(/[\s-]+/g, "_"));
  // An id is looked up like a key in a table: one that is not there is missing data, as XLOOKUP says #N/A.
  if (!f) return notAvailable(`No headline figure of the report has the id ${quoteInput(id)}.${suggest(id)}`);
  switch (field) {
    case "value":
      return f.value;
    case "unit":
      return f.unit;
    case "label":
      return f.label;
    case "year":
      return f.year ?? notAvailable(`${f.id} describes ${f.period ?? "no single year"}.`);
    case "qualifier":
      return f.qualifier ?? "exact";
    case "source":
      return `${f.source.publisher}: ${f.source.title}`;
    case "citation":
      return citeFact(f);
  }
}

/**
 * =ASEAN.FACTS: every headline figure with its id, value, unit, year, period and citation. The Year
 * column holds years only; a span such as "since RCEP took effect" goes in Period.
 */
export function factsTable(): Matrix {
  const rows: Matrix = [["Id", "Figure", "Value", "Unit", "Qualifier", "Year", "Period", "Source"]];
  for (const f of FACTS)
    rows.push([f.id, f.label, f.value, f.unit, f.qualifier ?? "exact", f.year ?? "", f.period ?? "", citeFact(f)]);
  return rows;
}

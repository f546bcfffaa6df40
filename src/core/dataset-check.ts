/**
 * What the add-in demands of its dataset before it answers anything: types, known codes and source ids,
 * years inside the index, finite values, no two values for one key and year, groups of known members.
 * Each column is scanned natively by one regular expression of the numbers it may hold; only the order of
 * keys takes a loop over records. Values themselves are read later, a record at a time, from digits the
 * content hash has vouched for (src/core/dataset-codec.ts).
 */
import {
  cell,
  COLUMN_BASE,
  isTextField,
  TABLE_NAMES,
  textAt,
  valuesField,
  yearField,
  type DatasetContent,
  type Table,
} from "./dataset-codec";
import {
  CURRENCIES,
  FDI_MEASURES,
  FIRST_YEAR,
  LAST_YEAR,
  QUALIFIERS,
  TABLES,
  type DatasetHead,
  type FieldSpec,
  type TableSpec,
} from "./dataset-types";

/** Past this many, more problems add nothing a reinstall would not fix anyway. */
const ENOUGH = 20;

type Report = (problem: string) => void;

const isText = (x: unknown): x is string => typeof x === "string" && x !== "";
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const show = (x: unknown): string => JSON.stringify(x)?.slice(0, 40) ?? "nothing";

function checkSources(sources: unknown, report: Report): void {
  if (!isObject(sources)) return report("the list of sources is missing");
  for (const [id, s] of Object.entries(sources)) {
    if (!isObject(s)) {
      report(`source ${show(id)} is not a record`);
      continue;
    }
    for (const field of ["publisher", "dataset", "origin", "licence"])
      if (!isText(s[field])) report(`source ${show(id)} has no ${field}`);
    for (const field of ["url", "note"])
      if (s[field] !== undefined && !isText(s[field])) report(`source ${show(id)} has a ${field} that is not text`);
    if (s.grade !== undefined && s.grade !== "A" && s.grade !== "B")
      report(`source ${show(id)} has the grade ${show(s.grade)}`);
    if (s.qualifier !== undefined && !(QUALIFIERS as readonly unknown[]).includes(s.qualifier))
      report(`source ${show(id)} has the qualifier ${show(s.qualifier)}`);
  }
}

/** The codes of every country and group, once each; reports repeats and malformed entries. */
function checkEntities(head: DatasetHead, report: Report): Set<string> {
  const codes = new Set<string>();
  const add = (code: unknown, what: string): void => {
    if (!isText(code)) report(`${what} has the code ${show(code)}`);
    else if (codes.has(code)) report(`the code ${show(code)} appears twice`);
    else codes.add(code);
  };
  if (!Array.isArray(head.countries)) report("the list of countries is missing");
  else {
    head.countries.forEach((c: unknown, i) => {
      const ok =
        Array.isArray(c) && c.length === 5 && c.slice(0, 4).every(isText) && Array.isArray(c[4]) && c[4].every(isText);
      if (!ok) report(`country ${i + 1} (${show(c)}) is malformed`);
      else add(c[0], `country ${i + 1}`);
    });
  }
  if (!isObject(head.groups)) {
    report("the list of groups is missing");
    return codes;
  }
  for (const [code, g] of Object.entries(head.groups)) {
    add(code, `a group`);
    const ok =
      isObject(g) &&
      isText(g.en) &&
      isText(g.zh) &&
      Array.isArray(g.aliases) &&
      g.aliases.every(isText) &&
      (g.members === null || Array.isArray(g.members));
    if (!ok) report(`group ${show(code)} is malformed`);
  }
  // Shares and rankings are of trade with the world as a whole.
  if (!own(head.groups, "WORLD")) report("the group WORLD is missing");
  // Members are countries, checked once every code is known.
  for (const [code, g] of Object.entries(head.groups)) {
    const members: unknown = isObject(g) ? g.members : null;
    if (!Array.isArray(members)) continue;
    const seen = new Set<unknown>();
    for (const m of members) {
      if (!isText(m) || !codes.has(m) || own(head.groups, m))
        report(`group ${show(code)} lists the unknown member ${show(m)}`);
      if (seen.has(m)) report(`group ${show(code)} lists ${show(m)} twice`);
      seen.add(m);
    }
  }
  return codes;
}

function checkFxAndGaps(head: DatasetHead, codes: Set<string>, report: Report): void {
  if (!Array.isArray(head.fx) || head.fx.length === 0) report("the exchange rates are missing");
  else {
    head.fx.forEach((fx: unknown, i) => {
      const ok =
        isObject(fx) &&
        (CURRENCIES as readonly unknown[]).includes(fx.currency) &&
        Number.isSafeInteger(fx.firstYear) &&
        Array.isArray(fx.rates);
      if (!ok) return report(`exchange-rate series ${i + 1} is malformed`);
      if (!isText(fx.sourceId) || !isObject(head.sources) || !own(head.sources, fx.sourceId))
        report(`exchange-rate series ${i + 1} names the unknown source ${show(fx.sourceId)}`);
      (fx.rates as unknown[]).forEach((r, k) => {
        if (typeof r !== "number" || !(r > 0 && r < Infinity))
          report(`the ${fx.currency} rate for ${(fx.firstYear as number) + k} is ${show(r)}, not a positive number`);
      });
    });
  }
  if (!Array.isArray(head.fdiGaps)) report("the list of FDI years without a breakdown is missing");
  else {
    head.fdiGaps.forEach((g: unknown, i) => {
      const ok =
        isObject(g) &&
        (FDI_MEASURES as readonly unknown[]).includes(g.measure) &&
        isText(g.reporter) &&
        codes.has(g.reporter) &&
        Number.isInteger(g.year) &&
        (g.year as number) >= FIRST_YEAR &&
        (g.year as number) <= LAST_YEAR &&
        Number.isInteger(g.listed) &&
        (g.listed as number) >= 0;
      if (!ok) report(`FDI year without a breakdown ${i + 1} (${show(g)}) is malformed`);
    });
  }
  if (!Array.isArray(head.gaps)) return report("the list of documented gaps is missing");
  head.gaps.forEach((g: unknown, i) => {
    const party = (x: unknown): boolean => x === "*" || (isText(x) && codes.has(x));
    const ok =
      isObject(g) &&
      party(g.reporter) &&
      party(g.partner) &&
      Number.isSafeInteger(g.from) &&
      Number.isSafeInteger(g.to) &&
      (g.from as number) <= (g.to as number) &&
      isText(g.reason);
    if (!ok) report(`documented gap ${i + 1} (${show(g)}) is malformed`);
  });
}

/** "series record 12 (CN MY X USD)": a record as messages name it, by its key. */
function describeRow(t: Table, strings: readonly string[], row: number): string {
  const spec: TableSpec = TABLES[t.name];
  const key = spec.key.map((k) => strings[textAt(t.columns[spec.fields.findIndex((f) => f.name === k)], row)] ?? "?");
  return `${t.name} record ${row + 1} (${key.join(" ")})`;
}

/** A character class of column characters for the numbers given (ascending), as ranges. */
function characterClass(numbers: readonly number[]): string {
  const hex = (n: number): string => `\\u${(COLUMN_BASE + n).toString(16).padStart(4, "0")}`;
  let out = "";
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    out += j > i ? `${hex(numbers[i])}-${hex(numbers[j])}` : hex(numbers[i]);
    i = j;
  }
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}

/**
 * The numbers each field's column may hold (for texts, one plus the index of each acceptable string), as
 * one regular expression matching the first character outside them. Built once per kind of field.
 */
class Allowed {
  private readonly byKind = new Map<string, RegExp>();

  constructor(
    private readonly strings: readonly string[],
    private readonly codes: Set<string>,
    private readonly sources: object,
  ) {}

  private numbers(field: FieldSpec): number[] {
    if (field.kind === "int") return range(field.min ?? 0, field.max ?? 0);
    if (field.kind === "year") return range(FIRST_YEAR, LAST_YEAR);
    if (field.kind === "values") return range(1, LAST_YEAR - FIRST_YEAR + 1);
    const out = field.optional ? [0] : [];
    for (let i = 0; i < this.strings.length; i++) {
      const s = this.strings[i];
      const ok =
        field.kind === "code"
          ? this.codes.has(s)
          : field.kind === "source"
            ? own(this.sources, s)
            : field.oneOf
              ? field.oneOf.includes(s)
              : isText(s);
      if (ok) out.push(i + 1);
    }
    return out;
  }

  outside(field: FieldSpec): RegExp {
    const kind = `${field.kind}|${field.oneOf?.join() ?? ""}|${field.min}|${field.max}|${field.optional === true}`;
    let re = this.byKind.get(kind);
    if (!re) {
      const allowed = this.numbers(field);
      re = allowed.length === 0 ? /[^]/ : new RegExp(`[^${characterClass(allowed)}]`);
      this.byKind.set(kind, re);
    }
    return re;
  }
}

function checkFields(t: Table, content: DatasetContent, allowed: Allowed, report: Report): void {
  const spec: TableSpec = TABLES[t.name];
  const strings = content.strings;
  spec.fields.forEach((field, f) => {
    const row = t.columns[f].search(allowed.outside(field));
    if (row < 0) return;
    const n = cell(t.columns[f], row);
    const what =
      field.kind === "values"
        ? `${n} values`
        : !isTextField(field)
          ? String(n)
          : n > strings.length
            ? "unreadable"
            : n === 0 || !isText(strings[n - 1])
              ? "missing"
              : `the unknown ${show(strings[n - 1])}`;
    report(`${describeRow(t, strings, row)}: ${field.name === "values" ? "it holds" : `${field.name} is`} ${what}`);
  });
  const badExtra = t.extra.findIndex((v) => typeof v !== "number" || !Number.isFinite(v));
  if (badExtra >= 0) report(`the ${t.name} table holds ${show(t.extra[badExtra])} where a number belongs`);
}

/**
 * Records come in key order, then by first year (indexes into the sorted string list compare as their
 * texts do); a key's records cover years that do not overlap, so no two values share key and year; where
 * the spec says so, a key has one record at most; and no record's values run past the last year.
 */
function checkKeys(t: Table, strings: readonly string[], report: Report): void {
  const spec: TableSpec = TABLES[t.name];
  const keys = spec.key.map((k) => t.columns[spec.fields.findIndex((f) => f.name === k)]);
  const first = t.columns[yearField(spec)];
  const counts = t.columns[valuesField(spec)];
  // Column characters are numbers plus the same base, so differences and first + count - 1 take no base off
  // except once, in `past`.
  const past = LAST_YEAR + COLUMN_BASE + 1;
  const oneRecordPerKey = spec.oneRecordPerKey;
  let lastOfPrevious = 0;
  for (let row = 0; row < t.rows; row++) {
    const start = first.charCodeAt(row);
    const end = start + counts.charCodeAt(row) - COLUMN_BASE - 1;
    if (end >= past)
      report(`${describeRow(t, strings, row)}: its values run to ${end - COLUMN_BASE}, past ${LAST_YEAR}`);
    let order = 1;
    for (let k = 0; k < keys.length && row > 0; k++) {
      order = keys[k].charCodeAt(row) - keys[k].charCodeAt(row - 1);
      if (order !== 0) break;
    }
    if (order < 0) report(`${describeRow(t, strings, row)} is out of order`);
    else if (order === 0 && oneRecordPerKey)
      report(`${describeRow(t, strings, row)} repeats the key of ${t.name} record ${row}`);
    else if (order === 0 && start <= lastOfPrevious)
      report(`${describeRow(t, strings, row)} gives values for years that ${t.name} record ${row} gives too`);
    lastOfPrevious = end;
  }
}

/** Every problem found (up to a point), or an empty list. */
export function checkContent(content: DatasetContent): string[] {
  const problems: string[] = [];
  const report: Report = (p) => {
    if (problems.length < ENOUGH) problems.push(p);
  };
  const head = content.head;
  if (!isText(head.edition)) report("the edition is missing");
  checkSources(head.sources, report);
  const codes = checkEntities(head, report);
  checkFxAndGaps(head, codes, report);
  content.strings.forEach((s: unknown, i) => isText(s) || report(`string ${i + 1} is ${show(s)}, not text`));
  const allowed = new Allowed(content.strings, codes, isObject(head.sources) ? head.sources : {});
  for (const name of TABLE_NAMES) {
    checkFields(content.tables[name], content, allowed, report);
    checkKeys(content.tables[name], content.strings, report);
  }
  return problems;
}

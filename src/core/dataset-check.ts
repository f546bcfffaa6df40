/**
 * What the add-in demands of its dataset before it answers anything: types, known codes and source ids,
 * years inside the index, finite values, no two values for one key and year, groups of known members.
 * The form does most of it (src/core/dataset-codec.ts): keys and years are numbers that can only name known
 * codes and years below the last record's, and values are digits that can only make numbers. What is left
 * is one pass over each table's `at` numbers (order, overlaps, years per record), one regular expression
 * over each table's cells (sources, enums, scales, notes, how values are stored) and one over raw values
 * (finite numbers), all run natively but the pass, which has two numbers a record to look at.
 */
import {
  FORMAT_WIDTH,
  keyRadices,
  keyTexts,
  LAYOUTS,
  RAW_NULL,
  startOf,
  TABLE_NAMES,
  YEARS,
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
function describeRow(content: DatasetContent, t: Table, row: number): string {
  return `${t.name} record ${row + 1} (${keyTexts(content, t, row).join(" ")})`;
}

/** Fixed-width hexadecimal numbers below n, as a pattern. */
function below(n: number, width: number): string {
  const digits = n.toString(16).padStart(width, "0");
  if (digits.length > width) return `[0-9a-f]{${width}}`;
  const options: string[] = [];
  for (let k = 0; k < width; k++) {
    const d = parseInt(digits[k], 16);
    const rest = width - k - 1;
    if (d > 0)
      options.push(digits.slice(0, k) + (d === 1 ? "0" : `[0-${(d - 1).toString(16)}]`) + (rest > 0 ? `[0-9a-f]{${rest}}` : ""));
  }
  return options.length === 0 ? "(?!)" : `(?:${options.join("|")})`;
}

/** The pattern of one cell field: the numbers it may hold. */
function fieldPattern(f: FieldSpec, content: DatasetContent): string {
  if (f.kind === "source") return below(content.sourceIds.length, 2);
  if (f.kind === "note") return below(content.notes.length + 1, 2);
  if (f.kind === "enum") return below(f.oneOf?.length ?? 0, 1);
  return `(?=[0-9a-f])(?!${below(f.min ?? 0, 1)})${below((f.max ?? 0) + 1, 1)}`;
}

/** Decimals, then a width of 1 to 13 digits or 0 for raw values, then where the values start. */
const FORMAT = `[0-9a-f](?:[0-9a-d])[0-9a-f]{${FORMAT_WIDTH - 2}}`;

function checkCells(content: DatasetContent, t: Table, report: Report): void {
  const spec: TableSpec = TABLES[t.name];
  const layout = LAYOUTS[t.name];
  const cellFields = spec.fields.map((f, i) => [f, i] as const).filter(([, i]) => layout.cellAt[i] >= 0);
  const record = cellFields.map(([f]) => fieldPattern(f, content)).join("") + FORMAT;
  const good = new RegExp(`^(?:${record})*`).exec(t.cells)?.[0].length ?? 0;
  if (good < t.cells.length) {
    const row = Math.floor(good / layout.width);
    const text = t.cells.substr(row * layout.width, layout.width);
    const bad = cellFields.find(([f, i]) => !new RegExp(`^${fieldPattern(f, content)}`).test(text.slice(layout.cellAt[i])));
    const what = bad
      ? `${bad[0].name} is ${bad[0].kind === "int" ? parseInt(text.substr(layout.cellAt[bad[1]], 1), 16) : "unknown"}`
      : "its values are stored in an unreadable form";
    report(`${describeRow(content, t, row)}: ${what}`);
  }
  const rawOk = new RegExp(`^(?:${RAW_NULL}|(?![7f]ff)[0-9a-f]{16})*$`).test(t.raw);
  if (!rawOk || t.raw.length % 16 !== 0) report(`the ${t.name} table holds a value that is not a finite number`);
}

/**
 * Records come in order of their start (key × YEARS + first year): each starts at or after the end of the
 * one before, which proves key order, and for records of one key that their years do not overlap; with
 * `oneRecordPerKey` a record starts in a later key. Each covers 1 to YEARS years within its key, and the
 * last one's key is below the count of keys: so every key names known codes.
 */
function checkYears(content: DatasetContent, t: Table, report: Report): void {
  const spec: TableSpec = TABLES[t.name];
  const at = t.at;
  const one = spec.oneRecordPerKey;
  let end = 0;
  for (let i = 0; i < at.length; i += 2) {
    const start = at[i];
    const count = at[i + 1];
    const offset = start % YEARS;
    if (start >= end && count >= 1 && offset + count <= YEARS && (start | 0) === start && (count | 0) === count) {
      end = one ? start - offset + YEARS : start + count;
      continue;
    }
    const row = i / 2;
    if (!(Number.isSafeInteger(start) && Number.isSafeInteger(count) && start >= 0 && count >= 0))
      return report(`${t.name} record ${row + 1}: its years are unreadable`);
    const what = describeRow(content, t, row);
    const before = row > 0 ? startOf(t, row - 1) : 0;
    const sameKey = Math.floor(start / YEARS) === Math.floor(before / YEARS);
    if (count < 1 || offset + count > YEARS)
      report(`${what}: its values run to ${FIRST_YEAR + offset + count - 1}, past ${LAST_YEAR}`);
    else if (start < before || !sameKey) report(`${what} is out of order`);
    else if (one) report(`${what} repeats the key of ${t.name} record ${row}`);
    else report(`${what} gives values for years that ${t.name} record ${row} gives too`);
    end = Math.max(end, start + Math.max(count, 0));
  }
  const keys = keyRadices(spec, content.entities.length).reduce((a, b) => a * b, 1);
  if (t.rows > 0 && startOf(t, t.rows - 1) >= keys * YEARS)
    report(`${t.name} record ${t.rows}: its key names no known code`);
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
  content.notes.forEach((n: unknown, i) => isText(n) || report(`note ${i + 1} is ${show(n)}, not text`));
  for (const name of TABLE_NAMES) {
    checkYears(content, content.tables[name], report);
    checkCells(content, content.tables[name], report);
  }
  return problems;
}

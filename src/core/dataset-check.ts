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

const SOURCE_TEXTS = ["publisher", "dataset", "origin", "licence"];

function checkSources(sources: unknown, report: Report): void {
  if (!isObject(sources)) return report("the list of sources is missing");
  for (const id in sources) {
    const s = sources[id];
    if (!isObject(s)) {
      report(`source ${show(id)} is not a record`);
      continue;
    }
    for (let i = 0; i < SOURCE_TEXTS.length; i++)
      if (!isText(s[SOURCE_TEXTS[i]])) report(`source ${show(id)} has no ${SOURCE_TEXTS[i]}`);
    if (s.url !== undefined && !isText(s.url)) report(`source ${show(id)} has a url that is not text`);
    if (s.note !== undefined && !isText(s.note)) report(`source ${show(id)} has a note that is not text`);
    if (s.grade !== undefined && s.grade !== "A" && s.grade !== "B")
      report(`source ${show(id)} has the grade ${show(s.grade)}`);
    if (s.qualifier !== undefined && !(QUALIFIERS as readonly unknown[]).includes(s.qualifier))
      report(`source ${show(id)} has the qualifier ${show(s.qualifier)}`);
  }
}

const allText = (xs: unknown): boolean => {
  if (!Array.isArray(xs)) return false;
  for (let i = 0; i < xs.length; i++) if (!isText(xs[i])) return false;
  return true;
};

/** Adds a country's or group's code to the known ones, or reports why it cannot be. */
function addCode(codes: Set<string>, code: unknown, what: string, report: Report): void {
  if (!isText(code)) report(`${what} has the code ${show(code)}`);
  else if (codes.has(code)) report(`the code ${show(code)} appears twice`);
  else codes.add(code);
}

// The checks below run once, at start-up, before the engine has compiled anything: plain loops, no
// callbacks or iterators, keep the interpreter's work small.

/** The codes of every country and group, once each; reports repeats and malformed entries. */
function checkEntities(head: DatasetHead, report: Report): Set<string> {
  const codes = new Set<string>();
  const countries: unknown = head.countries;
  if (!Array.isArray(countries)) report("the list of countries is missing");
  else {
    for (let i = 0; i < countries.length; i++) {
      const c: unknown = countries[i];
      const ok =
        Array.isArray(c) &&
        c.length === 5 &&
        isText(c[0]) &&
        isText(c[1]) &&
        isText(c[2]) &&
        isText(c[3]) &&
        allText(c[4]);
      if (!ok) report(`country ${i + 1} (${show(c)}) is malformed`);
      else addCode(codes, c[0], `country ${i + 1}`, report);
    }
  }
  const groups: unknown = head.groups;
  if (!isObject(groups)) {
    report("the list of groups is missing");
    return codes;
  }
  for (const code in groups) {
    addCode(codes, code, `a group`, report);
    const g = groups[code];
    const ok =
      isObject(g) &&
      isText(g.en) &&
      isText(g.zh) &&
      allText(g.aliases) &&
      (g.members === null || Array.isArray(g.members));
    if (!ok) report(`group ${show(code)} is malformed`);
  }
  // Shares and rankings are of trade with the world as a whole.
  if (!own(groups, "WORLD")) report("the group WORLD is missing");
  // Members are countries, checked once every code is known.
  for (const code in groups) {
    const g = groups[code];
    const members: unknown = isObject(g) ? g.members : null;
    if (!Array.isArray(members)) continue;
    for (let i = 0; i < members.length; i++) {
      const m: unknown = members[i];
      if (!isText(m) || !codes.has(m) || own(groups, m))
        report(`group ${show(code)} lists the unknown member ${show(m)}`);
      if (members.indexOf(m) < i) report(`group ${show(code)} lists ${show(m)} twice`);
    }
  }
  return codes;
}

function checkFx(head: DatasetHead, report: Report): void {
  const list: unknown = head.fx;
  if (!Array.isArray(list) || list.length === 0) return report("the exchange rates are missing");
  for (let i = 0; i < list.length; i++) {
    const fx: unknown = list[i];
    const ok =
      isObject(fx) &&
      (CURRENCIES as readonly unknown[]).includes(fx.currency) &&
      Number.isSafeInteger(fx.firstYear) &&
      Array.isArray(fx.rates);
    if (!ok) {
      report(`exchange-rate series ${i + 1} is malformed`);
      continue;
    }
    if (!isText(fx.sourceId) || !isObject(head.sources) || !own(head.sources, fx.sourceId))
      report(`exchange-rate series ${i + 1} names the unknown source ${show(fx.sourceId)}`);
    const rates = fx.rates as unknown[];
    for (let k = 0; k < rates.length; k++) {
      const r = rates[k];
      if (typeof r !== "number" || !(r > 0 && r < Infinity))
        report(`the ${fx.currency} rate for ${(fx.firstYear as number) + k} is ${show(r)}, not a positive number`);
    }
  }
}

const isParty = (x: unknown, codes: Set<string>): boolean => x === "*" || (isText(x) && codes.has(x));

function checkGaps(head: DatasetHead, codes: Set<string>, report: Report): void {
  const fdiGaps: unknown = head.fdiGaps;
  if (!Array.isArray(fdiGaps)) report("the list of FDI years without a breakdown is missing");
  else {
    for (let i = 0; i < fdiGaps.length; i++) {
      const g: unknown = fdiGaps[i];
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
    }
  }
  const gaps: unknown = head.gaps;
  if (!Array.isArray(gaps)) return report("the list of documented gaps is missing");
  for (let i = 0; i < gaps.length; i++) {
    const g: unknown = gaps[i];
    const ok =
      isObject(g) &&
      isParty(g.reporter, codes) &&
      isParty(g.partner, codes) &&
      Number.isSafeInteger(g.from) &&
      Number.isSafeInteger(g.to) &&
      (g.from as number) <= (g.to as number) &&
      isText(g.reason);
    if (!ok) report(`documented gap ${i + 1} (${show(g)}) is malformed`);
  }
}

/** "series record 12 (CN MY X USD)": a record as messages name it, by its key. */
function describeRow(content: DatasetContent, t: Table, row: number): string {
  return `${t.name} record ${row + 1} (${keyTexts(content, t, row).join(" ")})`;
}

/** One hexadecimal digit from lo to hi, as a character class. */
function digits(lo: number, hi: number): string {
  const range = (a: number, b: number): string => (a === b ? a.toString(16) : `${a.toString(16)}-${b.toString(16)}`);
  const parts = [lo <= 9 ? range(lo, Math.min(hi, 9)) : "", hi >= 10 ? range(Math.max(lo, 10), hi) : ""];
  return `[${parts.join("")}]`;
}

/** Fixed-width hexadecimal numbers from 0 to n − 1, as a pattern: a character class where one digit does. */
function below(n: number, width: number): string {
  if (n >= 16 ** width) return `[0-9a-f]{${width}}`;
  if (n <= 0) return "(?!)";
  if (width === 1) return digits(0, n - 1);
  const top = Math.floor(n / 16 ** (width - 1));
  const rest = `${below(16 ** (width - 1), width - 1)}`;
  const full = top === 0 ? [] : [`${below(top, 1)}${rest}`];
  const part = n % 16 ** (width - 1) === 0 ? [] : [`${top.toString(16)}${below(n % 16 ** (width - 1), width - 1)}`];
  const options = [...full, ...part];
  return options.length === 1 ? options[0] : `(?:${options.join("|")})`;
}

/** The pattern of one cell field: the numbers it may hold. */
function fieldPattern(f: FieldSpec, content: DatasetContent): string {
  if (f.kind === "source") return below(content.sourceIds.length, 2);
  if (f.kind === "note") return below(content.notes.length + 1, 2);
  if (f.kind === "enum") return below(f.oneOf?.length ?? 0, 1);
  return digits(f.min ?? 0, f.max ?? 0);
}

/** Decimals, then a width of 1 to 13 digits or 0 for raw values, then where the values start. */
const FORMAT = `[0-9a-f][0-9a-d][0-9a-f]{${FORMAT_WIDTH - 2}}`;

function checkCells(content: DatasetContent, t: Table, report: Report): void {
  const spec: TableSpec = TABLES[t.name];
  const layout = LAYOUTS[t.name];
  const cellFields = spec.fields.map((f, i) => [f, i] as const).filter(([, i]) => layout.cellAt[i] >= 0);
  const record = cellFields.map(([f]) => fieldPattern(f, content)).join("") + FORMAT;
  const good = new RegExp(`^(?:${record})*`).exec(t.cells)?.[0].length ?? 0;
  if (good < t.cells.length) {
    const row = Math.floor(good / layout.width);
    const text = t.cells.substr(row * layout.width, layout.width);
    const bad = cellFields.find(
      ([f, i]) => !new RegExp(`^${fieldPattern(f, content)}`).test(text.slice(layout.cellAt[i])),
    );
    const what = bad
      ? `${bad[0].name} is ${bad[0].kind === "int" ? parseInt(text.substr(layout.cellAt[bad[1]], 1), 16) : "unknown"}`
      : "its values are stored in an unreadable form";
    report(`${describeRow(content, t, row)}: ${what}`);
  }
  // Few values are raw: a loop over them costs less than a pattern with a lookahead.
  let rawOk = t.raw.length % 16 === 0 && !/[^0-9a-f]/.test(t.raw);
  for (let at = 0; rawOk && at < t.raw.length; at += 16) {
    const top = t.raw.substr(at, 3);
    rawOk = (top !== "7ff" && top !== "fff") || t.raw.substr(at, 16) === RAW_NULL;
  }
  if (!rawOk) report(`the ${t.name} table holds a value that is not a finite number`);
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
  checkFx(head, report);
  checkGaps(head, codes, report);
  const notes: readonly unknown[] = content.notes;
  for (let i = 0; i < notes.length; i++) if (!isText(notes[i])) report(`note ${i + 1} is ${show(notes[i])}, not text`);
  for (let i = 0; i < TABLE_NAMES.length; i++) {
    checkYears(content, content.tables[TABLE_NAMES[i]], report);
    checkCells(content, content.tables[TABLE_NAMES[i]], report);
  }
  return problems;
}

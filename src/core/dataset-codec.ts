/**
 * The encoded form of the dataset's large tables. Parsing some 600 KB of JSON records, most of it decimal
 * numbers, was most of the add-in's start-up; the bundled file stores instead, per table:
 *
 * - one string per field, one character per record: its code is 0x100 plus the number (texts as one plus
 *   an index into a sorted list of strings, 0 for a missing optional text). The JSON parser reads these
 *   as plain strings; a record's field is one charCodeAt away, and the load-time check scans a whole
 *   column with one regular expression (src/core/dataset-check.ts);
 * - the values as one string of digits, read a record at a time when a lookup first needs it.
 *
 * Digits: numbers in base 32, least significant first, each digit one character of the base64 alphabet
 * with 32 added while more digits follow (the variable-length quantities of source maps, carried to 53 bits
 * by arithmetic instead of 32-bit operations). A record's values are a count of decimals d, then one number
 * per value: 0 for null, 1 followed by a position in `extra`, otherwise 2 plus the zigzagged integer m
 * (0, -1, 1, -2 … as 0, 1, 2, 3 …), with value = m / 10^d. Division by an exact power of ten is correctly
 * rounded, so m / 10^d is the very double that parsing the decimal text gives: the encoding is exact.
 * Values that need more than eight decimals (artefacts of sums in the sources) go to `extra` as JSON numbers.
 */
import { damaged } from "./dataset-integrity";
import { contentHash } from "./dataset-hash";
import {
  TABLES,
  type DatasetFile,
  type DatasetHead,
  type EncodedDataset,
  type EncodedTable,
  type FieldSpec,
  type TableName,
  type TableSpec,
} from "./dataset-types";

export const ENCODING = 2;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
const MAX_DECIMALS = 8;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
/** Mantissas stay below 2^50, so 2 + zigzag(m) stays an exact integer below 2^53. */
const MAX_MANTISSA = 2 ** 50;
const NULL_CODE = 0;
const EXTRA_CODE = 1;

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export const isTextField = (f: FieldSpec): boolean => f.kind === "code" || f.kind === "source" || f.kind === "text";
export const valuesField = (spec: TableSpec): number => spec.fields.findIndex((f) => f.kind === "values");
export const yearField = (spec: TableSpec): number => spec.fields.findIndex((f) => f.kind === "year");

/** The code of a column character is this plus the number it stands for. */
export const COLUMN_BASE = 0x100;
/** Largest number a column character can carry: its code stays below the surrogates (0xD800). */
const COLUMN_MAX = 0xd7ff - COLUMN_BASE;

/** A decoded table: columns as the file holds them, checked before anything reads them. */
export interface Table {
  readonly name: TableName;
  readonly rows: number;
  /** One column string per field of the spec; for the values field, each record's count of values. */
  readonly columns: readonly string[];
  /** Each record's length in `digits`. */
  readonly chars: string;
  readonly digits: string;
  readonly extra: readonly unknown[];
  /** Where each record's digits start, with one more entry for the end: summed on the first read. */
  digitsAt?: Int32Array;
}

/** The number a column holds for a record (-1 for a missing text). */
export const cell = (column: string, row: number): number => column.charCodeAt(row) - COLUMN_BASE;
/** A text field's index into the strings, or -1 where it is missing. */
export const textAt = (column: string, row: number): number => column.charCodeAt(row) - COLUMN_BASE - 1;

/** The dataset as loaded: the head as parsed, the tables in columns. */
export interface DatasetContent {
  readonly head: DatasetHead;
  readonly strings: readonly string[];
  readonly tables: Readonly<Record<TableName, Table>>;
}

/** Field name -> position in the record, for reading a table's columns by name. */
export function fieldIndex<S extends TableSpec>(spec: S): Record<S["fields"][number]["name"], number> {
  return Object.fromEntries(spec.fields.map((f, i) => [f.name, i])) as Record<S["fields"][number]["name"], number>;
}

// ---- writing (the build) ----

function writeUint(out: string[], n: number): void {
  let rest = n;
  do {
    const digit = rest % 32;
    rest = Math.floor(rest / 32);
    out.push(ALPHABET[rest > 0 ? digit + 32 : digit]);
  } while (rest > 0);
}

const zigzag = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);

/** The decimals a number's shortest text shows, or undefined for exponent notation and non-numbers. */
function decimalsOf(v: unknown): number | undefined {
  if (typeof v !== "number" || !Number.isFinite(v)) return undefined;
  const text = String(v);
  if (text.includes("e")) return undefined;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The integer m with m / 10^d === v exactly, or undefined where there is none small enough. */
function mantissa(v: unknown, d: number): number | undefined {
  const decimals = decimalsOf(v);
  if (decimals === undefined || decimals > d) return undefined;
  const text = String(v);
  const negative = text.startsWith("-");
  const m = Number((negative ? text.slice(1) : text).replace(".", "") + "0".repeat(d - decimals)) * (negative ? -1 : 1);
  return Math.abs(m) < MAX_MANTISSA && m / POW10[d] === v ? m : undefined;
}

/** One record's digits. Anything that is no exact small decimal goes to `extra` as given, even if it is
 *  no number: the load-time check, not the encoder, is what rejects bad data. */
function valueDigits(values: readonly unknown[], extra: unknown[]): string {
  const out: string[] = [];
  const d = Math.max(0, ...values.map((v) => decimalsOf(v) ?? 0).filter((n) => n <= MAX_DECIMALS));
  writeUint(out, d);
  for (const v of values) {
    const m = v === null ? undefined : mantissa(v, d);
    if (v === null) writeUint(out, NULL_CODE);
    else if (m !== undefined) writeUint(out, 2 + zigzag(m));
    else {
      writeUint(out, EXTRA_CODE);
      writeUint(out, extra.length);
      extra.push(v);
    }
  }
  return out.join("");
}

type Rec = readonly unknown[];

/** Records in the order the file keeps: by key (as texts in code-unit order), then by first year. */
function keyOrder(spec: TableSpec, records: readonly Rec[]): Rec[] {
  const keyAt = spec.key.map((k) => spec.fields.findIndex((f) => f.name === k));
  const yearAt = yearField(spec);
  const compare = (a: Rec, b: Rec): number => {
    for (const i of keyAt) if (a[i] !== b[i]) return String(a[i]) < String(b[i]) ? -1 : 1;
    return Number(a[yearAt]) - Number(b[yearAt]);
  };
  return [...records].sort(compare);
}

function columnOf(name: string, numbers: readonly number[]): string {
  const bad = numbers.findIndex((n) => !(Number.isInteger(n) && n >= 0 && n <= COLUMN_MAX));
  if (bad >= 0)
    throw new Error(`${name}: ${JSON.stringify(numbers[bad])} (record ${bad + 1}) cannot be stored in a column`);
  return numbers.map((n) => String.fromCharCode(COLUMN_BASE + n)).join("");
}

function encodeTable(name: TableName, all: readonly Rec[], ids: Map<unknown, number>): EncodedTable {
  const spec: TableSpec = TABLES[name];
  const records = keyOrder(spec, all);
  records.forEach((rec, row) => {
    if (rec.length > spec.fields.length) {
      throw new Error(
        `${name} record ${row + 1} has ${rec.length} fields where ${name} declares ${spec.fields.length}: ` +
          `declare the new field in src/core/dataset-types.ts`,
      );
    }
    if (!Array.isArray(rec[valuesField(spec)])) throw new Error(`${name} record ${row + 1}: its values are not a list`);
  });
  const columns: Record<string, string> = {};
  spec.fields.forEach((f, i) => {
    if (f.kind === "values") return;
    const missing = (v: unknown): boolean => f.optional === true && (v === undefined || v === null);
    const numbers = records.map((rec) =>
      !isTextField(f) ? (rec[i] as number) : missing(rec[i]) ? 0 : (ids.get(rec[i]) as number) + 1,
    );
    columns[f.name] = columnOf(`${name} ${f.name}`, numbers);
  });
  const extra: unknown[] = [];
  const valueLists = records.map((rec) => rec[valuesField(spec)] as unknown[]);
  const digits = valueLists.map((values) => valueDigits(values, extra));
  return {
    rows: records.length,
    columns,
    counts: columnOf(
      `${name} counts`,
      valueLists.map((v) => v.length),
    ),
    chars: columnOf(
      `${name} digit lengths`,
      digits.map((d) => d.length),
    ),
    digits: digits.join(""),
    extra: extra as number[],
  };
}

/** Every text of the tables once, in code-unit order, so that comparing indexes compares texts. */
function stringList(file: DatasetFile): unknown[] {
  const texts = new Set<unknown>();
  for (const name of TABLE_NAMES) {
    const spec: TableSpec = TABLES[name];
    for (const rec of file[name] as readonly Rec[]) {
      spec.fields.forEach((f, i) => {
        if (isTextField(f) && !(f.optional && (rec[i] === undefined || rec[i] === null))) texts.add(rec[i]);
      });
    }
  }
  return [...texts].sort((a, b) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
}

/**
 * The bundled form of a dataset, with its content hash. Faithful rather than strict: whatever the records
 * hold is carried over as far as the form allows, so that the load-time check is what rejects bad data
 * (the build runs that check before it writes).
 */
export function encodeDataset(file: DatasetFile): EncodedDataset {
  const sources = Object.fromEntries(
    Object.keys(file.sources)
      .sort()
      .map((k) => [k, file.sources[k]]),
  );
  const parts = Object.entries(file).filter(([k]) => !(TABLE_NAMES as string[]).includes(k));
  // Through JSON once, so that the hash is taken over exactly what a reader of the file will see.
  const head = JSON.parse(
    JSON.stringify(Object.fromEntries(parts.map(([k, v]) => [k, k === "sources" ? sources : v]))),
  ) as DatasetHead;
  const strings = stringList(file);
  const ids = new Map(strings.map((s, i) => [s, i]));
  const tables = {} as Record<TableName, EncodedTable>;
  for (const name of TABLE_NAMES) tables[name] = encodeTable(name, file[name] as readonly Rec[], ids);
  // Key order is the file's: the hash is taken over the object as a reader of the file parses it.
  const { edition, ...rest } = head;
  const encoded: EncodedDataset = {
    encoding: ENCODING,
    edition,
    hash: "",
    ...rest,
    strings: strings as string[],
    tables,
  };
  encoded.hash = contentHash(encoded);
  return encoded;
}

// ---- reading (the add-in, at load) ----

/** Keys of the file that are not part of the readable head. */
const NOT_HEAD = ["encoding", "hash", "strings", "tables"];

function decodeTable(name: TableName, encoded: unknown): Table {
  const spec: TableSpec = TABLES[name];
  const e = encoded as Partial<EncodedTable> | undefined;
  if (typeof e !== "object" || e === null) damaged(`the ${name} table is missing`);
  const { rows, columns, counts, chars, digits, extra } = e;
  if (!Number.isSafeInteger(rows) || (rows as number) < 0)
    damaged(`the ${name} table's count of records is unreadable`);
  const column = (x: unknown, what: string): string =>
    typeof x === "string" && x.length === rows
      ? x
      : damaged(`the ${name} table's ${what} do not list its ${rows} records`);
  const cols = spec.fields.map((f) =>
    f.kind === "values" ? column(counts, "counts") : column(columns?.[f.name], `${f.name} column`),
  );
  if (typeof digits !== "string" || !Array.isArray(extra)) damaged(`the ${name} table's values are unreadable`);
  return { name, rows: rows as number, columns: cols, chars: column(chars, "digit lengths"), digits, extra };
}

/** Reads the bundled form's structure; the first problem that stops reading ends it with a DatasetIntegrityError. */
export function decodeDataset(input: unknown): DatasetContent {
  if (typeof input !== "object" || input === null || Array.isArray(input)) damaged("the file holds no dataset");
  const e = input as Partial<EncodedDataset>;
  if (e.encoding !== ENCODING)
    damaged(`the file is in encoding ${JSON.stringify(e.encoding) ?? "(none)"}, not ${ENCODING}`);
  if (!Array.isArray(e.strings)) damaged("the list of strings is missing");
  const tables = {} as Record<TableName, Table>;
  for (const name of TABLE_NAMES) tables[name] = decodeTable(name, e.tables?.[name]);
  const head = Object.fromEntries(Object.entries(e).filter(([k]) => !NOT_HEAD.includes(k))) as DatasetHead;
  return { head, strings: e.strings, tables };
}

function digitsAt(t: Table): Int32Array {
  if (t.digitsAt) return t.digitsAt;
  const at = new Int32Array(t.rows + 1);
  for (let row = 0; row < t.rows; row++) at[row + 1] = at[row] + cell(t.chars, row);
  if (at[t.rows] !== t.digits.length) damaged(`the ${t.name} table's digits do not add up to its records`);
  return (t.digitsAt = at);
}

/**
 * One record's values, read from its digits: NaN where a year has none. Values are read when a lookup first
 * needs them; the content hash checked at load proves the digits are the ones the build wrote, read in full
 * and checked before writing.
 */
export function recordValues(t: Table, row: number): Float64Array {
  const text = t.digits;
  const at = digitsAt(t);
  const count = cell(t.columns[valuesField(TABLES[t.name])], row);
  const end = at[row + 1];
  let pos = at[row];
  const next = (): number => {
    let n = 0;
    let scale = 1;
    while (pos < end) {
      const c = text.charCodeAt(pos++);
      const digit = c < 128 ? DIGIT[c] : -1;
      if (digit < 0 || scale > 2 ** 50) break;
      if (digit < 32) return n + digit * scale;
      n += (digit - 32) * scale;
      scale *= 32;
    }
    return damaged(`the digits of ${t.name} record ${row + 1} are unreadable`);
  };
  const d = next();
  if (d > MAX_DECIMALS) damaged(`${t.name} record ${row + 1} has ${d} decimals`);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const code = next();
    if (code === NULL_CODE) out[i] = NaN;
    else if (code !== EXTRA_CODE) out[i] = (code % 2 === 0 ? (code - 2) / 2 : (1 - code) / 2) / POW10[d];
    else {
      // The load-time check has found every entry of `extra` a finite number.
      const v = t.extra[next()];
      out[i] = typeof v === "number" ? v : damaged(`${t.name} record ${row + 1} refers to no extra value`);
    }
  }
  if (pos !== end) damaged(`the digits of ${t.name} record ${row + 1} hold more than its ${count} values`);
  return out;
}

/** The table's records as tuples again (the readable form), for the parts of the add-in that read records. */
export function recordsOf(name: TableName, content: DatasetContent): unknown[][] {
  const spec: TableSpec = TABLES[name];
  const t = content.tables[name];
  const out: unknown[][] = new Array(t.rows);
  for (let row = 0; row < t.rows; row++) {
    const rec: unknown[] = spec.fields.map((f, i) => {
      if (f.kind === "int" || f.kind === "year") return cell(t.columns[i], row);
      if (f.kind === "values") return Array.from(recordValues(t, row), (x) => (x === x ? x : null));
      const id = textAt(t.columns[i], row);
      return id < 0 ? undefined : content.strings[id];
    });
    while (rec.length > 0 && rec[rec.length - 1] === undefined) rec.pop();
    out[row] = rec;
  }
  return out;
}

/**
 * The encoded form of the dataset's large tables. Parsing some 600 KB of JSON records, most of it decimal
 * numbers, was most of the add-in's start-up; the bundled file stores instead, per table:
 *
 * - `at`: two whole numbers per record, which the JSON parser reads natively: where the record's years
 *   start in one numbering of all keys and years, and how many years it covers. A key (say CN, MY, T, USD)
 *   is a number whose digits are the positions of its codes in their lists, most significant first; the
 *   start is key × 41 plus the first year's offset from 1990. Records are listed by start, so one pass that
 *   checks each start against the end of the record before proves the order, the absence of overlaps and,
 *   since every number below the last one names known codes, the codes;
 * - `cells`: the other fields, in hexadecimal digits of fixed widths, so that one regular expression checks
 *   every record's fields;
 * - `values`: each record's values in hexadecimal digits, `width` digits each: the zigzagged integer m
 *   (0, -1, 1, -2 … as 0, 1, 2, 3 …) with value = m / 10^decimals, and all digits f for a year without a
 *   value. Division by an exact power of ten is correctly rounded, so m / 10^d is the very double that
 *   parsing the decimal text gives: the encoding is exact. A record whose values no such fraction carries
 *   (artefacts of sums in the sources) has width 0 and its values in `raw`, 16 digits of their 64 bits each.
 *
 * Being hexadecimal, cells, values and raw bits are hashed natively (src/core/dataset-hash.ts). Values are
 * read a record at a time, when a lookup first needs them.
 */
import { damaged } from "./dataset-integrity";
import { contentHash } from "./dataset-hash";
import {
  FIRST_YEAR,
  LAST_YEAR,
  TABLES,
  type DatasetFile,
  type DatasetHead,
  type EncodedDataset,
  type EncodedTable,
  type FieldSpec,
  type TableName,
  type TableSpec,
} from "./dataset-types";

export const ENCODING = 3;
/** Years a key can hold: the start of a record is key × YEARS + (first year − FIRST_YEAR). */
export const YEARS = LAST_YEAR - FIRST_YEAR + 1;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

const POW10 = Array.from({ length: 16 }, (_, d) => 10 ** d);
/** Mantissas stay below 2^50, so zigzagged they stay below 2^51 and fit 13 hexadecimal digits. */
const MAX_MANTISSA = 2 ** 50;
const MAX_WIDTH = 13;
/** The 64 bits of the NaN that stands for a year without a value among raw values. */
export const RAW_NULL = "7ff8000000000000";

/** Hexadecimal digits of each kind of cell field, and of the values' format: decimals, width, offset. */
const CELL_WIDTH: Partial<Record<FieldSpec["kind"], number>> = { source: 2, enum: 1, int: 1, note: 2 };
export const FORMAT_WIDTH = 8;

/** Where a spec's fields are stored. */
export interface Layout {
  /** Field positions of the key, most significant first. */
  readonly key: readonly number[];
  /** Per field position, where its digits start within a record's cells (-1 for fields stored elsewhere). */
  readonly cellAt: readonly number[];
  /** Where the values' format starts within a record's cells, and the cells' width. */
  readonly formatAt: number;
  readonly width: number;
  readonly year: number;
  readonly values: number;
}

export function layoutOf(spec: TableSpec): Layout {
  const cellAt: number[] = [];
  let width = 0;
  for (const f of spec.fields) {
    const w = spec.key.includes(f.name) ? undefined : CELL_WIDTH[f.kind];
    cellAt.push(w === undefined ? -1 : width);
    width += w ?? 0;
  }
  return {
    key: spec.key.map((k) => spec.fields.findIndex((f) => f.name === k)),
    cellAt,
    formatAt: width,
    width: width + FORMAT_WIDTH,
    year: spec.fields.findIndex((f) => f.kind === "year"),
    values: spec.fields.findIndex((f) => f.kind === "values"),
  };
}

export const LAYOUTS: Readonly<Record<TableName, Layout>> = {
  series: layoutOf(TABLES.series),
  fdi: layoutOf(TABLES.fdi),
};

/** Field name -> position in the record, for reading a table's fields by name. */
export function fieldIndex<S extends TableSpec>(spec: S): Record<S["fields"][number]["name"], number> {
  return Object.fromEntries(spec.fields.map((f, i) => [f.name, i])) as Record<S["fields"][number]["name"], number>;
}

/** A decoded table: its parts as the file holds them, checked before anything reads them. */
export interface Table {
  readonly name: TableName;
  readonly rows: number;
  readonly at: readonly number[];
  readonly cells: string;
  readonly values: string;
  readonly raw: string;
}

/** The dataset as loaded: the head as parsed, the lists the tables' numbers point into, the tables. */
export interface DatasetContent {
  readonly head: DatasetHead;
  readonly notes: readonly string[];
  /** Every code of `countries`, then of `groups`: what a "code" digit of a key points to. */
  readonly entities: readonly string[];
  readonly sourceIds: readonly string[];
  readonly tables: Readonly<Record<TableName, Table>>;
}

/** How many values each digit of the spec's key can take, most significant first. */
export function keyRadices(spec: TableSpec, entityCount: number): number[] {
  return spec.key.map((k) => {
    const f = spec.fields.find((x) => x.name === k) as FieldSpec;
    return f.kind === "code" ? entityCount : (f.oneOf?.length ?? 1);
  });
}

/** The key number of the digits given (missing trailing digits count as 0). */
export function keyNumber(radices: readonly number[], digits: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < radices.length; i++) n = n * radices[i] + (digits[i] ?? 0);
  return n;
}

/** The digits of a key number, most significant first. */
export function keyDigits(radices: readonly number[], key: number): number[] {
  const out = new Array<number>(radices.length);
  let rest = key;
  for (let i = radices.length - 1; i >= 0; i--) {
    out[i] = rest % radices[i];
    rest = Math.floor(rest / radices[i]);
  }
  return out;
}

export const startOf = (t: Table, row: number): number => t.at[2 * row];
export const countOf = (t: Table, row: number): number => t.at[2 * row + 1];
export const firstYearOf = (t: Table, row: number): number => FIRST_YEAR + (startOf(t, row) % YEARS);

/** A cell field's number (a source, enum or note index, or an int). */
export function cellOf(t: Table, row: number, field: number): number {
  const layout = LAYOUTS[t.name];
  const spec: TableSpec = TABLES[t.name];
  const at = row * layout.width + layout.cellAt[field];
  return parseInt(t.cells.substr(at, CELL_WIDTH[spec.fields[field].kind] as number), 16);
}

/** What a field's number stands for: a code, source id, enum text or note (undefined for no note). */
export function fieldText(content: DatasetContent, f: FieldSpec, n: number): string | undefined {
  if (f.kind === "code") return content.entities[n];
  if (f.kind === "source") return content.sourceIds[n];
  if (f.kind === "note") return n === 0 ? undefined : content.notes[n - 1];
  return f.oneOf?.[n];
}

/** The record's key as codes and texts, in the spec's key order. */
export function keyTexts(content: DatasetContent, t: Table, row: number): string[] {
  const spec: TableSpec = TABLES[t.name];
  const radices = keyRadices(spec, content.entities.length);
  const digits = keyDigits(radices, Math.floor(startOf(t, row) / YEARS));
  return LAYOUTS[t.name].key.map((f, i) => fieldText(content, spec.fields[f], digits[i]) ?? "?");
}

// ---- writing (the build) ----

const hex = (n: number, width: number): string => n.toString(16).padStart(width, "0");

/** The decimals a number's shortest text shows, or undefined for exponent notation. */
function decimalsOf(v: number): number | undefined {
  const text = String(v);
  if (text.includes("e")) return undefined;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The integer m with m / 10^d === v exactly, or undefined where there is none small enough. */
function mantissa(v: number, d: number): number | undefined {
  const decimals = decimalsOf(v);
  if (decimals === undefined || decimals > d) return undefined;
  const text = String(v);
  const negative = text.startsWith("-");
  const m = Number((negative ? text.slice(1) : text).replace(".", "") + "0".repeat(d - decimals)) * (negative ? -1 : 1);
  return Math.abs(m) < MAX_MANTISSA && m / POW10[d] === v ? m : undefined;
}

const zigzag = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);

function rawBits(v: number | null): string {
  if (v === null) return RAW_NULL;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  return hex(view.getUint32(0), 8) + hex(view.getUint32(4), 8);
}

interface Written {
  values: string[];
  valuesLength: number;
  raw: string[];
  rawLength: number;
}

/** One record's values appended to `out`; returns their format: decimals, width, offset. */
function writeValues(values: readonly (number | null)[], out: Written): string {
  const numbers = values.filter((v): v is number => v !== null);
  const finite = numbers.every((v) => Number.isFinite(v));
  const d = finite ? Math.max(0, ...numbers.map((v) => decimalsOf(v) ?? 99)) : 99;
  const ms = d < POW10.length ? numbers.map((v) => mantissa(v, d)) : [undefined];
  if (ms.some((m) => m === undefined)) {
    // Infinity and NaN go here too, as they are: the load-time check, not the encoder, rejects bad data.
    const text = values.map(rawBits).join("");
    out.raw.push(text);
    out.rawLength += text.length;
    return hex(0, 2) + hex(out.rawLength - text.length, FORMAT_WIDTH - 2);
  }
  const codes = (ms as number[]).map(zigzag);
  let width = 1;
  while (16 ** width - 1 <= Math.max(0, ...codes)) width++;
  let k = 0;
  const text = values.map((v) => (v === null ? "f".repeat(width) : hex(codes[k++], width))).join("");
  out.values.push(text);
  out.valuesLength += text.length;
  if (width > MAX_WIDTH) throw new Error(`values too large to encode: ${JSON.stringify(values.slice(0, 3))}`);
  return hex(d, 1) + hex(width, 1) + hex(out.valuesLength - text.length, FORMAT_WIDTH - 2);
}

type Rec = readonly unknown[];

interface Lists {
  entities: Map<unknown, number>;
  sources: Map<unknown, number>;
  notes: Map<unknown, number>;
}

/** A field's number, or an error naming the record: what the form cannot carry, the build refuses. */
function numberOf(name: TableName, row: number, f: FieldSpec, v: unknown, lists: Lists): number {
  const index =
    f.kind === "code"
      ? lists.entities.get(v)
      : f.kind === "source"
        ? lists.sources.get(v)
        : f.kind === "note"
          ? v === undefined || v === null
            ? 0
            : lists.notes.get(v)
          : f.kind === "enum"
            ? f.oneOf?.indexOf(v as string)
            : Number.isInteger(v) && (v as number) >= 0 && (v as number) < 16
              ? (v as number)
              : undefined;
  if (index === undefined || index < 0)
    throw new Error(
      `${name} record ${row + 1}: ${f.name} ${JSON.stringify(v) ?? "(missing)"} is not one the dataset knows`,
    );
  return index;
}

function encodeTable(name: TableName, records: readonly Rec[], lists: Lists): EncodedTable {
  const spec: TableSpec = TABLES[name];
  const layout = LAYOUTS[name];
  const radices = keyRadices(spec, lists.entities.size);
  const rows = records.map((rec, row) => {
    if (rec.length > spec.fields.length) {
      throw new Error(
        `${name} record ${row + 1} has ${rec.length} fields where ${name} declares ${spec.fields.length}: ` +
          "declare the new field in src/core/dataset-types.ts",
      );
    }
    const values = rec[layout.values];
    const first = rec[layout.year];
    if (!Array.isArray(values) || values.some((v) => v !== null && typeof v !== "number"))
      throw new Error(`${name} record ${row + 1}: its values are not a list of numbers`);
    if (!Number.isInteger(first) || (first as number) < FIRST_YEAR || (first as number) > LAST_YEAR)
      throw new Error(
        `${name} record ${row + 1}: first year ${JSON.stringify(first)} is outside ${FIRST_YEAR}–${LAST_YEAR}`,
      );
    const key = keyNumber(
      radices,
      layout.key.map((f) => numberOf(name, row, spec.fields[f], rec[f], lists)),
    );
    return { start: key * YEARS + (first as number) - FIRST_YEAR, rec, values: values as (number | null)[] };
  });
  // Stable: records with one start stay in the order given, for the load-time check to find.
  rows.sort((a, b) => a.start - b.start);
  const out: Written = { values: [], valuesLength: 0, raw: [], rawLength: 0 };
  const at: number[] = [];
  const cells = rows.map(({ start, rec, values }, row) => {
    at.push(start, values.length);
    let text = "";
    spec.fields.forEach((f, i) => {
      if (layout.cellAt[i] >= 0) text += hex(numberOf(name, row, f, rec[i], lists), CELL_WIDTH[f.kind] as number);
    });
    return text + writeValues(values, out);
  });
  return { rows: rows.length, at, cells: cells.join(""), values: out.values.join(""), raw: out.raw.join("") };
}

/**
 * The bundled form of a dataset, with its content hash. What the form cannot carry (an unknown code or
 * source, a year outside the index, a value that is no number) the build refuses; everything else it
 * carries as given, so that the load-time check is what rejects bad data (the build runs that check before
 * it writes).
 */
export function encodeDataset(file: DatasetFile): EncodedDataset {
  const sourceIds = Object.keys(file.sources).sort();
  const sources = Object.fromEntries(sourceIds.map((k) => [k, file.sources[k]]));
  const parts = Object.entries(file).filter(([k]) => !(TABLE_NAMES as string[]).includes(k));
  // Through JSON once, so that the hash is taken over exactly what a reader of the file will see.
  const head = JSON.parse(
    JSON.stringify(Object.fromEntries(parts.map(([k, v]) => [k, k === "sources" ? sources : v]))),
  ) as DatasetHead;
  const entities = [...file.countries.map((c) => c[0]), ...Object.keys(file.groups)];
  const noteField = TABLES.series.fields.findIndex((f) => f.kind === "note");
  const notes = [...new Set(file.series.map((s) => s[noteField]).filter((n) => n !== undefined && n !== null))]
    .map(String)
    .sort();
  const lists: Lists = {
    entities: new Map(entities.map((c, i) => [c, i])),
    sources: new Map(sourceIds.map((s, i) => [s, i])),
    notes: new Map(notes.map((n, i) => [n, i + 1])),
  };
  const tables = {} as Record<TableName, EncodedTable>;
  for (const name of TABLE_NAMES) tables[name] = encodeTable(name, file[name] as readonly Rec[], lists);
  // Key order is the file's: the hash is taken over the object as a reader of the file parses it.
  const { edition, ...rest } = head;
  const encoded: EncodedDataset = { encoding: ENCODING, edition, hash: "", ...rest, notes, tables };
  encoded.hash = contentHash(encoded);
  return encoded;
}

// ---- reading (the add-in, at load) ----

/** Keys of the file that are not part of the readable head. */
const NOT_HEAD = ["encoding", "hash", "notes", "tables"];

function decodeTable(name: TableName, encoded: unknown): Table {
  const e = encoded as Partial<EncodedTable> | undefined;
  if (typeof e !== "object" || e === null) damaged(`the ${name} table is missing`);
  const { rows, at, cells, values, raw } = e;
  if (!Number.isSafeInteger(rows) || (rows as number) < 0)
    damaged(`the ${name} table's count of records is unreadable`);
  if (!Array.isArray(at) || at.length !== 2 * (rows as number))
    damaged(`the ${name} table's years do not list its ${rows} records`);
  if (typeof cells !== "string" || cells.length !== (rows as number) * LAYOUTS[name].width)
    damaged(`the ${name} table's fields do not list its ${rows} records`);
  if (typeof values !== "string" || typeof raw !== "string") damaged(`the ${name} table's values are unreadable`);
  return { name, rows: rows as number, at, cells, values, raw };
}

/** Reads the bundled form's structure; the first problem that stops reading ends it with a DatasetIntegrityError. */
export function decodeDataset(input: unknown): DatasetContent {
  if (typeof input !== "object" || input === null || Array.isArray(input)) damaged("the file holds no dataset");
  const e = input as Partial<EncodedDataset>;
  if (e.encoding !== ENCODING)
    damaged(`the file is in encoding ${JSON.stringify(e.encoding) ?? "(none)"}, not ${ENCODING}`);
  if (!Array.isArray(e.notes)) damaged("the list of notes is missing");
  const tables = {} as Record<TableName, Table>;
  for (const name of TABLE_NAMES) tables[name] = decodeTable(name, e.tables?.[name]);
  const head = {} as Record<string, unknown>;
  for (const k in e) if (!NOT_HEAD.includes(k)) head[k] = e[k as keyof EncodedDataset];
  const entities: string[] = [];
  if (Array.isArray(e.countries)) for (let i = 0; i < e.countries.length; i++) entities.push(e.countries[i]?.[0]);
  for (const code in e.groups) entities.push(code);
  const sourceIds = typeof e.sources === "object" && e.sources !== null ? Object.keys(e.sources) : [];
  return { head: head as unknown as DatasetHead, notes: e.notes, entities, sourceIds, tables };
}

/**
 * One record's values: NaN where a year has none. Values are read when a lookup first needs them; the
 * content hash checked at load proves the digits are the ones the build wrote, read in full and checked
 * before writing.
 */
export function recordValues(t: Table, row: number): Float64Array {
  const count = countOf(t, row);
  const format = row * LAYOUTS[t.name].width + LAYOUTS[t.name].formatAt;
  const d = parseInt(t.cells[format], 16);
  const width = parseInt(t.cells[format + 1], 16);
  const offset = parseInt(t.cells.substr(format + 2, FORMAT_WIDTH - 2), 16);
  const out = new Float64Array(count);
  if (width === 0) {
    if (offset + 16 * count > t.raw.length) damaged(`the values of ${t.name} record ${row + 1} are missing`);
    // As written: the high 32 bits first (DataView's default order, whatever the machine's).
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < count; i++) {
      view.setUint32(0, parseInt(t.raw.substr(offset + 16 * i, 8), 16));
      view.setUint32(4, parseInt(t.raw.substr(offset + 16 * i + 8, 8), 16));
      out[i] = view.getFloat64(0);
    }
    return out;
  }
  if (offset + width * count > t.values.length) damaged(`the values of ${t.name} record ${row + 1} are missing`);
  const none = 16 ** width - 1;
  for (let i = 0; i < count; i++) {
    const z = parseInt(t.values.substr(offset + width * i, width), 16);
    out[i] = z === none ? NaN : (z % 2 === 0 ? z / 2 : -(z + 1) / 2) / POW10[d];
  }
  return out;
}

/** The table's records as tuples again (the readable form), for the parts of the add-in that read records. */
export function recordsOf(name: TableName, content: DatasetContent): unknown[][] {
  const spec: TableSpec = TABLES[name];
  const layout = LAYOUTS[name];
  const t = content.tables[name];
  const radices = keyRadices(spec, content.entities.length);
  const out: unknown[][] = new Array(t.rows);
  for (let row = 0; row < t.rows; row++) {
    const digits = keyDigits(radices, Math.floor(startOf(t, row) / YEARS));
    const rec: unknown[] = spec.fields.map((f, i) => {
      if (f.kind === "year") return firstYearOf(t, row);
      if (f.kind === "values") return Array.from(recordValues(t, row), (x) => (x === x ? x : null));
      const n = layout.cellAt[i] >= 0 ? cellOf(t, row, i) : digits[layout.key.indexOf(i)];
      return f.kind === "int" ? n : fieldText(content, f, n);
    });
    while (rec.length > 0 && rec[rec.length - 1] === undefined) rec.pop();
    out[row] = rec;
  }
  return out;
}

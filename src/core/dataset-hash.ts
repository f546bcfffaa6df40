/**
 * The content hash the build records in the bundled file and the add-in recomputes at load: "v3:" and 24
 * hexadecimal digits. It guards against corruption, not against an attacker: anyone able to change the
 * bundle can change the code that checks it. A cryptographic hash would cost several times more,
 * synchronously, at every start-up (custom functions are synchronous), and start-up is when the engine has
 * compiled nothing yet, so the hash leaves as little as it can to loops of the add-in's own:
 *
 * - Sixteen digits for the tables' hexadecimal parts (cells, values, raw bits, table by table): they are read
 *   as one number, "1" and then all those digits, by the engine's BigInt parser, and reduced modulo the prime
 *   2^61 − 1. This runs natively. Two digit strings give the same residue only if their difference is a multiple of the
 *   prime: never for one changed digit (a change of at most 15 × 16^k), and by chance about once in 2^61
 *   otherwise.
 * - Eight digits for the rest, FxHash's mixing step (the hash of Firefox and of the Rust compiler,
 *   h = (rotl(h, 5) xor word) × 0x9e3779b9 modulo 2^32) over the file without its hash and tables as JSON
 *   text, in UTF-8 read as little-endian 32-bit words and then its last one to three bytes, followed by each
 *   table's count of records, its `at` numbers and the lengths of its parts (which makes joining them
 *   unambiguous). Each step
 *   is one-to-one in the word, so any one changed word always changes it; other damage goes unnoticed with
 *   a chance of about 1 in 2^32.
 *
 * The load-time checks of types, codes and keys stand behind both.
 */
import { TABLES, type EncodedDataset, type EncodedTable, type TableName } from "./dataset-types";

const PRIME = (1n << 61n) - 1n;
const K = 0x9e3779b9 | 0;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

const mix = (h: number, word: number): number => Math.imul(((h << 5) | (h >>> 27)) ^ word, K);

/** Words from..to of `words` mixed into h, four a turn: the same steps in the same order as one at a time. */
function hashWords(hash: number, words: Int32Array, from: number, to: number): number {
  let h = hash;
  let i = from;
  for (; i + 4 <= to; i += 4) {
    h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i], K);
    h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i + 1], K);
    h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i + 2], K);
    h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i + 3], K);
  }
  for (; i < to; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i], K);
  return h;
}

/**
 * Long loops run as many short calls: a loop that runs long in one call is compiled while it runs, on the
 * main thread, which at start-up costs more than the loop; short calls are compiled on another thread.
 */
const CHUNK = 256;

/** Mixes `length` bytes of `bytes` into h: whole words first, then the bytes after the last whole word. */
function hashBytes(hash: number, bytes: Uint8Array, length: number): number {
  let h = hash;
  const whole = length >> 2;
  if (LITTLE_ENDIAN) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, whole);
    for (let i = 0; i < whole; i += CHUNK) h = hashWords(h, words, i, Math.min(i + CHUNK, whole));
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, whole * 4);
    for (let i = 0; i < whole; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ view.getInt32(i * 4, true), K);
  }
  for (let i = whole * 4; i < length; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ bytes[i], K);
  return h;
}

/**
 * A table's `at` numbers, a record (start, count) at a time as the one word start × 64 + count: one-to-one
 * for the starts and counts the load-time check accepts (starts below 2^25, counts below 64). Anything else,
 * which that check rejects, goes in as it is, or as -2 where it is no number.
 */
function hashPairs(hash: number, list: readonly unknown[], from: number, to: number): number {
  let h = hash;
  for (let i = from; i < to; i += 2) {
    const start: unknown = list[i];
    const count: unknown = list[i + 1];
    const word = typeof start === "number" && typeof count === "number" ? start * 64 + count : -2;
    h = Math.imul(((h << 5) | (h >>> 27)) ^ word, K);
  }
  return h;
}

function hashNumbers(hash: number, list: unknown): number {
  if (!Array.isArray(list)) return mix(hash, -1);
  let h = mix(hash, list.length);
  const pairs = list.length - (list.length % 2);
  for (let i = 0; i < pairs; i += CHUNK) h = hashPairs(h, list, i, Math.min(i + CHUNK, pairs));
  if (list.length % 2 === 1) h = mix(h, typeof list[list.length - 1] === "number" ? list[list.length - 1] : -2);
  return h;
}

const lengthOf = (x: unknown): number => (typeof x === "string" ? x.length : -1);

/** "v3:" and 24 hexadecimal digits; "v3:unreadable" where the tables' digits are no hexadecimal number. */
export function contentHash(e: EncodedDataset): string {
  const tables = e.tables;
  // The file as a reader parses it, less its tables and hash, keys in the file's order.
  const rest: Record<string, unknown> = {};
  for (const k in e) if (k !== "hash" && k !== "tables") rest[k] = e[k as keyof EncodedDataset];
  const text = JSON.stringify(rest) ?? "";
  const bytes = new Uint8Array(text.length * 3);
  // The loops stay functions of their own (not inlined by the minifier): the engine then compiles just the
  // loop, quickly, rather than the whole of this function.
  let h = /*#__NOINLINE__*/ hashBytes(text.length, bytes, new TextEncoder().encodeInto(text, bytes).written);
  const digits: string[] = ["0x1"];
  for (const name of Object.keys(TABLES) as TableName[]) {
    const t: Partial<EncodedTable> = tables?.[name] ?? {};
    h = /*#__NOINLINE__*/ hashNumbers(mix(h, typeof t.rows === "number" ? t.rows : -1), t.at);
    for (const part of [t.cells, t.values, t.raw]) {
      h = mix(h, lengthOf(part));
      digits.push(typeof part === "string" ? part : "");
    }
  }
  let residue: string;
  try {
    residue = (BigInt(digits.join("")) % PRIME).toString(16).padStart(16, "0");
  } catch {
    return "v3:unreadable";
  }
  return `v3:${residue}${(h >>> 0).toString(16).padStart(8, "0")}`;
}

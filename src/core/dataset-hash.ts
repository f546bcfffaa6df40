/**
 * The content hash the build records in the bundled file and the add-in recomputes at load. It is taken
 * over the file's texts in a fixed order: everything but the tables' long strings as one JSON text (the
 * hash itself left empty); then each table's columns, counts, lengths and digits as stored; all in UTF-8,
 * read as little-endian 32-bit words. The long strings are hashed as they are, never serialised again.
 *
 * The mixing step is FxHash's (the hash of Firefox and of the Rust compiler): h = (rotl(h, 5) xor word)
 * times 0x9e3779b9, modulo 2^32. It guards against corruption, not against an attacker: anyone able to
 * change the bundle can change the code that checks it. Each step is one-to-one in h for a fixed word and
 * in the word for a fixed h, so any one changed word (so any single changed character) always changes the
 * hash; other damage goes unnoticed with a chance of about 1 in 2^32, and the load-time checks of types,
 * codes and keys stand behind it. A cryptographic hash would cost several times more, synchronously, at
 * every start-up (custom functions are synchronous); this one is a single pass over the bytes.
 */
import { TABLES, type EncodedDataset, type TableName } from "./dataset-types";

const K = 0x9e3779b9 | 0;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function fxHash(bytes: Uint8Array): number {
  let h = 0;
  const whole = bytes.length >> 2;
  if (LITTLE_ENDIAN) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, whole);
    for (let i = 0; i < whole; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i], K);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, whole * 4);
    for (let i = 0; i < whole; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ view.getInt32(i * 4, true), K);
  }
  for (let i = whole * 4; i < bytes.length; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ bytes[i], K);
  return h;
}

/** The texts the hash covers, in order. Reads a damaged file without throwing. */
function hashedTexts(e: EncodedDataset): string[] {
  const tables = Object.keys(TABLES).map((name) => e.tables?.[name as TableName]);
  const texts = [JSON.stringify({ ...e, hash: "", tables: tables.map((t) => [t?.rows, t?.extra]) })];
  for (const t of tables) texts.push(...Object.keys(t?.columns ?? {}), ...Object.values(t?.columns ?? {}).map(String), String(t?.counts), String(t?.chars), String(t?.digits));
  return texts;
}

/** "fx32:" and eight hex digits. */
export function contentHash(e: EncodedDataset): string {
  const texts = hashedTexts(e);
  // One buffer for all the UTF-8, filled text after text: at most three bytes per UTF-16 unit.
  const bytes = new Uint8Array(texts.reduce((n, t) => n + t.length * 3, 0));
  const encoder = new TextEncoder();
  let used = 0;
  for (const t of texts) used += encoder.encodeInto(t, bytes.subarray(used)).written;
  return `fx32:${(fxHash(bytes.subarray(0, used)) >>> 0).toString(16).padStart(8, "0")}`;
}

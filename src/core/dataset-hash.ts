/**
 * The content hash the build records in the bundled file and the add-in recomputes at load. It is taken
 * over the file's texts in a fixed order: each key of the file in its own order with its value as JSON
 * (the hash itself as empty text, the tables as their counts of records and extra values); then each
 * table's columns, counts, lengths and digits as stored. Each text is taken as its length in UTF-16 units,
 * then in pieces of 16,384 units, each piece in UTF-8 read as little-endian 32-bit words and then its last
 * one to three bytes. The long strings are hashed as they are, never serialised again; the rest is
 * serialised a key at a time, since one JSON text of it all takes the engine several times the memory
 * (enough to set the collector off during start-up).
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

/** Mixes `length` bytes of `bytes` into h: whole words first, then the bytes after the last whole word. */
function fxHash(hash: number, bytes: Uint8Array, length: number): number {
  let h = hash;
  const whole = length >> 2;
  if (LITTLE_ENDIAN) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, whole);
    // Four words a turn, the same steps in the same order: fewer turns of the loop before it is compiled.
    let i = 0;
    for (; i + 4 <= whole; i += 4) {
      h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i], K);
      h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i + 1], K);
      h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i + 2], K);
      h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i + 3], K);
    }
    for (; i < whole; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ words[i], K);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, whole * 4);
    for (let i = 0; i < whole; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ view.getInt32(i * 4, true), K);
  }
  for (let i = whole * 4; i < length; i++) h = Math.imul(((h << 5) | (h >>> 27)) ^ bytes[i], K);
  return h;
}

/** The texts the hash covers, in order. Reads a damaged file without throwing. */
function hashedTexts(e: EncodedDataset): string[] {
  const tables = Object.keys(TABLES).map((name) => e.tables?.[name as TableName]);
  const texts: string[] = [];
  for (const key of Object.keys(e)) {
    const value: unknown =
      key === "hash" ? "" : key === "tables" ? tables.map((t) => [t?.rows, t?.extra]) : e[key as keyof EncodedDataset];
    texts.push(key, JSON.stringify(value) ?? "undefined");
  }
  for (const t of tables)
    texts.push(
      ...Object.keys(t?.columns ?? {}),
      ...Object.values(t?.columns ?? {}).map(String),
      String(t?.counts),
      String(t?.chars),
      String(t?.digits),
    );
  return texts;
}

/** Texts are hashed in pieces of this many UTF-16 units, each encoded into one small reused buffer:
 *  allocating the whole file's UTF-8 at once would make the engine collect garbage early in start-up. */
const PIECE = 16384;

/** "fx32:" and eight hex digits. */
export function contentHash(e: EncodedDataset): string {
  const buffer = new Uint8Array(PIECE * 3);
  const encoder = new TextEncoder();
  let h = 0;
  for (const text of hashedTexts(e)) {
    h = Math.imul(((h << 5) | (h >>> 27)) ^ text.length, K);
    for (let at = 0; at < text.length; at += PIECE)
      h = fxHash(h, buffer, encoder.encodeInto(text.slice(at, at + PIECE), buffer).written);
  }
  return `fx32:${(h >>> 0).toString(16).padStart(8, "0")}`;
}

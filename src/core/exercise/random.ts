/**
 * A seeded pseudo-random sequence (mulberry32, seeded from the SHA-256 of the seed text): a student
 * number always picks the same countries and years, and neighbouring numbers pick unrelated ones.
 */
import { sha256 } from "@noble/hashes/sha2";

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, n). */
  below(n: number): number;
  /** One of the items (which must not be empty). */
  pick<T>(items: readonly T[]): T;
  /** The items in a shuffled order; the input is left as it is. */
  shuffled<T>(items: readonly T[]): T[];
}

export function seededRandom(seed: string): Random {
  const digest = sha256(new TextEncoder().encode(seed));
  let state = ((digest[0] << 24) | (digest[1] << 16) | (digest[2] << 8) | digest[3]) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number): number => Math.floor(next() * n);
  return {
    next,
    below,
    pick: <T>(items: readonly T[]): T => items[below(items.length)],
    shuffled: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = below(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}

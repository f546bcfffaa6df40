/**
 * The trainer's copy of the answers, sealed with a passphrase: PBKDF2 (SHA-256) derives an AES-GCM key
 * from it; the text kept is "AXS1:" + base64url(salt | iv | ciphertext). Web Crypto (crypto.subtle) is
 * there in every Office runtime and in Node 20, and is asynchronous: only the pane opens a seal, never
 * CHECK, which works from hashes alone.
 */
import { base64url } from "./answer-hash";

const PREFIX = "AXS1:";
const ITERATIONS = 210_000;

export interface SealedAnswers {
  readonly title: string;
  readonly variant: string;
  readonly answers: readonly { readonly task: number; readonly instruction: string; readonly answer: string }[];
}

function subtle(): SubtleCrypto {
  const s = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!s) throw new Error("Web Crypto is not available here");
  return s;
}

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, usage: KeyUsage): Promise<CryptoKey> {
  const material = await subtle().importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, [
    "deriveKey",
  ]);
  return subtle().deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations: ITERATIONS },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    [usage],
  );
}

export async function sealAnswers(answers: SealedAnswers, passphrase: string): Promise<string> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, "encrypt");
  const plain = new TextEncoder().encode(JSON.stringify(answers));
  const sealed = new Uint8Array(await subtle().encrypt({ name: "AES-GCM", iv }, key, plain));
  const all = new Uint8Array(salt.length + iv.length + sealed.length);
  all.set(salt, 0);
  all.set(iv, salt.length);
  all.set(sealed, salt.length + iv.length);
  return PREFIX + base64url(all);
}

/** The answers, or why they cannot be read: a wrong passphrase and a damaged seal look alike to AES-GCM. */
export async function openSeal(text: string, passphrase: string): Promise<SealedAnswers | { problem: string }> {
  if (!text.startsWith(PREFIX)) return { problem: "This sheet holds no sealed answer key." };
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const bin = atob(text.slice(PREFIX.length).replace(/-/g, "+").replace(/_/g, "/"));
    bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
  } catch {
    return { problem: "The sealed answer key is damaged." };
  }
  try {
    const key = await keyFrom(passphrase, bytes.slice(0, 16), "decrypt");
    const plain = await subtle().decrypt({ name: "AES-GCM", iv: bytes.slice(16, 28) }, key, bytes.slice(28));
    return JSON.parse(new TextDecoder().decode(plain)) as SealedAnswers;
  } catch {
    return { problem: "Wrong passphrase, or the sealed answer key was changed." };
  }
}

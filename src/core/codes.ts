import type { DatasetFile } from "./dataset-types";
import { ArgumentMemo, type MemoStats } from "./memo";
import { editDistance, foldKey, MAX_TEXT_LENGTH } from "./text";

export interface Entity {
  readonly code: string;
  readonly iso3: string;
  readonly en: string;
  readonly zh: string;
  /** Member codes for ASEAN and RCEP; null for single economies and for WORLD, which sources report whole. */
  readonly members: readonly string[] | null;
  readonly isGroup: boolean;
}

export type Resolution = { ok: true; entity: Entity } | { ok: false; suggestions: Entity[] };

/**
 * Countries, economies and groups by every name they go by: ISO-2, ISO-3, English and Chinese names,
 * common aliases. Built once per dataset.
 */
export class Codes {
  private readonly byCode = new Map<string, Entity>();
  /** Folded names -> entity; built on the first lookup by name, since folding every name takes a while. */
  private keys?: Map<string, Entity>;
  /** Spreadsheets repeat the same few arguments thousands of times; remember them, within a byte budget. */
  private readonly recent = new ArgumentMemo<Resolution>({
    bits: [20],
    maxBytes: 2 * 2 ** 20,
    maxTextLength: MAX_TEXT_LENGTH,
  });
  private readonly spellings: { entity: Entity; codes: string[]; names: string[] }[] = [];

  // Indexed loops rather than destructuring and spreads: this runs once, at start-up, before the engine has
  // compiled anything, where each iterator step costs as much as the rest of a turn.
  constructor(dataset: { readonly file: Pick<DatasetFile, "countries" | "groups"> }) {
    const { countries, groups } = dataset.file;
    for (let i = 0; i < countries.length; i++) {
      const c = countries[i];
      const entity: Entity = { code: c[0], iso3: c[1], en: c[2], zh: c[3], members: null, isGroup: false };
      this.byCode.set(c[0], entity);
      this.spellings.push({ entity, codes: [c[0], c[1]], names: [c[2], c[3]].concat(c[4]) });
    }
    for (const code in groups) {
      const g = groups[code];
      const entity: Entity = { code, iso3: code, en: g.en, zh: g.zh, members: g.members, isGroup: true };
      this.byCode.set(code, entity);
      this.spellings.push({ entity, codes: [code], names: [g.en, g.zh].concat(g.aliases) });
    }
  }

  /** Codes first, then names and aliases, so that a name never shadows a code ("CHN", "AS"). */
  private byKey(): Map<string, Entity> {
    if (this.keys) return this.keys;
    const keys = new Map<string, Entity>();
    for (const { entity, codes } of this.spellings) for (const c of codes) keys.set(foldKey(c), entity);
    for (const { entity, names } of this.spellings) {
      for (const name of names) {
        const key = foldKey(name);
        if (!keys.has(key)) keys.set(key, entity);
      }
    }
    this.keys = keys;
    return keys;
  }

  get(code: string): Entity | undefined {
    return this.byCode.get(code);
  }

  /** The world as a whole, which every dataset defines (the dataset check refuses one without it). */
  world(): Entity {
    return this.defined("WORLD");
  }

  /** A group's members, or null for a group reported whole; the dataset check refuses unknown members. */
  membersOf(group: Entity): Entity[] | null {
    return group.members?.map((m) => this.defined(m)) ?? null;
  }

  private defined(code: string): Entity {
    const entity = this.byCode.get(code);
    if (entity === undefined) throw new Error(`The dataset defines no ${code}, which its check requires.`);
    return entity;
  }

  all(): Entity[] {
    return [...this.byCode.values()];
  }

  resolve(text: string): Resolution {
    const key = [text];
    const hit = this.recent.get(key);
    if (hit) return hit;
    const entity = this.byKey().get(foldKey(text));
    const res: Resolution = entity ? { ok: true, entity } : { ok: false, suggestions: this.suggest(text) };
    this.recent.set(key, res);
    return res;
  }

  /** What the name cache holds, for tests and the benchmark. */
  cacheStats(): MemoStats {
    return this.recent.stats();
  }

  /** Up to three entities whose code or a name is closest to what was typed. */
  suggest(text: string): Entity[] {
    const key = foldKey(text);
    if (key === "") return [];
    const cap = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
    const scored: [number, Entity][] = [];
    for (const [k, entity] of this.byKey()) {
      const d = k.startsWith(key) && key.length >= 2 ? 0.5 : editDistance(key, k, cap);
      if (d <= cap) scored.push([d, entity]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1].code.localeCompare(b[1].code));
    const out: Entity[] = [];
    for (const [, e] of scored) if (!out.includes(e) && out.length < 3) out.push(e);
    return out;
  }
}

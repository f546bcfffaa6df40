import type { Dataset } from "./dataset";
import { editDistance, foldKey } from "./text";

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
  private readonly byKey = new Map<string, Entity>();
  private readonly byCode = new Map<string, Entity>();
  private readonly recent = new Map<string, Resolution>();

  constructor(dataset: Dataset) {
    const { countries, groups } = dataset.file;
    // Codes first, then names, then aliases, so that a name never shadows a code ("CHN", "AS").
    const entries: [Entity, string[], string[]][] = [];
    for (const [code, iso3, en, zh, aliases] of countries) {
      entries.push([{ code, iso3, en, zh, members: null, isGroup: false }, [code, iso3], [en, zh, ...aliases]]);
    }
    for (const [code, g] of Object.entries(groups)) {
      entries.push([{ code, iso3: code, en: g.en, zh: g.zh, members: g.members, isGroup: true }, [code], [g.en, g.zh, ...g.aliases]]);
    }
    for (const [entity, codes] of entries) {
      this.byCode.set(entity.code, entity);
      for (const c of codes) this.byKey.set(foldKey(c), entity);
    }
    for (const [entity, , names] of entries) {
      for (const name of names) {
        const key = foldKey(name);
        if (!this.byKey.has(key)) this.byKey.set(key, entity);
      }
    }
  }

  get(code: string): Entity | undefined {
    return this.byCode.get(code);
  }

  all(): Entity[] {
    return [...this.byCode.values()];
  }

  resolve(text: string): Resolution {
    const hit = this.recent.get(text);
    if (hit) return hit;
    const entity = this.byKey.get(foldKey(text));
    const res: Resolution = entity ? { ok: true, entity } : { ok: false, suggestions: this.suggest(text) };
    // Spreadsheets repeat the same few arguments thousands of times; remember them (bounded).
    if (this.recent.size > 4096) this.recent.clear();
    this.recent.set(text, res);
    return res;
  }

  /** Up to three entities whose code or a name is closest to what was typed. */
  suggest(text: string): Entity[] {
    const key = foldKey(text);
    if (key === "") return [];
    const cap = Math.max(1, Math.min(3, Math.floor(key.length / 3)));
    const scored: [number, Entity][] = [];
    for (const [k, entity] of this.byKey) {
      const d = k.startsWith(key) && key.length >= 2 ? 0.5 : editDistance(key, k, cap);
      if (d <= cap) scored.push([d, entity]);
    }
    scored.sort((a, b) => a[0] - b[0] || a[1].code.localeCompare(b[1].code));
    const out: Entity[] = [];
    for (const [, e] of scored) if (!out.includes(e) && out.length < 3) out.push(e);
    return out;
  }
}

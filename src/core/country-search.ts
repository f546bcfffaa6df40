/**
 * Countries and groups ranked for what someone is typing into a picker: an exact code or name first
 * (exactly the entity the functions resolve it to), then names that start with it, then names with a
 * word that starts with it, then names that contain it. Typos get the functions' own "did you mean".
 */
import type { Codes, Entity } from "./codes";
import type { Dataset } from "./dataset";
import { foldKey } from "./text";

/**
 * 0 the entity the functions resolve the text to; 1 a name starts with it; 2 a word of a name does; 3 a name contains
 * it.
 */
export type CountryRank = 0 | 1 | 2 | 3;

export interface CountryMatch {
  readonly entity: Entity;
  readonly rank: CountryRank;
}

export interface CountrySearch {
  /** Best first; within a rank, in the dataset's order. */
  readonly matches: CountryMatch[];
  /** Only when nothing matches: the closest spellings, as the functions suggest them in #VALUE! messages. */
  readonly suggestions: Entity[];
}

interface Spellings {
  readonly entity: Entity;
  /** Folded names (English, Chinese, aliases). */
  readonly names: string[];
  /** Folded words of those names, so "nam" finds "Viet Nam" and "republic" finds "Republic of Korea". */
  readonly words: string[];
}

const WORD_BREAK = /[\s\-_.,'’()（）&/]+/;

export class CountryFinder {
  private readonly spellings: Spellings[] = [];

  constructor(
    dataset: Dataset,
    private readonly codes: Codes,
  ) {
    const add = (code: string, names: string[]): void => {
      const entity = codes.get(code);
      if (!entity) return;
      const words = names
        .flatMap((n) => n.split(WORD_BREAK))
        .map(foldKey)
        .filter((w) => w !== "");
      this.spellings.push({ entity, names: names.map(foldKey).filter((n) => n !== ""), words });
    };
    for (const [code, , en, zh, aliases] of dataset.file.countries) add(code, [en, zh, ...aliases]);
    for (const [code, g] of Object.entries(dataset.file.groups)) add(code, [g.en, g.zh, ...g.aliases]);
  }

  search(text: string): CountrySearch {
    const key = foldKey(text);
    if (key === "") return { matches: this.spellings.map((s) => ({ entity: s.entity, rank: 3 })), suggestions: [] };
    const resolved = this.codes.resolve(text);
    const exact = resolved.ok ? resolved.entity : undefined;
    const matches: CountryMatch[] = [];
    if (exact) matches.push({ entity: exact, rank: 0 });
    for (const s of this.spellings) {
      if (s.entity === exact) continue;
      const rank = rankOf(s, key);
      if (rank !== undefined) matches.push({ entity: s.entity, rank });
    }
    matches.sort((a, b) => a.rank - b.rank);
    return { matches, suggestions: matches.length > 0 ? [] : this.codes.suggest(text) };
  }
}

function rankOf(s: Spellings, key: string): CountryRank | undefined {
  if (s.names.some((n) => n.startsWith(key))) return 1;
  if (s.words.some((w) => w.startsWith(key))) return 2;
  if (key.length >= 2 && s.names.some((n) => n.includes(key))) return 3;
  return undefined;
}

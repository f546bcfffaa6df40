/**
 * A year axis drawn to scale: a category's place follows its year, so 1991 and 2000 are not one step
 * apart. A gap of more than a few years is shortened and marked with a break instead of stretching the
 * axis. Positions are in years from the first category.
 */
export interface YearAxis {
  /** Position of each category. */
  at: number[];
  /** Position of the last category. */
  span: number;
  /** Positions of the breaks, each midway across a shortened gap. */
  breaks: number[];
}

/** Gaps up to this many years are drawn to scale. */
const LONGEST_DRAWN_GAP = 4;
/** A longer gap takes this much room, break mark included. */
const BREAK_WIDTH = 3;

export function yearAxis(categories: readonly string[]): YearAxis | undefined {
  if (categories.length < 2 || !categories.every((c) => /^\d{4}$/.test(c))) return undefined;
  const years = categories.map(Number);
  if (years.some((y, i) => i > 0 && y <= years[i - 1])) return undefined;
  const at = [0];
  const breaks: number[] = [];
  for (let i = 1; i < years.length; i++) {
    const gap = years[i] - years[i - 1];
    const last = at[i - 1];
    if (gap > LONGEST_DRAWN_GAP) {
      breaks.push(last + BREAK_WIDTH / 2);
      at.push(last + BREAK_WIDTH);
    } else {
      at.push(last + gap);
    }
  }
  return { at, span: at[at.length - 1], breaks };
}

/**
 * Which category labels to write: the first, the last and those just after a break always; others
 * every so often where they do not crowd a label already chosen. `x` gives each label's centre.
 */
export function labelsToShow(x: readonly number[], labelWidth: number, always: ReadonlySet<number>): Set<number> {
  const chosen = new Set<number>([...always].filter((i) => i >= 0 && i < x.length));
  for (let i = 0; i < x.length; i++) {
    if (chosen.has(i)) continue;
    if ([...chosen].every((j) => Math.abs(x[j] - x[i]) >= labelWidth)) chosen.add(i);
  }
  return chosen;
}

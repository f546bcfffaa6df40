/** Linear value scales with "nice" ticks (1, 2, 2.5 or 5 times a power of ten), as chart axes use. */

export interface LinearScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
  /** Position of a value between `from` (at min) and `to` (at max). */
  at: (value: number, from: number, to: number) => number;
}

function niceStep(span: number, targetTicks: number): number {
  const raw = span / Math.max(1, targetTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = raw / power;
  const nice = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 2.5 ? 2.5 : mantissa <= 5 ? 5 : 10;
  return nice * power;
}

/** A scale covering the values and zero (bars and columns start at zero; so do Excel's default axes). */
export function linearScale(
  values: readonly (number | null)[],
  targetTicks = 5,
  fixed?: { min: number; max: number },
): LinearScale {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = fixed?.min ?? Math.min(0, ...present);
  let hi = fixed?.max ?? Math.max(0, ...present);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, targetTicks);
  if (!fixed) {
    lo = Math.floor(lo / step + 1e-9) * step;
    hi = Math.ceil(hi / step - 1e-9) * step;
  }
  const ticks: number[] = [];
  for (let t = lo; t <= hi + step * 1e-6; t += step) ticks.push(Math.round(t / step) * step);
  const min = lo;
  const max = hi;
  return { min, max, step, ticks, at: (v, from, to) => from + ((v - min) / (max - min)) * (to - from) };
}

/** The smallest nice step (1, 2, 2.5 or 5 times a power of ten) at least `raw`. */
function niceStepAtLeast(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const mantissa = raw / power;
  const nice = [1, 2, 2.5, 5, 10].find((m) => m >= mantissa - 1e-9) ?? 10;
  return nice * power;
}

/**
 * A secondary axis with as many intervals as the primary one, so that its ticks fall on the primary
 * gridlines; values below zero fall back to a scale of their own.
 */
export function alignedScale(values: readonly (number | null)[], primary: LinearScale): LinearScale {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const intervals = primary.ticks.length - 1;
  if (primary.min !== 0 || intervals < 1 || present.some((v) => v < 0)) return linearScale(values);
  const hi = Math.max(0, ...present);
  const step = niceStepAtLeast((hi || 1) / intervals);
  return linearScale([], intervals, { min: 0, max: step * intervals });
}

/** Approximate width of a label in the pane's 10 px chart font; SVG text cannot be measured before layout. */
export const textWidth = (text: string, px = 10): number => text.length * px * 0.58;

/** Value axes: a "nice" maximum and evenly spaced round ticks. */

export interface Tick {
  value: number;
  /** Position along the axis in chart units. */
  at: number;
}

/** The smallest 1, 2, 2.5 or 5 × 10^k step that splits `max` into at most `count` parts. */
export function niceStep(max: number, count: number): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const multiple of [1, 2, 2.5, 5, 10]) if (multiple * power >= raw) return multiple * power;
  return 10 * power;
}

/** Ticks from 0 to the first step at or above `max`, mapped onto [bottom, top]. */
export function valueTicks(max: number, count: number, bottom: number, top: number): { ticks: Tick[]; domainMax: number } {
  const step = niceStep(max, count);
  const domainMax = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks: Tick[] = [];
  for (let value = 0; value <= domainMax + step / 2; value += step) {
    ticks.push({ value, at: bottom - ((bottom - top) * value) / domainMax });
  }
  return { ticks, domainMax };
}

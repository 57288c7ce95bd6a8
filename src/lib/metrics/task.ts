/** Metrics of a single task: its factor and supervisory factor. */
import type { Centiseconds } from '../duration.ts';
import { ratioInUnits } from '../exact.ts';

export interface TaskTimes {
  /** What a human would have needed (an estimate). */
  human: Centiseconds;
  /** The agent's wall-clock time; always more than zero. */
  ai: Centiseconds;
  /** The author's own supervising time; may be zero; absent on a day that logs no supervision. */
  supervision?: Centiseconds | undefined;
}

/** human ÷ other, rounded half up to tenths; null when other is zero or not logged (no factor). */
export function factorTenths(human: Centiseconds, other: Centiseconds | null | undefined): number | null {
  return other === 0 || other === null || other === undefined ? null : ratioInUnits(human, other, 1);
}

/**
 * Orders two tasks by their exact factor human ÷ ai, highest first, comparing
 * cross products so that 12.04x and 11.96x never tie just because both show
 * as 12.0x. Returns 0 only for exactly equal factors.
 */
export function compareFactorsDescending(a: Pick<TaskTimes, 'human' | 'ai'>, b: Pick<TaskTimes, 'human' | 'ai'>): number {
  const left = a.human * b.ai;
  const right = b.human * a.ai;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return right - left;
  const exactLeft = BigInt(a.human) * BigInt(b.ai);
  const exactRight = BigInt(b.human) * BigInt(a.ai);
  return exactLeft === exactRight ? 0 : exactLeft < exactRight ? 1 : -1;
}

/**
 * A day against the previous published day, in words and symbols ("▲ up from
 * 12.4x"), never by colour alone. Values are compared as they are shown, so
 * a change never reads "up from 12.4x" next to a figure that also says 12.4x;
 * times are shown exactly, so they are compared exactly.
 */
import { formatExactHours, formatExactMinutes, formatFactor, formatTokens } from '../format.ts';
import type { DayTotals } from './day.ts';

export type Direction = 'up' | 'down' | 'same';

export interface Change {
  direction: Direction;
  /** ▲, ▼ or =, for readers scanning a column. */
  symbol: string;
  /** "up from 12.4x", "down from 704", "same as 12.4x". */
  words: string;
}

export interface Comparison {
  /** Each day's own value as shown; null where that day has none (no tokens logged, no supervision). */
  current: string | null;
  previous: string | null;
  /** Only when both days have a value. */
  change: Change | null;
}

export type ComparedMetric = 'leverage' | 'supervisionLeverage' | 'human' | 'ai' | 'tokens';

const SYMBOLS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };

function compare(current: number | null, previous: number | null, format: (value: number) => string): Comparison {
  const shown = {
    current: current === null ? null : format(current),
    previous: previous === null ? null : format(previous),
  };
  if (current === null || previous === null) return { ...shown, change: null };
  const direction: Direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  const words = direction === 'same' ? `same as ${shown.previous}` : `${direction} from ${shown.previous}`;
  return { ...shown, change: { direction, symbol: SYMBOLS[direction], words } };
}

/** Each metric of both days, and its change where both days have a value. */
export function compareDays(current: DayTotals, previous: DayTotals): Record<ComparedMetric, Comparison> {
  return {
    leverage: compare(current.leverage, previous.leverage, formatFactor),
    supervisionLeverage: compare(current.supervisionLeverage, previous.supervisionLeverage, formatFactor),
    human: compare(current.human, previous.human, formatExactHours),
    ai: compare(current.ai, previous.ai, formatExactMinutes),
    tokens: compare(current.tokens, previous.tokens, formatTokens),
  };
}

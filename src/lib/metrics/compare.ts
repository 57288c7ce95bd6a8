/**
 * A day against the previous published day, in words and symbols ("▲ up from
 * 12.4x"), never by colour alone. Values are compared as they are shown, so
 * a change never reads "up from 12.4x" next to a figure that also says 12.4x,
 * and the difference and percentage are those of the figures a reader sees.
 */
import { formatFactor, formatFixed, formatInteger, formatTokens } from '../format.ts';
import { CS_PER_MINUTE } from '../duration.ts';
import { divRoundHalfUp } from '../exact.ts';
import type { DayTotals } from './day.ts';
import { hoursTenths } from './derived.ts';

export type Direction = 'up' | 'down' | 'same';

export interface Change {
  direction: Direction;
  /** ▲, ▼ or =, for readers scanning a column. */
  symbol: string;
  /** "up from 12.4x", "down from 704", "same as 12.4x". */
  words: string;
  /** The change itself, signed, in the figures' own unit: "+5.5x", "−68.7" (a minus sign, not a hyphen), "0.0x". */
  difference: string;
  /** Against the previous day's figure, rounded half up once, signed: "+52%"; null when that figure is 0. */
  percent: string | null;
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
const SIGNS: Record<Direction, string> = { up: '+', down: '\u2212', same: '' };

function compare(current: number | null, previous: number | null, format: (value: number) => string): Comparison {
  const shown = {
    current: current === null ? null : format(current),
    previous: previous === null ? null : format(previous),
  };
  if (current === null || previous === null) return { ...shown, change: null };
  const direction: Direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  const words = direction === 'same' ? `same as ${shown.previous}` : `${direction} from ${shown.previous}`;
  const sign = SIGNS[direction];
  const size = Math.abs(current - previous);
  const difference = `${sign}${format(size)}`;
  const percent = previous === 0 ? null : `${sign}${formatInteger(divRoundHalfUp(size * 100, Math.abs(previous)))}%`;
  return { ...shown, change: { direction, symbol: SYMBOLS[direction], words, difference, percent } };
}

/** Each metric of both days, and its change where both days have a value. */
export function compareDays(current: DayTotals, previous: DayTotals): Record<ComparedMetric, Comparison> {
  const tenthsOfHours = (tenths: number) => formatFixed(tenths, 1);
  const minutes = (totals: DayTotals) => divRoundHalfUp(totals.ai, CS_PER_MINUTE);
  return {
    leverage: compare(current.leverage, previous.leverage, formatFactor),
    supervisionLeverage: compare(current.supervisionLeverage, previous.supervisionLeverage, formatFactor),
    human: compare(hoursTenths(current.human), hoursTenths(previous.human), tenthsOfHours),
    ai: compare(minutes(current), minutes(previous), formatInteger),
    tokens: compare(current.tokens, previous.tokens, formatTokens),
  };
}

/**
 * A day against the previous published day, in words and symbols ("▲ up from
 * 12.4x"), never by colour alone. Values are compared as they are shown, so
 * a change never reads "up from 12.4x" next to a figure that also says 12.4x.
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
  current: string;
  previous: string;
}

export type ComparedMetric = 'leverage' | 'supervisionLeverage' | 'human' | 'ai' | 'tokens';

const SYMBOLS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };

function change(current: number, previous: number, format: (value: number) => string): Change {
  const direction: Direction = current > previous ? 'up' : current < previous ? 'down' : 'same';
  const shownPrevious = format(previous);
  return {
    direction,
    symbol: SYMBOLS[direction],
    words: direction === 'same' ? `same as ${shownPrevious}` : `${direction} from ${shownPrevious}`,
    current: format(current),
    previous: shownPrevious,
  };
}

/** Each metric's change; null where either day has no value (no tokens logged, no supervision). */
export function compareDays(current: DayTotals, previous: DayTotals): Record<ComparedMetric, Change | null> {
  const tenthsOfHours = (tenths: number) => formatFixed(tenths, 1);
  return {
    leverage: change(current.leverage, previous.leverage, formatFactor),
    supervisionLeverage:
      current.supervisionLeverage === null || previous.supervisionLeverage === null
        ? null
        : change(current.supervisionLeverage, previous.supervisionLeverage, formatFactor),
    human: change(hoursTenths(current.human), hoursTenths(previous.human), tenthsOfHours),
    ai: change(divRoundHalfUp(current.ai, CS_PER_MINUTE), divRoundHalfUp(previous.ai, CS_PER_MINUTE), formatInteger),
    tokens:
      current.tokens === null || previous.tokens === null ? null : change(current.tokens, previous.tokens, formatTokens),
  };
}

/**
 * A day against the previous published day, in words and symbols ("▲ up from
 * 12.4x"), never by colour alone. Values are compared as they are shown, so
 * a change never reads "up from 12.4x" next to a figure that also says 12.4x;
 * times are shown exactly, so they are compared exactly, and the difference
 * and percentage are those of the figures a reader sees.
 */
import { divRoundHalfUp } from '../exact.ts';
import { formatExactHours, formatExactMinutes, formatFactor, formatInteger, formatTokens, NOT_LOGGED } from '../format.ts';
import type { DayTotals } from './day-metrics.ts';

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
  /** Each day's own value as shown; null where that day has none (no tokens logged, no supervision time). */
  current: string | null;
  previous: string | null;
  /** Only when both days have a value. */
  change: Change | null;
  /** Without a change, why: "no tokens logged on the previous day". */
  lacking: string | null;
}

export type ComparedMetric = 'leverage' | 'supervisionLeverage' | 'human' | 'ai' | 'tokens';

const SYMBOLS: Record<Direction, string> = { up: '▲', down: '▼', same: '=' };
const SIGNS: Record<Direction, string> = { up: '+', down: '\u2212', same: '' };

/** One day's value of a metric: as compared, as shown, and, without a value, why in words ("no tokens logged"). */
interface Side {
  value: number | null;
  shown: string | null;
  lacking: string;
  /** How a value of this metric is shown, the difference of two days included. */
  format: (value: number) => string;
}

function side(value: number | null, format: (value: number) => string, lacking = ''): Side {
  return { value, shown: value === null ? null : format(value), lacking, format };
}

/** The supervisory leverage of a day: none over 0m of supervision, "not logged" where the day logged none. */
function supervisionSide(totals: DayTotals): Side {
  if (totals.supervision === null) return { value: null, shown: NOT_LOGGED, lacking: 'supervision not logged', format: formatFactor };
  return side(totals.supervisionLeverage, formatFactor, 'no supervision time');
}

/** Why two days have no change, naming which day lacks what. */
function lackingWords(current: Side, previous: Side): string {
  if (current.value !== null) return `${previous.lacking} on the previous day`;
  if (previous.value !== null) return `${current.lacking} on this day`;
  if (current.lacking === previous.lacking) return `${current.lacking} on either day`;
  return `${current.lacking} on this day; ${previous.lacking} on the previous day`;
}

function compare(current: Side, previous: Side): Comparison {
  const shown = { current: current.shown, previous: previous.shown };
  if (current.value === null || previous.value === null) return { ...shown, change: null, lacking: lackingWords(current, previous) };
  const direction: Direction = current.value > previous.value ? 'up' : current.value < previous.value ? 'down' : 'same';
  const words = direction === 'same' ? `same as ${shown.previous}` : `${direction} from ${shown.previous}`;
  const sign = SIGNS[direction];
  const size = Math.abs(current.value - previous.value);
  const difference = `${sign}${current.format(size)}`;
  const percent = previous.value === 0 ? null : `${sign}${formatInteger(divRoundHalfUp(size * 100, Math.abs(previous.value)))}%`;
  return { ...shown, change: { direction, symbol: SYMBOLS[direction], words, difference, percent }, lacking: null };
}

/** Each metric of both days, and its change where both days have a value. */
export function compareDays(current: DayTotals, previous: DayTotals): Record<ComparedMetric, Comparison> {
  const tokens = (totals: DayTotals) => side(totals.tokens, formatTokens, 'no tokens logged');
  return {
    leverage: compare(side(current.leverage, formatFactor), side(previous.leverage, formatFactor)),
    supervisionLeverage: compare(supervisionSide(current), supervisionSide(previous)),
    human: compare(side(current.human, formatExactHours), side(previous.human, formatExactHours)),
    ai: compare(side(current.ai, formatExactMinutes), side(previous.ai, formatExactMinutes)),
    tokens: compare(tokens(current), tokens(previous)),
  };
}

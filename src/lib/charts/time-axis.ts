/**
 * A calendar x-axis: each day has a slot, so gaps between logged days show.
 * Labels name days with posts only: always the first and the last, and
 * between them each post that fits beside the label before it, from the left.
 */

import { dateFormatter, dayNumber } from '../dates.ts';
import { labelWidth } from './frame.ts';

export interface TimeScale {
  /** Centre of a day's slot. */
  x(date: string): number;
  /** Width of one day's slot. */
  slot: number;
}

export function timeScale(first: string, last: string, left: number, right: number): TimeScale {
  const start = dayNumber(first) - 0.5;
  const span = dayNumber(last) + 0.5 - start;
  const slot = (right - left) / span;
  return { x: (date) => left + (dayNumber(date) - start) * slot, slot };
}

export interface TimeTick {
  x: number;
  label: string;
}

/** Up to this many days from the first to the last, within one year, the labels leave out the year. */
const SHORT_SPAN_DAYS = 90;

const DAY: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: 'UTC' };
const DAY_AND_YEAR: Intl.DateTimeFormatOptions = { ...DAY, year: 'numeric' };

/** Centred labels overlap when their centres are closer than half of both boxes. */
function overlap(left: TimeTick, right: TimeTick, fontSize: number): boolean {
  return right.x - left.x < (labelWidth(left.label, fontSize) + labelWidth(right.label, fontSize)) / 2;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Labels for the days with posts (`dates`, oldest first) on a drawing `width`
 * wide. Each is centred on its day's slot, but moved inwards where its text
 * would hang past the drawing's edge ("Jan 3, 2024" cut to "n 3, 2024").
 * The first and last slots are at least half the plot apart, more than any
 * two labels need on either chart size, so both always show.
 */
export function timeTicks(dates: readonly string[], scale: TimeScale, fontSize: number, language: string, width: number): TimeTick[] {
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  const withYear = first.slice(0, 4) !== last.slice(0, 4) || dayNumber(last) - dayNumber(first) > SHORT_SPAN_DAYS;
  const formatter = dateFormatter(language, withYear ? DAY_AND_YEAR : DAY);
  const tick = (date: string): TimeTick => {
    const label = formatter.format(new Date(`${date}T00:00:00Z`));
    const half = (label.length * fontSize * 0.6) / 2;
    return { x: round(Math.min(Math.max(scale.x(date), half), width - half)), label };
  };
  const start = tick(first);
  if (dates.length === 1) return [start];
  const end = tick(last);
  const ticks = [start];
  for (const date of dates.slice(1, -1)) {
    // A label's box is at least fontSize wide: a day whose slot is closer to the label before than
    // that allows is left out unformatted (formatting every day's label would be most of the chart's time).
    const before = ticks[ticks.length - 1]!;
    if (scale.x(date) - before.x < (labelWidth(before.label, fontSize) + fontSize) / 2) continue;
    const candidate = tick(date);
    if (!overlap(before, candidate, fontSize) && !overlap(candidate, end, fontSize)) ticks.push(candidate);
  }
  ticks.push(end);
  return ticks;
}

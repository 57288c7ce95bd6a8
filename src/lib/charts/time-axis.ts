/**
 * A calendar x-axis: each day has a slot, so gaps between logged days show.
 * Tick labels use the finest calendar unit (day, week, month, quarter, year,
 * several years) whose labels fit side by side without overlapping.
 */

import { dateFormatter, dateOfDayNumber, dayNumber } from '../dates.ts';
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

interface Unit {
  /** Is this day a tick of the unit? */
  starts(day: Date): boolean;
  format: Intl.DateTimeFormatOptions;
}

const UNITS: Unit[] = [
  { starts: () => true, format: { month: 'short', day: 'numeric' } },
  { starts: (d) => d.getUTCDay() === 1, format: { month: 'short', day: 'numeric' } },
  { starts: (d) => d.getUTCDate() === 1, format: { month: 'short', year: 'numeric' } },
  { starts: (d) => d.getUTCDate() === 1 && d.getUTCMonth() % 3 === 0, format: { month: 'short', year: 'numeric' } },
  ...[1, 2, 5, 10].map((years) => ({
    starts: (d: Date) => d.getUTCDate() === 1 && d.getUTCMonth() === 0 && d.getUTCFullYear() % years === 0,
    format: { year: 'numeric' } as Intl.DateTimeFormatOptions,
  })),
];

export function timeTicks(first: string, last: string, scale: TimeScale, fontSize: number, language: string): TimeTick[] {
  const from = dayNumber(first);
  const to = dayNumber(last);
  for (const unit of UNITS) {
    const formatter = dateFormatter(language, { ...unit.format, timeZone: 'UTC' });
    const ticks: TimeTick[] = [];
    let fits = true;
    for (let day = from; day <= to && fits; day++) {
      const date = new Date(`${dateOfDayNumber(day)}T00:00:00Z`);
      if (!unit.starts(date)) continue;
      const tick = { x: scale.x(dateOfDayNumber(day)), label: formatter.format(date) };
      const before = ticks[ticks.length - 1];
      if (before && tick.x - before.x < (labelWidth(before.label, fontSize) + labelWidth(tick.label, fontSize)) / 2) fits = false;
      ticks.push(tick);
    }
    if (fits && ticks.length > 0) return ticks;
  }
  // A few days that hold no week, month or year start: label the first day alone.
  const date = new Date(`${first}T00:00:00Z`);
  return [{ x: scale.x(first), label: dateFormatter(language, { ...UNITS[0]!.format, timeZone: 'UTC' }).format(date) }];
}

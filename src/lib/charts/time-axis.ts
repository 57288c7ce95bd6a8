/**
 * A calendar x-axis: each day has a slot, so gaps between logged days show.
 * Tick labels use the finest calendar unit (day, week, month, quarter, year,
 * several years) whose labels fit side by side without overlapping.
 */

import { dateFormatter } from '../dates.ts';

const DAY_MS = 86_400_000;

export function toDayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export interface TimeScale {
  /** Centre of a day's slot. */
  x(date: string): number;
  /** Width of one day's slot. */
  slot: number;
}

export function timeScale(first: string, last: string, left: number, right: number): TimeScale {
  const start = toDayNumber(first) - 0.5;
  const span = toDayNumber(last) + 0.5 - start;
  const slot = (right - left) / span;
  return { x: (date) => left + (toDayNumber(date) - start) * slot, slot };
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

/** Width a label needs, from the font size (average glyph ≈ 0.6 em) plus a gap. */
function labelWidth(label: string, fontSize: number): number {
  return label.length * fontSize * 0.6 + fontSize;
}

export function timeTicks(first: string, last: string, scale: TimeScale, fontSize: number, language: string): TimeTick[] {
  const from = toDayNumber(first);
  const to = toDayNumber(last);
  for (const unit of UNITS) {
    const formatter = dateFormatter(language, { ...unit.format, timeZone: 'UTC' });
    const ticks: TimeTick[] = [];
    let fits = true;
    for (let day = from; day <= to && fits; day++) {
      const date = new Date(day * DAY_MS);
      if (!unit.starts(date)) continue;
      const tick = { x: scale.x(date.toISOString().slice(0, 10)), label: formatter.format(date) };
      const before = ticks[ticks.length - 1];
      if (before && tick.x - before.x < (labelWidth(before.label, fontSize) + labelWidth(tick.label, fontSize)) / 2) fits = false;
      ticks.push(tick);
    }
    if (fits && ticks.length > 0) return ticks;
  }
  // A few days that hold no week, month or year start: label the first day alone.
  const date = new Date(from * DAY_MS);
  return [{ x: scale.x(first), label: dateFormatter(language, { ...UNITS[0]!.format, timeZone: 'UTC' }).format(date) }];
}

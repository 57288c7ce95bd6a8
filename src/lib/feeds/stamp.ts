/**
 * The instant a feed gives a day's post. A day is a date, but feeds carry
 * instants, which readers show in their own zone: midnight in Berlin is
 * still the evening before in New York. Noon of the date in the site's zone
 * is the same date for every reader within twelve hours of it, which from a
 * site in Europe is everyone from Honolulu to Auckland.
 */
import { formatInZone, startOfDay } from '../dates.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export function dayStamp(date: string, timeZone: string): Date {
  const guess = startOfDay(date, timeZone).getTime() + 12 * HOUR_MS;
  // A day on which the clocks change is 23 or 25 hours long, so twelve hours
  // after it starts the clock shows 11:00 or 13:00: move by what it shows.
  const [hours = 12, minutes = 0] = formatInZone(new Date(guess), timeZone).slice(11, 16).split(':').map(Number);
  return new Date(guess - ((hours - 12) * 60 + minutes) * MINUTE_MS);
}

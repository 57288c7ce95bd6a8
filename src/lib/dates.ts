/**
 * Calendar dates. A day is a plain `YYYY-MM-DD` string: it names a date in the
 * author's time zone, never an instant, so nothing here depends on the clock
 * or on the machine's zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Intl formatters are costly to create (about a millisecond each) and a
 * build formats thousands of dates: each distinct one is made once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(language, options)));
  return formatter;
}

/**
 * The dates a day may have, as YYYY-MM-DD (which sort as text). A year
 * outside them is a typo (1026 for 2026): before 1970 many zones' offsets
 * ran to seconds, which RFC 3339 timestamps cannot carry, and the bound keeps
 * every sum of days' tokens exact (see MAX_DAY_TOKENS in schema/day-schema.ts).
 */
export const FIRST_DATE = '1970-01-01';
export const LAST_DATE = '2199-12-31';

/** Why a real calendar date is not one a day can have, for the author; undefined when it is. */
export function outsideDayYears(date: string): string | undefined {
  const found = date < FIRST_DATE ? `before ${FIRST_DATE}` : date > LAST_DATE ? `after ${LAST_DATE}` : undefined;
  return found && `"${date}" is ${found}; a day is dated from ${FIRST_DATE.slice(0, 4)} to ${LAST_DATE.slice(0, 4)}, so check the year`;
}

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** The match of a YYYY-MM-DD date: year, month and day in groups 1 to 3. */
function matchDate(date: string): RegExpExecArray {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return match;
}

function parts(date: string): [year: string, month: string, day: string] {
  const match = matchDate(date);
  return [match[1] as string, match[2] as string, match[3] as string];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a YYYY-MM-DD date: calendar arithmetic (windows, axes) in whole days. */
export function dayNumber(date: string): number {
  // Read from the match itself: rolling windows ask for every day of a site, and the arrays parts() makes cost more than the date.
  const match = matchDate(date);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "April 22, 2026" (in the site's language). */
export function formatLongDate(date: string, language: string): string {
  const [year, month, day] = parts(date).map(Number) as [number, number, number];
  return dateFormatter(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "Apr 22, 2026" (in the site's language): for table cells, where the ISO form would break at its hyphens. */
export function formatShortDate(date: string, language: string): string {
  const [year, month, day] = parts(date).map(Number) as [number, number, number];
  return dateFormatter(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "Wednesday" (in the site's language). */
export function formatWeekday(date: string, language: string): string {
  const [year, month, day] = parts(date).map(Number) as [number, number, number];
  return dateFormatter(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "Wednesday, April 22, 2026" (in the site's language). */
export function formatFullDate(date: string, language: string): string {
  const [year, month, day] = parts(date).map(Number) as [number, number, number];
  return dateFormatter(language, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The path of a day's post below the site root: "2026/04/22/". */
export function dayPath(date: string): string {
  const [year, month, day] = parts(date);
  return `${year}/${month}/${day}/`;
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const fields = dateFormatter('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(fields.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant the day starts in `timeZone` (feeds need an instant). */
export function startOfDay(date: string, timeZone: string): Date {
  const [year, month, day] = parts(date).map(Number) as [number, number, number];
  const wallClock = Date.UTC(year, month - 1, day);
  const guess = wallClock - zoneOffset(wallClock, timeZone);
  // A second pass settles days whose offset differs from the guess's (DST changes).
  const start = wallClock - zoneOffset(guess, timeZone);
  // Where summer time begins at midnight (America/Santiago, America/Havana)
  // midnight never happens and `start` is still on the previous day; the day
  // then begins when the clocks jump, which is midnight at the old offset.
  return new Date(Math.max(start, wallClock - zoneOffset(start, timeZone)));
}

const MINUTE_MS = 60_000;

/**
 * An instant as RFC 3339 local time with its offset in `timeZone`:
 * "2026-04-22T00:00:00+02:00" (pages show the author's own day, not UTC's).
 * RFC 3339 offsets are whole minutes, and some zones' were not (Liberia's
 * −0:44:30 until 1972): such an offset is rounded up to the next minute, so
 * the time gains the seconds and names the same instant on the same day
 * ("1970-01-01T00:00:30-00:44").
 */
export function formatInZone(instant: Date, timeZone: string): string {
  const offset = Math.ceil(zoneOffset(instant.getTime(), timeZone) / MINUTE_MS) * MINUTE_MS;
  const local = new Date(instant.getTime() + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / MINUTE_MS;
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Today's date in `timeZone`, for `npm run new`. */
export function todayIn(timeZone: string, now: Date): string {
  return dateFormatter('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    dateFormatter('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** "April 2026" (or "April" with `withYear` false) for a "YYYY-MM" month. */
export function formatMonth(month: string, language: string, withYear = true): string {
  return dateFormatter(language, { month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

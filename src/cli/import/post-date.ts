/**
 * The date of an imported post, from the places a published post shows it:
 * its title, a `<time>` element (or a Markdown post's `date:`), its address,
 * and the file's name, trusted in that order. Dates are read in the forms
 * English-language blogs print them: `2026-04-22`, `April 22, 2026`,
 * `Apr 22 2026`, `22 April 2026`, and `/2026/04/22/` in an address.
 */
import { isCalendarDate } from '../../lib/dates.ts';

type DateSource = 'title' | 'time' | 'url' | 'file name';

/** Where dates are looked for, most trusted first. */
const DATE_SOURCES: readonly DateSource[] = ['title', 'time', 'url', 'file name'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of[\s-]+)?${MONTH},?[\s-]+(\d{4})\b`, 'i');
const PATH_DATE = /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})(?:\/|$|[-_.])/;

function calendar(year: string, month: number, day: string): string | undefined {
  const date = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The first date written in `text`, as YYYY-MM-DD. */
export function dateInText(text: string): string | undefined {
  const found: { at: number; date: string | undefined }[] = [];
  const iso = ISO.exec(text);
  if (iso) found.push({ at: iso.index, date: calendar(iso[1] as string, Number(iso[2]), iso[3] as string) });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) found.push({ at: mdy.index, date: calendar(mdy[3] as string, monthNumber(mdy[1] as string), mdy[2] as string) });
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) found.push({ at: dmy.index, date: calendar(dmy[3] as string, monthNumber(dmy[2] as string), dmy[1] as string) });
  return found.filter((entry) => entry.date !== undefined).sort((a, b) => a.at - b.at)[0]?.date;
}

/** A date in an address or a file name: `/2026/04/22/`, `2026-04-22-leverage-record`, `leverage-record-april-22-2026`. */
export function dateInPath(path: string): string | undefined {
  const segments = PATH_DATE.exec(path);
  if (segments) {
    const date = calendar(segments[1] as string, Number(segments[2]), segments[3] as string);
    if (date) return date;
  }
  return dateInText(path);
}

export interface DateCandidate {
  from: DateSource;
  /** What the date was read from, for messages (`<time datetime="2026-04-22">`, the address). */
  text: string;
  date: string;
}

export interface ChosenDate {
  date: string;
  from: DateSource;
  /** Less trusted places that name another date, for a note. */
  disagreeing: DateCandidate[];
}

/** The most trusted candidate, and the others that disagree with it. */
export function chooseDate(candidates: readonly DateCandidate[]): ChosenDate | undefined {
  const ordered = [...candidates].sort((a, b) => DATE_SOURCES.indexOf(a.from) - DATE_SOURCES.indexOf(b.from));
  const chosen = ordered[0];
  if (!chosen) return undefined;
  return { date: chosen.date, from: chosen.from, disagreeing: ordered.filter((other) => other.date !== chosen.date) };
}

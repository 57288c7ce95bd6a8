/**
 * Whose figure a number is, in a sentence that names another day or period
 * ("Leverage came in at 21.3x, well above Monday's 12.0x"): this day's, the
 * figure of a day the sentence names, or nobody the data can speak for.
 * Read from the words right around the figure, in this order:
 *
 * 1. `today's` / `this day's` within a few words before it: this day;
 * 2. a day's possessive within a few words before it ("Monday's 12.0x",
 *    "Friday's leverage was 12.3x"): that day;
 * 3. a day right after it ("12.0x on Monday"): that day; a period right
 *    after it ("4.2x last week"): nobody;
 * 4. a clause that opens with a day ("On Friday the number was 9.4x",
 *    "…, and on Thursday 10.7x"): that day, unless the clause names another
 *    before the figure: today ("Friday closed at 12.3x and today at 16.1x")
 *    makes it this day's, any other day (a range: "From Monday to Friday")
 *    nobody's;
 * 5. this day's metric as the subject ("leverage came in at", "the
 *    weighted average was") or right after the figure ("the 16.4x weighted
 *    average is lower than April 21's"), with no other day or period named
 *    before it in its clause: this day; a day or period right after that
 *    noun ("16.4x leverage on Monday") makes it that day's or nobody's;
 * 6. anything else: nobody, so the figure is left alone.
 *
 * Days are named by ISO date, "April 14" or "14 April" (this day's year),
 * a weekday (the latest one before this day, or this day itself) or
 * "yesterday".
 */
import { dateOfDayNumber, dayNumber } from '../dates.ts';

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH = `(${MONTHS.join('|')})`;

export function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] as string;
}

export function monthDay(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}`;
}

/** Periods that are neither this day nor the previous one ("last week", "two days ago"). */
export const OTHER_PERIOD =
  /\b(?:(?:last|next|previous|this past) (?:week|month|year|quarter|sprint|weekend)|(?:days|weeks|months|years) (?:ago|earlier|before)|a (?:week|month|year) (?:ago|earlier|before))\b/i;

/** Averages the site does not compute ("on average a task took 27 minutes of agent time"). */
export const AVERAGE = /\b(?:on average|per (?:task|day|hour)|median|(?:the |an )?average (?:task|run|day))\b/i;

/** A year as a period ("my note from 2025"); `\d{4}-` is a date, read as one. */
export const YEAR = /\b(?:in|from|since|of|during|until|by)\s+((?:19|20)\d{2})\b(?!-)/gi;

/** A month as a period ("back in February", "since March"), not a date in it; capitalised, so "may" the verb is not one. */
export const MONTH_PERIOD = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|of)\s+|[Mm]id-)${MONTH}\b(?!\s+\d)`,
);

/** A day as a sentence names it. */
const DAY_NAME = String.raw`\d{4}-\d{2}-\d{2}|${MONTH}\s+\d{1,2}\b|\d{1,2}\s+${MONTH}|(?:${WEEKDAYS.join('|')}|[Yy]esterday)\b`;

/** The same, capturing nothing, for patterns of other modules. */
export const DAY_NAME_GROUPLESS = DAY_NAME.replaceAll(`(${MONTHS.join('|')})`, `(?:${MONTHS.join('|')})`);

/** The date a day name stands for, seen from `date`. */
function dateNamed(name: string, date: string): string {
  if (/^\d{4}-/.test(name)) return name;
  const today = dayNumber(date);
  if (/^yesterday$/i.test(name)) return dateOfDayNumber(today - 1);
  const weekdayIndex = WEEKDAYS.indexOf(name);
  if (weekdayIndex !== -1) {
    const back = (new Date(`${date}T00:00:00Z`).getUTCDay() - weekdayIndex + 7) % 7;
    return dateOfDayNumber(today - back);
  }
  const month = MONTHS.findIndex((candidate) => name.includes(candidate)) + 1;
  const day = Number(/\d{1,2}/.exec(name)?.[0]);
  return `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Where a clause ends: a semicolon, a dash, or a conjunction that starts a new statement. */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s+(?:and|but)\s|\s(?:but|while|whereas|although|though|yet)\s/gi;

/** The start of the clause holding `index`. */
function clauseStart(sentence: string, index: number): number {
  let start = 0;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const end = match.index + match[0].length;
    if (end > index) break;
    start = end;
  }
  return start;
}

/** A few words (no figures) between an owner and its figure: "Friday's leverage was 12.3x". */
const FEW_WORDS = String.raw`(?:[^\s\d]+\s+){0,4}`;
const OWN_POSSESSIVE = new RegExp(String.raw`\b(?:today|this day|the day)['’]s\s+${FEW_WORDS}$`, 'i');
const DAY_POSSESSIVE = new RegExp(String.raw`(?:^|[^\w-])(${DAY_NAME})['’]s\s+${FEW_WORDS}$`);
const DAY_AFTER = new RegExp(String.raw`^\s*,?\s*(?:on|from|for)\s+(?:the\s+)?(${DAY_NAME})`);
/** A period right after a figure: "4.2x last week", "4.2x in February", "4.2x back in 2025". */
const PERIOD_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?:back\s+)?(?:in|from|since|during|over|for)\s+)?(?:the\s+)?(?:(?:last|next|previous|this past)\s+(?:week|month|year|quarter|sprint|weekend)|${MONTH}\b|(?:19|20)\d{2}\b)`,
);
const CLAUSE_OPENS_WITH_DAY = new RegExp(String.raw`^\s*(?:(?:[Oo]n|[Bb]y|[Ff]or|[Ff]rom)\s+)?(?:[Tt]he\s+)?(${DAY_NAME})(?!['’]s)`);
/** A day-wide factor a sentence names: leverage, or supervisory leverage; `weighted` says it cannot be a single task's. */
export interface NamedMetric {
  name: 'leverage' | 'supervision.leverage';
  weighted: boolean;
}

const METRIC_WORDS = String.raw`(?:(weighted)\s+)?(?:(supervisory|supervision)\s+)?(leverage|average)`;
/** Right after a figure: "16.4x weighted average", "25x leverage", "115x supervisory leverage". */
const METRIC_AFTER = new RegExp(String.raw`^\s+${METRIC_WORDS}\b`, 'i');
/** Right before a figure: "a leverage of 25x", "the weighted average came to 16.1x". */
const METRIC_BEFORE = new RegExp(
  String.raw`\b${METRIC_WORDS}(?:\s+leverage)?(?:\s+factor)?\s+(?:(?:today|for the day)\s+)?` +
    String.raw`(?:was|is|of|at|came(?: in| out)? (?:at|to)|closed at|ended at|finished at|stood at|reached|hit|landed at)\s+$`,
  'i',
);

/** "average" alone is no metric of the site ("a 2.0x average across the team"); "weighted average" is leverage. */
function namedBy(match: RegExpExecArray | null): NamedMetric | undefined {
  if (!match || (match[3]?.toLowerCase() === 'average' && !match[1])) return undefined;
  return { name: match[2] ? 'supervision.leverage' : 'leverage', weighted: match[1] !== undefined };
}

/** The metric named right after a figure (`after` starts behind its "x"), and how much text names it. */
export function metricNamedAfter(after: string): { metric: NamedMetric; length: number } | undefined {
  const match = METRIC_AFTER.exec(after);
  const metric = namedBy(match);
  return metric && match ? { metric, length: match[0].length } : undefined;
}

/** The metric a figure is named as by the words before it in its sentence. */
export function metricNamedBefore(before: string): NamedMetric | undefined {
  return namedBy(METRIC_BEFORE.exec(before));
}
const ANY_DAY_NAME = new RegExp(DAY_NAME, 'g');
const DAY_OR_TODAY = new RegExp(String.raw`${DAY_NAME}|\b(?:[Tt]oday|[Tt]his day)\b`, 'g');
const OWN_METRIC = new RegExp(
  String.raw`\b(?:leverage|weighted average(?: leverage)?(?: factor)?)\s+(?:(?:today|for the day)\s+)?` +
    String.raw`(?:was|is|of|at|came(?: in| out)? (?:at|to)|closed at|ended at|finished at|stood at|reached|hit|landed at)\s+$`,
  'i',
);

/** Does `text` name a day other than `date`, or a period the data cannot speak for? */
function namesOtherTime(text: string, date: string, ownYear: string): boolean {
  const days = [...text.matchAll(ANY_DAY_NAME)].map((match) => dateNamed(match[0], date));
  return (
    days.some((day) => day !== date) ||
    OTHER_PERIOD.test(text) ||
    MONTH_PERIOD.test(text) ||
    AVERAGE.test(text) ||
    [...text.matchAll(YEAR)].some((match) => match[1] !== ownYear)
  );
}

/**
 * The date whose figure the number from `start` to `end` of `sentence` is,
 * or undefined when nothing ties it to a day. `date` is this day.
 */
export function figureOwner(sentence: string, start: number, end: number, date: string): string | undefined {
  const clause = clauseStart(sentence, start);
  const before = sentence.slice(clause, start);
  if (OWN_POSSESSIVE.test(before)) return date;
  const possessive = DAY_POSSESSIVE.exec(before);
  if (possessive) return dateNamed(possessive[1] as string, date);
  const after = sentence.slice(end);
  const following = DAY_AFTER.exec(after);
  if (following) return dateNamed(following[1] as string, date);
  if (PERIOD_AFTER.test(after)) return undefined;
  const opening = CLAUSE_OPENS_WITH_DAY.exec(before);
  if (opening) {
    const later = [...before.slice(opening[0].length).matchAll(DAY_OR_TODAY)].map((match) =>
      /^(?:today|this day)$/i.test(match[0]) ? date : dateNamed(match[0], date),
    );
    if (later.length === 0) return dateNamed(opening[1] as string, date);
    return later.length === 1 && later[0] === date ? date : undefined;
  }
  const noun = metricNamedAfter(after);
  const afterNoun = noun ? after.slice(noun.length) : '';
  const nounsDay = noun ? DAY_AFTER.exec(afterNoun) : null;
  if (nounsDay) return dateNamed(nounsDay[1] as string, date);
  if (noun && PERIOD_AFTER.test(afterNoun)) return undefined;
  if ((OWN_METRIC.test(before) || noun) && !namesOtherTime(before, date, date.slice(0, 4))) return date;
  return undefined;
}

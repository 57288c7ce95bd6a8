/**
 * Finds numbers in prose that read as claims about the day's metrics
 * ("16.1x", "189.1 human-equivalent hours", "Twenty-six tasks") and checks
 * each against the computed values. The phrases are English, as the site's
 * own labels are.
 *
 * What is NOT a claim, and why (each rule keeps a realistic sentence quiet):
 * - a number without the metric's unit: "71 repositories", "5 phases",
 *   "146 tests pass", "12%", dates, versions, money, times;
 * - a factor without exactly one decimal ("10x", "3x faster"), as the site
 *   prints every factor with one, unless a metric's name is right beside it
 *   ("25x leverage", "a leverage of 25x");
 * - a factor followed by a comparative ("2.5x slower", "3.5x faster"): a
 *   speed-up of something else, not a leverage figure;
 * - a number after a qualifier: approximations and bounds ("about 190 human
 *   hours", "over 15.0x", "between 12.0x and 17.0x", "by 2.0x");
 * - a count of tasks or tokens that may be a subset ("Two tasks needed a
 *   second round", "9 tasks for the billing service", "a 200,000 tokens
 *   window"): counts are claims only in whole-day forms (see `wholeDay`);
 * - integer working days or weeks ("3 working days away"): the site prints
 *   them with one decimal;
 * - in a sentence about another period ("last week", "on Monday", "in
 *   February", "from 2025", "2026-04-16") or about an average ("on
 *   average", "per task"), any number that does not plainly belong to a day
 *   (see figure-owner.ts): "leverage came in at 16.1x" and "today's 16.1x"
 *   are this day's and checked; "Friday's 12.3x" is checked against Friday
 *   when that day is published, and left alone otherwise.
 *   Yesterday, the previous published day's weekday or date, and "up from"
 *   make a sentence compare: then the previous day's figures count.
 */
import { NUMBER_WORDS, wordsToNumber } from '../words.ts';
import type { ClaimKind, ComputedValue, Fraction } from './computed.ts';
import {
  AVERAGE,
  DAY_NAME_GROUPLESS,
  figureOwner,
  metricNamedAfter,
  metricNamedBefore,
  MONTH,
  MONTH_PERIOD,
  monthDay,
  OTHER_PERIOD,
  WEEKDAYS,
  weekday,
  YEAR,
  type NamedMetric,
} from './figure-owner.ts';
import { sourceOffset, type Block } from '../source/prose-scan.ts';

export interface Claim {
  kind: ClaimKind;
  /** The number as written ("16.1", "3,030,000", "Twenty-six"). */
  written: string;
  /** The whole claim as written, for messages ("705 Claude minutes"). */
  phrase: string;
  /** Its value, for finding the nearest computed one. */
  value: number;
  /** Source offsets of the number as written (with a factor's "x"), for messages and fixes. */
  start: number;
  end: number;
  /** The text from `start` to `end` as the reader sees it ("16.1x", "16.1×", "704"). */
  typed: string;
  /** Does the number carry the unit inside the reference's output (the "x" of a factor)? */
  includesUnit: boolean;
  /** The sentence compares with the previous day. */
  comparing: boolean;
  /** The figure is another published day's (not this one's, not the previous one's): checked against that day. */
  otherDay?: string;
  inWords: boolean;
  /** A factor the sentence names as the day's leverage or supervisory leverage ("25.0x leverage"). */
  named?: NamedMetric;
}

/** The day the prose belongs to and the previous published day, to tell which sentences speak of other days. */
export interface ProseDates {
  date: string;
  previousDate?: string;
  /** Whether a day is published, so a figure of it can be checked (without it, no other day's is). */
  isPublished?: (date: string) => boolean;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const ONE_DECIMAL = String.raw`\d{1,3}(?:,\d{3})*\.\d`;
const ONE_DECIMAL_ONLY = new RegExp(`^${ONE_DECIMAL}$`);
const HUMAN_WORK = String.raw`of\s+human(?:[- ]equivalent)?\s+(?:work|time|effort|throughput)\b`;

/** Approximations and bounds right before a number: "about 190", "over 15.0x", "between 12.0x and 17.0x". */
const QUALIFIED = String.raw`(?<!\b(?:about|around|roughly|nearly|almost|approximately|some|over|under|above|below|beyond|past|exceed(?:s|ed|ing)?|by|between|at (?:least|most)|close to|up to|(?:more|less|fewer|greater|higher|lower) than)\s+|~\s*|≈\s*|\bbetween\s+\S+\s+and\s+)`;

/** A factor followed by one of these measures something else: "2.5x slower", "a 1.5x speed-up". */
const COMPARATIVE = String.raw`(?!\s*(?:faster|slower|quicker|cheaper|smaller|larger|bigger|longer|shorter|higher|lower|more|less|fewer|better|worse|speed(?:-?up)?|zoom|magnification|multiplier)\b)`;

/** A count that continues like this counts a subset: "all 9 tasks for the billing service". */
const SUBSET = String.raw`(?!\s+(?:for|on|of|from|in the|about|touching|tagged|that|which|with|under|before|after|left|remaining|still)\b)`;

/**
 * Counts of tasks and tokens speak for the whole day only in these forms:
 * the count opens a sentence and ends it or goes on with "is"/"was"
 * ("Twenty-six tasks.", "Twenty-six tasks is the most I have logged"); a
 * whole-day phrase follows ("26 tasks today", "in total"); or one comes
 * before ("I logged 26 tasks", "a total of", "all 26 tasks", "a day of 26
 * tasks", "the day had 26 tasks") and no subset follows. Anywhere else a
 * count may be a part of the day ("The CLI got 4 tasks", "a prompt of
 * 12,000 tokens is typical").
 */
function wholeDay(count: string, noun: string, verbs: string): string {
  const opens = String.raw`(?<=(?:^|[.!?:]\s+))(${count})\s+${noun}(?=\s*(?:[.!?;:]|$)|\s+(?:is|was)\b)`;
  const after = String.raw`(?<![\w.,-])${QUALIFIED}(${count})\s+${noun}(?=\s+(?:today|in total|in all|all told|logged|on the day|that day|this day|in (?:one|a single) day)\b)`;
  const before = String.raw`(?<=\b(?:${verbs}|a total of|all|day (?:of|with|had))\s+)(${count})\s+${noun}\b${SUBSET}`;
  // "Thirty-four tasks on Saturday.": the count of the day the sentence names.
  const onDay = String.raw`(?<=(?:^|[.!?:]\s+))(${count})\s+${noun}(?=\s+on\s+(?:the\s+)?(?:${DAY_NAME_GROUPLESS}))`;
  return `${opens}|${after}|${before}|${onDay}`;
}

function patterns(aiName: string): [ClaimKind, RegExp][] {
  const ai = aiName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = String.raw`(?<![\w.,])${QUALIFIED}`;
  return [
    // "x" as the site prints it, or the multiplication sign some authors type. Any other precision than
    // one decimal ("25x") is a claim only beside a metric's name (see findClaims).
    ['factor', new RegExp(String.raw`${start}(${NUMBER})[x×](?!\w)${COMPARATIVE}`, 'gi')],
    ['hours', new RegExp(String.raw`${start}(${NUMBER})\s+(?:human(?:[- ]equivalent)?\s+hours\b|hours\s+${HUMAN_WORK})`, 'gi')],
    // "3 working days away" is no claim; "0.7 days of human-equivalent work" is, at any precision.
    [
      'days',
      new RegExp(
        String.raw`${start}(?:(${ONE_DECIMAL})\s+(?:human-equivalent\s+)?working\s+days\b|(${NUMBER})\s+days\s+${HUMAN_WORK})`,
        'gi',
      ),
    ],
    [
      'weeks',
      new RegExp(
        String.raw`${start}(?:(${ONE_DECIMAL})\s+(?:human-equivalent\s+)?working\s+weeks\b|(${NUMBER})\s+weeks\s+${HUMAN_WORK})`,
        'gi',
      ),
    ],
    [
      'aiMinutes',
      new RegExp(String.raw`${start}(${NUMBER})\s+(?:(?:${ai}|agent|AI)[\s-]minutes\b|minutes\s+of\s+(?:${ai}|agent|AI)\s+time\b)`, 'gi'),
    ],
    [
      'aiHours',
      new RegExp(
        String.raw`${start}(${NUMBER})\s+(?:(?:${ai}|agent|AI)[\s-]hours\b|hours\s+of\s+(?:${ai}|agent|AI)\s+(?:wall[\s-]?clock|time|run[\s-]?time)\b)`,
        'gi',
      ),
    ],
    [
      'supervisionMinutes',
      new RegExp(
        String.raw`${start}(${NUMBER})\s+(?:(?:supervisory|supervision|supervising)\s+minutes|minutes\s+of\s+supervision)\b`,
        'gi',
      ),
    ],
    ['tasks', new RegExp(wholeDay(`${NUMBER}|${NUMBER_WORDS}`, 'tasks', 'logged'), 'gi')],
    ['tokens', new RegExp(wholeDay(NUMBER, 'tokens', 'logged|used|burned|spent|consumed|went through'), 'gi')],
  ];
}

/** Days a sentence names: ISO dates, weekdays, "April 14" / "14 April" (month and day only). */
function namedDays(sentence: string): { dates: string[]; weekdays: string[]; monthDays: string[] } {
  const dates = [...sentence.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((match) => match[0]);
  const weekdays = [...sentence.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'))].map((match) => match[1] as string);
  const monthDays = [
    ...[...sentence.matchAll(new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})\b`, 'g'))].map((m) => `${m[1]} ${Number(m[2])}`),
    ...[...sentence.matchAll(new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\b`, 'g'))].map((m) => `${m[2]} ${Number(m[1])}`),
  ];
  return { dates, weekdays, monthDays };
}

/** Words that make a sentence compare with the previous day. */
const COMPARING =
  /\b(?:previous|yesterday|day before|up from|down from|same as|compared|than|last (?:day|time|post|entry)|(?:rose|climbed|jumped|fell|dropped|went|grew|slipped|improved) from)\b/i;

/** What a sentence speaks of: this day, this day against the previous one, or something the data cannot confirm. */
type SentenceTime = 'this day' | 'comparing' | 'unchecked';

function sentenceTime(sentence: string, days: ProseDates): SentenceTime {
  const own = [days.date, ...(days.previousDate ? [days.previousDate] : [])];
  const { dates, weekdays, monthDays } = namedDays(sentence);
  if (
    OTHER_PERIOD.test(sentence) ||
    MONTH_PERIOD.test(sentence) ||
    AVERAGE.test(sentence) ||
    [...sentence.matchAll(YEAR)].some((match) => !own.some((date) => date.startsWith(`${match[1]}-`))) ||
    dates.some((date) => !own.includes(date)) ||
    weekdays.some((name) => !own.map(weekday).includes(name)) ||
    monthDays.some((name) => !own.map(monthDay).includes(name))
  ) {
    return 'unchecked';
  }
  const { previousDate } = days;
  const namesPrevious =
    previousDate !== undefined &&
    (dates.includes(previousDate) || weekdays.includes(weekday(previousDate)) || monthDays.includes(monthDay(previousDate)));
  return namesPrevious || COMPARING.test(sentence) ? 'comparing' : 'this day';
}

/** The sentence around `index`: from after the last ". " (or ! ?) before it to the next one, and where it starts. */
function sentenceAround(text: string, index: number): { start: number; sentence: string } {
  const head = text.slice(0, index);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? ')) + 1;
  const after = text.slice(index).search(/[.!?](?:\s|$)/);
  return { start, sentence: text.slice(start, after === -1 ? text.length : index + after + 1) };
}

/** Whose figure a claim in a sentence is: this day's, the previous day's (comparing), another published day's, or nobody's. */
function owner(
  time: SentenceTime,
  sentence: string,
  start: number,
  end: number,
  days: ProseDates,
): { comparing: boolean; otherDay?: string } | undefined {
  if (time !== 'unchecked') return { comparing: time === 'comparing' };
  const date = figureOwner(sentence, start, end, days.date);
  if (date === undefined) return undefined;
  if (date === days.date) return { comparing: false };
  if (date === days.previousDate) return { comparing: true };
  return days.isPublished?.(date) ? { comparing: false, otherDay: date } : undefined;
}

/** The metric a factor from `start` to `end` (its "x" included) is named as, from the words right around it. */
function namedMetric(text: string, sentenceStart: number, start: number, end: number): NamedMetric | undefined {
  return metricNamedAfter(text.slice(end))?.metric ?? metricNamedBefore(text.slice(sentenceStart, start));
}

export function findClaims(blocks: readonly Block[], aiName: string, days: ProseDates): Claim[] {
  const claims: Claim[] = [];
  const kinds = patterns(aiName);
  for (const block of blocks) {
    for (const [kind, pattern] of kinds) {
      for (const match of block.text.matchAll(pattern)) {
        const written = match.slice(1).find((group) => group !== undefined) as string;
        const index = match.index + match[0].indexOf(written);
        const { start: sentenceStart, sentence } = sentenceAround(block.text, index);
        const whose = owner(
          sentenceTime(sentence, days),
          sentence,
          index - sentenceStart,
          match.index + match[0].length - sentenceStart,
          days,
        );
        if (whose === undefined) continue;
        const inWords = !/^\d/.test(written);
        const value = inWords ? wordsToNumber(written) : Number(written.replace(/,/g, ''));
        if (value === undefined) continue;
        const includesUnit = kind === 'factor';
        const named = includesUnit ? namedMetric(block.text, sentenceStart, index, index + written.length + 1) : undefined;
        if (includesUnit && !named && !ONE_DECIMAL_ONLY.test(written)) continue;
        const start = sourceOffset(block, index);
        const typed = block.text.slice(index, index + written.length + (includesUnit ? 1 : 0));
        claims.push({
          kind,
          written,
          phrase: match[0].replace(/\s+/g, ' '),
          value,
          start,
          end: start + typed.length,
          typed,
          includesUnit,
          ...whose,
          inWords,
          ...(named ? { named } : {}),
        });
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

export interface Verdict {
  claim: Claim;
  /** The computed values it matches (empty: a wrong figure). */
  matches: ComputedValue[];
  /** The closest computed value of the same kind, for the message. */
  nearest: ComputedValue | undefined;
}

const normalise = (shown: string) => shown.replace(/,/g, '');

/** A figure as written, as an integer count of its last digit's units: "5.75" → 575 hundredths. */
function writtenUnits(claim: Claim): { units: bigint; decimals: number } {
  if (claim.inWords) return { units: BigInt(claim.value), decimals: 0 };
  const [whole = '', fraction = ''] = normalise(claim.written).split('.');
  return { units: BigInt(whole + fraction), decimals: fraction.length };
}

/** `exact` rounded half up to `decimals` places, in units of the last one (in BigInt: a long figure cannot overflow). */
function roundedUnits({ numerator, denominator }: Fraction, decimals: number): bigint {
  const scaled = BigInt(numerator) * 10n ** BigInt(decimals);
  const divisor = BigInt(denominator);
  return (2n * scaled + divisor) / (2n * divisor);
}

/**
 * Does a figure state `value`? It does when the exact value rounds to it at
 * the figure's own precision: 5.75 human hours are "5.75", "5.8" and "6",
 * whatever the page shows.
 */
function states(claim: Claim, value: ComputedValue): boolean {
  const { units, decimals } = writtenUnits(claim);
  return roundedUnits(value.exact, decimals) === units;
}

/** The values of the metric a claim names ("25x leverage": leverage, or the previous day's when comparing). */
const isNamed = (claim: Claim, value: ComputedValue) =>
  claim.named !== undefined && value.name.replace(/^previous\./, '') === claim.named.name;

/** Day-wide figures first, then the previous day's, then single tasks': the order ties are broken in. */
export function tier(value: ComputedValue): number {
  return value.previous ? 1 : value.dayWide ? 0 : 2;
}

/**
 * `otherDay` gives another published day's values, for the claims that are
 * its figures; without it they match nothing (and --fix, which never
 * rewrites them, does not ask).
 */
export function judgeClaims(
  claims: readonly Claim[],
  values: readonly ComputedValue[],
  otherDay?: (date: string) => readonly ComputedValue[],
): Verdict[] {
  return claims.map((claim) => {
    const candidates = claim.otherDay
      ? (otherDay?.(claim.otherDay) ?? []).filter((value) => value.kind === claim.kind)
      : values.filter((value) => value.kind === claim.kind && (claim.comparing || !value.previous));
    // A weighted average is the day's, never a single task's.
    const possible = claim.named?.weighted ? candidates.filter((value) => isNamed(claim, value)) : candidates;
    const matches = possible.filter((value) => states(claim, value));
    const named = possible.filter((value) => isNamed(claim, value));
    const distance = (value: ComputedValue) => Math.abs(Number(normalise(value.shown)) - claim.value);
    let nearest: ComputedValue | undefined;
    // The metric the sentence names first ("25.0x leverage": the day's, not the closest task's).
    for (const candidate of named.length > 0 ? named : possible) {
      // Shown values have at most two decimals: differences below 1e-9 are float noise, a tie.
      const difference = nearest === undefined ? -1 : distance(candidate) - distance(nearest);
      if (nearest === undefined || difference < -1e-9 || (Math.abs(difference) <= 1e-9 && tier(candidate) < tier(nearest))) {
        nearest = candidate;
      }
    }
    return { claim, matches, nearest };
  });
}

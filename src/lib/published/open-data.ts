/**
 * Open data: every published day as JSON and every task as CSV. Durations are
 * written both as the author's duration strings (so a day read back through
 * the day schema is the same day) and as decimal minutes for spreadsheets.
 * Supervision a day did not log is null (an empty cell in the CSV).
 */
import { CS_PER_MINUTE, exactHours, type Centiseconds } from '../duration.ts';
import type { DayMetrics, DayTotals } from '../metrics/day-metrics.ts';
import type { TaskTimes } from '../metrics/task.ts';

/**
 * The exact duration as an author would write it. Estimates read best in
 * hours ("2.5h", "0.33h") when that is exact; agent and supervision time in
 * minutes ("17m"), which is always exact for values the parser accepts.
 */
export function durationText(cs: Centiseconds, unit: 'h' | 'm'): string {
  const exact = unit === 'h' ? exactHours(cs) : undefined;
  if (exact) return `${decimalText(exact[1], exact[0])}h`;
  return `${decimalText(Math.round((cs * 1000) / CS_PER_MINUTE), 3)}m`;
}

/** An integer count of 10^-decimals units as a plain decimal without trailing zeros. */
function decimalText(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const digits = String(units).padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`.replace(/\.?0+$/, '');
}

/** Minutes as a JSON number (exact decimals: centiseconds are 1/6000 minute). */
export function minutesNumber(cs: Centiseconds): number {
  return Number(decimalText(Math.round((cs * 1000) / CS_PER_MINUTE), 3));
}

const tenthsNumber = (tenths: number | null) => (tenths === null ? null : tenths / 10);

/** Minutes, or null for supervision that was not logged. */
const loggedMinutes = (cs: Centiseconds | null | undefined) => (cs === null || cs === undefined ? null : minutesNumber(cs));

export interface ExportTask extends TaskTimes {
  title: string;
  tags: readonly string[];
}

export interface ExportDay {
  date: string;
  title: string;
  description: string;
  url: string;
  tags: readonly string[];
  tokens: number | null;
  metrics: DayMetrics<ExportTask>;
}

function totalsRecord(totals: DayTotals) {
  return {
    tasks: totals.tasks,
    humanMinutes: minutesNumber(totals.human),
    aiMinutes: minutesNumber(totals.ai),
    supervisionMinutes: loggedMinutes(totals.supervision),
    tokens: totals.tokens,
    leverage: tenthsNumber(totals.leverage),
    supervisionLeverage: tenthsNumber(totals.supervisionLeverage),
  };
}

/** One day in the shape documented in docs/site-and-feeds.md ("Open data"). */
export function dayRecord(day: ExportDay) {
  return {
    date: day.date,
    title: day.title,
    description: day.description,
    url: day.url,
    tags: [...day.tags],
    tokens: day.tokens,
    totals: totalsRecord(day.metrics.totals),
    tasks: day.metrics.ranked.map(({ rank, task, factor, supervisionFactor }) => ({
      rank,
      title: task.title,
      human: durationText(task.human, 'h'),
      ai: durationText(task.ai, 'm'),
      supervision: task.supervision === undefined ? null : durationText(task.supervision, 'm'),
      humanMinutes: minutesNumber(task.human),
      aiMinutes: minutesNumber(task.ai),
      supervisionMinutes: loggedMinutes(task.supervision),
      factor: tenthsNumber(factor),
      supervisionFactor: tenthsNumber(supervisionFactor),
      tags: [...task.tags],
    })),
  };
}

/** A spreadsheet reads a text cell that starts with one of these as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled; lines end CRLF. Text is also made safe to open in a spreadsheet,
 * as OWASP's CSV-injection advice says: a cell that would start a formula
 * gets a single quote in front (spreadsheets show it as text) and is quoted,
 * and a cell with a semicolon or tab is quoted, so a spreadsheet that splits
 * on those cannot start a formula cell inside it. Numbers are written as
 * they are.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text !== value || /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const TASK_CSV_HEADER = [
  'date',
  'rank',
  'title',
  'human_minutes',
  'ai_minutes',
  'supervision_minutes',
  'factor',
  'supervision_factor',
  'tags',
  'url',
] as const;

export function tasksCsv(days: readonly ExportDay[]): string {
  const lines = [TASK_CSV_HEADER.join(',')];
  for (const day of days) {
    for (const { rank, task, factor, supervisionFactor } of day.metrics.ranked) {
      const row = [
        day.date,
        rank,
        task.title,
        minutesNumber(task.human),
        minutesNumber(task.ai),
        loggedMinutes(task.supervision),
        tenthsNumber(factor),
        tenthsNumber(supervisionFactor),
        task.tags.join(';'),
        day.url,
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

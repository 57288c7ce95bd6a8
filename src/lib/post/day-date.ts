/**
 * A day's date beside its title, shown once: a title that already gives the
 * date (the default "Leverage Record: April 22, 2026", or an author's with the
 * date in it) gets only the weekday; any other title the full date with it.
 */
import { formatFullDate, formatLongDate, formatWeekday } from '../dates.ts';

export function dateBesideTitle(day: { date: string; title: string }, language: string): string {
  return day.title.includes(formatLongDate(day.date, language)) ? formatWeekday(day.date, language) : formatFullDate(day.date, language);
}

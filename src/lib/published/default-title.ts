/** Words the site writes on the author's behalf. */
import { formatLongDate } from '../dates.ts';

/** A day without a title of its own: "Leverage Record: April 22, 2026". */
export function defaultDayTitle(date: string, language: string): string {
  return `Leverage Record: ${formatLongDate(date, language)}`;
}

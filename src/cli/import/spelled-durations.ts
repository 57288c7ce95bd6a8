/**
 * Durations as older posts spelled them (`120 hours`, `1 hour`, `2 hrs`,
 * `40 min`, `5 minutes`), in the units a day file writes (`120h`, `40m`), so
 * that the one duration parser reads them and the day shows them as an
 * author types them. Anything else is left as printed, for the parser to
 * accept or explain.
 */
const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const HOURS = new RegExp(String.raw`${NUMBER}\s*(?:hours?|hrs?)\.?(?![a-z])`, 'gi');
const MINUTES = new RegExp(String.raw`${NUMBER}\s*(?:minutes?|mins?)\.?(?![a-z])`, 'gi');

export function durationUnits(printed: string): string {
  return printed.trim().replace(HOURS, '$1h').replace(MINUTES, '$1m');
}

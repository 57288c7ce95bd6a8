/** What `npm run new --from` tells the author about the logs it read: which session is which, and which lines it skipped. */
import type { Instant, LogReading, SkippedLine } from './activity.ts';

/**
 * The sessions' ids, each cut to the same number of its dash-separated
 * groups (never inside one): the fewest that tell them all apart. Codex ids begin with the session's start time, so two
 * sessions started in the same minute share their first 8 characters.
 */
export function shortSessionIds(ids: readonly string[]): string[] {
  const split = ids.map((id) => id.split('-'));
  const most = Math.max(0, ...split.map((groups) => groups.length));
  for (let count = 1; count < most; count++) {
    const short = split.map((groups) => groups.slice(0, count).join('-'));
    if (new Set(short).size === short.length) return short;
  }
  return [...ids];
}

/**
 * The skipped lines worth a warning for a day from `start` to `end` (ms):
 * those of files written during it. Files are read by when they were last
 * written, so a day in the past also reads the logs of every later day;
 * their lines are no concern of this one's. A file with no readable time
 * at all is kept, since nothing tells it is of another day.
 */
export function skippedOfDay(reading: LogReading, start: Instant, end: Instant): SkippedLine[] {
  return reading.skipped.filter(({ file }) => {
    const written = reading.written.get(file);
    return written === undefined || (written.end >= start && written.start < end);
  });
}

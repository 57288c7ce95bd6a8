/**
 * Each day's prose check kept between builds, so a build checks the prose of
 * the days that changed and takes the rest from the last build (issue 27).
 *
 * A day's check reads its own file, the previous published day's date and
 * totals, the site's prose settings and, for figures the prose gives as
 * another day's ("Friday's 12.3x"), whichever other days it asks about. The
 * first three make the entry's key. The other days cannot, since which ones
 * are asked about is known only once the check has run; so the check runs
 * with the published days behind a recorder, the entry keeps each date asked
 * about with what was found there, and it is used again only while every one
 * of those dates still gives the same answer.
 *
 * All entries live in one cache file, read once and written once per build:
 * a day's entry is a few hundred bytes, and thousands of small files would
 * cost more to open than the checks they save.
 */
import type { DayMetrics } from '../metrics/day-metrics.ts';
import { checkDayProse, type ProseContext, type ProseScanner, type ProseSettings } from '../prose/check-prose.ts';
import type { TitledTask } from '../prose/references.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { inputKey, openContentCache } from '../storage/content-cache.ts';

/** Everything below these folders (and package-lock.json) decides what a check finds. */
const CHECKING_CODE = ['src/lib'];

interface Entry {
  /** Each other day the check asked about: its date, and the digest of its metrics (null: not published). */
  asked: [date: string, answer: string | null][];
  diagnostics: Diagnostic[];
}

export interface ProseCheckMemo {
  /** The day's prose check: the kept one when nothing it read has changed, else a fresh one (kept for next time). */
  check(entry: ProseContext, settings: ProseSettings, scan?: ProseScanner): Diagnostic[];
  /** Keeps this run's entries (and only them) for the next; writes nothing when they are the ones read. */
  save(): void;
}

type PublishedMetrics = NonNullable<ProseContext['published']>;

/** What a check finds about another day: its metrics, as a digest, or null when it is not published. */
function answerOf(published: PublishedMetrics | undefined, date: string): string | null {
  const metrics: DayMetrics<TitledTask> | undefined = published?.get(date);
  return metrics ? inputKey(JSON.stringify(metrics)) : null;
}

function readEntries(data: Buffer | undefined): Map<string, Entry> {
  if (data === undefined) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(data.toString('utf8')) as Record<string, Entry>));
  } catch {
    // Written whole, so unreadable only if someone edited it: every day is checked again.
    return new Map();
  }
}

/**
 * The memo of the project at `root` for the content folder `dir`, whose day
 * files have the keys `keyOfFile` (prepare.ts: a file's name and bytes).
 */
export function openProseCheckMemo(root: string, dir: string, keyOfFile: ReadonlyMap<string, string>): ProseCheckMemo {
  const cache = openContentCache(root, 'prose-checks', CHECKING_CODE);
  const key = inputKey('prose checks', dir);
  const before = readEntries(cache.read(key));
  const after = new Map<string, Entry>();
  let reused = 0;
  return {
    check(entry, settings, scan) {
      const file = keyOfFile.get(entry.day.file);
      if (file === undefined) return checkDayProse(entry, settings, scan);
      const { previous, published } = entry;
      const dayKey = inputKey(
        file,
        JSON.stringify(settings),
        JSON.stringify(previous ? { date: previous.date, totals: previous.totals } : null),
      );
      const kept = before.get(dayKey);
      if (kept?.asked.every(([date, answer]) => answerOf(published, date) === answer)) {
        after.set(dayKey, kept);
        reused += 1;
        return kept.diagnostics;
      }
      const asked = new Map<string, string | null>();
      const ask = (date: string) => {
        if (!asked.has(date)) asked.set(date, answerOf(published, date));
      };
      const recorded: PublishedMetrics | undefined = published && {
        has(date) {
          ask(date);
          return published.has(date);
        },
        get(date) {
          ask(date);
          return published.get(date);
        },
      };
      const diagnostics = checkDayProse({ ...entry, ...(recorded ? { published: recorded } : {}) }, settings, scan);
      after.set(dayKey, { asked: [...asked], diagnostics });
      return diagnostics;
    },
    save() {
      if (reused === before.size && reused === after.size) return;
      cache.write(key, JSON.stringify(Object.fromEntries(after)));
    },
  };
}

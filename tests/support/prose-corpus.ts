/**
 * Prose of our own for the claims check and metric references, written
 * against the sample day 2026-04-22 (26 tasks) with 2026-04-21 (5 tasks) as
 * the previous published day. The figures are worked out by hand in
 * tests/unit/claims.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseDayFile, type DaySource } from '../../src/lib/schema/day-file.ts';

export const FILE = 'content/days/2026-04-22.md';
export const PREVIOUS_FILE = 'content/days/2026-04-21.md';

const sample = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const SAMPLE_TEXT = sample(FILE);

/** The 04-22 sample's front matter, closing `---` and its line break included: our prose goes below it. */
export const FRONT_MATTER = SAMPLE_TEXT.slice(0, SAMPLE_TEXT.indexOf('\n---\n', 3) + 5);
/** The file line the prose starts on. */
export const BODY = FRONT_MATTER.split('\n').length;
export const PREVIOUS_TEXT = sample(PREVIOUS_FILE);

/** Every figure right; hard-wrapped, as many editors write it. Lines counted from 0. */
export const RIGHT = `Twenty-six tasks. I had cleared the calendar, and it showed: the day closed at 16.1x leverage
and 143.6x supervisory leverage, 189.1 human-equivalent hours of work in 704 Claude minutes,
with 79 supervisory minutes of my own. That is up from 10.6x yesterday, when I logged 5 tasks.
In the units the table prints, 23.6 working days or 4.7 working weeks; the agent used
3,030,000 tokens.

The lesson editor rebuild was the outlier again at 98.8x, and 840.0x against my two minutes
of review. The navigation fix, the one with the slug, came in at 13.8x. The deployk status
exit code, the shell completions and the notification badge tied at 15.0x, and the heading
typo was the floor at 4.0x: the agent spent its 5 minutes looking for a spell-checker config.
`;

/** A long analysis full of numbers that are not claims about the day's metrics, and a few task-level ones that are right. */
export const ANALYSIS = `## Analysis

The billing service now spans 71 repositories if you count the forks, and the migration plan has
5 phases. After the refactor 146 tests pass, up from 120 on Monday, and the suite runs 3x faster
than it did on 2026-03-14. We pinned the payments SDK at 2.5.1, moved the CLI to v3.4.0 and
dropped Node 18.

Two tasks needed a second round. 9 tasks for the billing service would have been too many for one
review batch, so I split them: 4 tasks before lunch and 5 after. The first review started at
10:30 and the last one ended at 18:45. The CLI got 4 tasks, the docs site 6 tasks.

Token use was about 3 million, roughly 12% over my budget, which at list prices comes to $41.20
or about €38. The context window is 200,000 tokens, and a prompt of 12,000 tokens is typical for
the billing work. Rendering is 10x cheaper now, and the old path was 2.5x slower on cold caches.

The proration work alone took 62 Claude minutes and 6 supervisory minutes against an estimate of
20 human-equivalent hours; the editor rebuild was 28 human hours of work by my own estimate.
About 190 human hours went in today, roughly 700 Claude minutes. Most tasks landed between 12.0x
and 17.0x, none was under 4.1x, and the cache change gave a 1.5x speed-up on the syllabus page.

Last week I averaged 12.3x. On Friday the number was 9.4x, and back in February a day like this
would have been 4.2x at best. On 2026-04-16 I logged 31 tasks in total.

| Service         | Deploys | p95 before | p95 after |
| --------------- | ------: | ---------: | --------: |
| billing         |       3 |     412 ms |    180 ms |
| course platform |       7 |     1.2 s  |    0.9 s  |

- Quiz migration: 180,000 submissions in 11 minutes, 0 mismatches, checksums on all 36 chunks.
- Coverage on the calculation module is 98.8%; the database is 16.1 GB after the migration.
- The payout job runs every 24 hours and flags mismatches over 1 cent.
- The release is 3 working days away, and the runbook's chapter 7 lists 15 failure modes.

The ratio of reads to writes is about 10:1. TODO:fix the flaky test in section 3.2 before the
release window; ticket #4512 tracks it. In Q3 we plan 26 releases, one every 2 weeks.
`;

export const encode = (text: string) => new TextEncoder().encode(text);

/** The site settings the prose checks run with in these tests. */
export const SETTINGS = { language: 'en', aiName: 'Claude', strict: false };

/** A day file that must parse without a problem. */
export function parsed(file: string, text: string): DaySource {
  const { day, diagnostics } = parseDayFile(file, encode(text));
  expect(diagnostics).toEqual([]);
  if (!day) throw new Error(`${file} did not parse`);
  return day;
}

export const previousDay = () => parsed(PREVIOUS_FILE, PREVIOUS_TEXT);
export const longDay = (prose: string) => parsed(FILE, FRONT_MATTER + prose);

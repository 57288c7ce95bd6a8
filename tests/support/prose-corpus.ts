/**
 * Prose of our own for the claims check and metric references, written
 * against the sample day 2026-04-22 (26 tasks) with 2026-04-21 (5 tasks) as
 * the previous published day. The figures are worked out by hand in
 * tests/unit/claims.test.ts.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseDayFile, type DaySource } from '../../src/lib/schema/day-file.ts';
import { sampleFile } from './npm-run.ts';

export const FILE = 'content/days/2026-04-22.md';
export const PREVIOUS_FILE = 'content/days/2026-04-21.md';

const sample = (file: string) => readFileSync(sampleFile(file), 'utf8');
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

/**
 * An invented Saturday, 2026-05-02, of three tasks written in an order that
 * is not their rank. Worked out by hand:
 *
 * | in the file | human | agent | supervision | factor | rank |
 * | 1 | 3h  | 13m | 2m | 180 / 13 = 13.846 → 13.8x (90.0x) | 3 |
 * | 2 | 2h  | 5m  | 1m | 120 / 5 = 24.0x (120.0x)          | 1 |
 * | 3 | 45m | 3m  | 0m | 45 / 3 = 15.0x (no supervisory)   | 2 |
 *
 * Σ human 345 min = 5.75 h (shown exactly), Σ agent 21 min = 0.35 h (shown 0.4),
 * Σ supervision 3 min. Leverage 345 / 21 = 16.43 → 16.4x; supervisory
 * 345 / 3 = 115.0x; working days 5.75 / 8 = 0.71875 → 0.7; weeks
 * 5.75 / 40 = 0.14375 → 0.1.
 */
export const SATURDAY_FILE = 'content/days/2026-05-02.md';
export const SATURDAY_FRONT_MATTER = `---
date: 2026-05-02
tasks:
  - title: "Feeds: keep the summary in the JSON Feed"
    human: 3h
    ai: 13m
    supervision: 2m
  - title: "Importer: read durations spelled out in words"
    human: 2h
    ai: 5m
    supervision: 1m
  - title: "Docs: fix the broken link to the schema"
    human: 45m
    ai: 3m
    supervision: 0m
---
`;
export const saturday = (prose: string) => parsed(SATURDAY_FILE, SATURDAY_FRONT_MATTER + prose);

/**
 * An invented Thursday, 2026-04-23, alone: 6h in 20m (18.0x) and 2h 3m in
 * 10m (123 / 10 = 12.3x). Σ 483 min in 30 min → 16.1x.
 */
export const THURSDAY_FILE = 'content/days/2026-04-23.md';
export const THURSDAY_FRONT_MATTER = `---
date: 2026-04-23
tasks:
  - title: Search index in one pass
    human: 6h
    ai: 20m
    supervision: 2m
  - title: Cards cache keyed by their inputs
    human: 2h 3m
    ai: 10m
    supervision: 1m
---
`;
export const thursday = (prose: string) => parsed(THURSDAY_FILE, THURSDAY_FRONT_MATTER + prose);

/** A sentence of the claims corpus, and the one figure in it the check must report (none: it is right, or no claim). */
export interface CorpusSentence {
  sentence: string;
  wrong?: { phrase: string; nearest: string; name: string };
}

/**
 * How the blog Fulcrum imitates really writes (issue 26, section 5), on the
 * invented Saturday above; the first of each group is quoted from the issue,
 * the rest are our variants.
 */
export const SATURDAY_SENTENCES: CorpusSentence[] = [
  // The count of tasks in the day's own post, naming the day.
  { sentence: 'Thirty-four tasks on Saturday.', wrong: { phrase: 'Thirty-four tasks', nearest: '3', name: 'tasks' } },
  { sentence: 'Three tasks on Saturday.' },
  { sentence: '3 tasks on Saturday, all of them small.' },
  // Another day's count: Friday is not published here, so nothing can check it.
  { sentence: 'Thirty-four tasks on Friday.' },
  // Agent minutes, hyphenated.
  { sentence: 'The day took 114 Claude-minutes.', wrong: { phrase: '114 Claude-minutes', nearest: '21', name: 'ai.minutes' } },
  { sentence: 'The day took 21 Claude-minutes.' },
  { sentence: 'The importer alone took 5 Claude-minutes.' },
  // Weeks and days of human-equivalent work.
  {
    sentence: 'That is 1.7 weeks of human-equivalent throughput.',
    wrong: { phrase: '1.7 weeks of human-equivalent throughput', nearest: '0.1', name: 'hours.weeks' },
  },
  {
    sentence: 'Saturday came to 13.4 weeks of human-equivalent work.',
    wrong: { phrase: '13.4 weeks of human-equivalent work', nearest: '0.1', name: 'hours.weeks' },
  },
  { sentence: 'That is 0.1 weeks of human-equivalent throughput.' },
  { sentence: 'That is 0.14 weeks of human-equivalent work.' },
  { sentence: 'That is 0.7 days of human-equivalent work.' },
  {
    sentence: 'That is 2.7 days of human-equivalent work.',
    wrong: { phrase: '2.7 days of human-equivalent work', nearest: '0.7', name: 'hours.days' },
  },
  // The agent's wall-clock time in hours.
  {
    sentence: 'It all ran in 1.9 hours of Claude wall-clock.',
    wrong: { phrase: '1.9 hours of Claude wall-clock', nearest: '0.4', name: 'ai.hours' },
  },
  { sentence: 'It all ran in 0.4 hours of Claude wall-clock.' },
  { sentence: 'It all ran in 0.35 hours of Claude wall-clock.' },
  { sentence: 'It ran 3 hours of Claude time.', wrong: { phrase: '3 hours of Claude time', nearest: '0.4', name: 'ai.hours' } },
  { sentence: 'Most of the morning was 2 hours of Claude Code setup.' },
  // Integer factors next to a metric word.
  { sentence: 'That is 25x leverage.', wrong: { phrase: '25x', nearest: '16.4x', name: 'leverage' } },
  { sentence: 'The day ran at a leverage of 25x.', wrong: { phrase: '25x', nearest: '16.4x', name: 'leverage' } },
  { sentence: 'That is 16x leverage.' },
  { sentence: 'The day ran at a leverage of 16x.' },
  { sentence: 'Supervision was light: 115x supervisory leverage.' },
  { sentence: 'Its supervisory leverage of 115x was the point.' },
  // A task's own supervisory factor (the importer: 120 / 1) is still a task's figure.
  { sentence: 'The importer alone had 120x supervisory leverage.' },
  { sentence: 'Its supervisory leverage of 99x was the point.', wrong: { phrase: '99x', nearest: '115.0x', name: 'supervision.leverage' } },
  { sentence: 'Rendering is 10x cheaper now.' },
  { sentence: 'The importer ran at 24x on its own.' },
  // The nearest value is the metric the sentence names, not the closest task's factor (24.0x).
  { sentence: 'Saturday closed at 25.0x leverage.', wrong: { phrase: '25.0x', nearest: '16.4x', name: 'leverage' } },
  // Human hours right at their own precision: 5.75 exactly, 5.8 and 6 as rounded.
  { sentence: 'That is 5.75 human hours of work.' },
  { sentence: 'That is 5.8 human hours of work.' },
  { sentence: 'That is 6 human hours of work.' },
  { sentence: 'That is 5.7 human hours of work.', wrong: { phrase: '5.7 human hours', nearest: '5.75', name: 'hours' } },
  { sentence: 'That is 5.76 human hours of work.', wrong: { phrase: '5.76 human hours', nearest: '5.75', name: 'hours' } },
];

/** The weighted average before its noun, in a sentence naming another day, on the invented Thursday (16.1x). */
export const THURSDAY_SENTENCES: CorpusSentence[] = [
  {
    sentence: "The 16.4x weighted average is lower than April 21's 18.1x.",
    wrong: { phrase: '16.4x', nearest: '16.1x', name: 'leverage' },
  },
  { sentence: "The 16.1x weighted average is lower than April 21's 18.1x." },
  // 12.3x is a task's factor, but a weighted average is the day's.
  {
    sentence: "The 12.3x weighted average is lower than April 21's 18.1x.",
    wrong: { phrase: '12.3x', nearest: '16.1x', name: 'leverage' },
  },
  { sentence: "The 16.4x leverage beat Monday's 12.0x.", wrong: { phrase: '16.4x', nearest: '16.1x', name: 'leverage' } },
  // Another day's figure before the noun: that day's (unpublished here), so left alone.
  { sentence: "Monday's 16.4x weighted average was higher than today's 16.1x." },
  { sentence: '16.4x leverage on Monday was higher than the 16.1x of today.' },
];

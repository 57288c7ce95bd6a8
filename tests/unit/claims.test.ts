/**
 * The claims check on realistic prose: a day log written against the 04-22
 * sample day (its front matter as is, the prose our own), with 04-21 as the
 * previous published day. Every expected figure, line and column below was
 * worked out by hand from the sample files:
 *
 * 04-22, 26 tasks: Σ human 189.08 h (189.1), Σ agent 704 min, Σ supervision 79 min,
 * 3,030,000 tokens. Leverage 189.08 h / 704 min = 11344.8 / 704 = 16.11… → 16.1x;
 * supervisory 11344.8 / 79 = 143.60… → 143.6x; working days 189.08 / 8 = 23.6;
 * weeks 189.08 / 40 = 4.7. Ranked by factor: #1 lesson editor 28h/17m = 98.8x
 * (28h/2m = 840.0x); #2 proration 20h/62m = 19.4x; #4 quiz migration 16h/58m =
 * 16.6x; #5 docs versions 6h/22m = 16.4x; #7–#9 all 15.0x (1.25h/5m, 7h/28m,
 * 11h/44m); #12 lesson navigation 3h/13m = 13.8x; #21 2.5h/14m = 10.7x; #22
 * 2.25h/13m = 10.4x; #26 the heading typo 0.33h/5m = 4.0x. A task's reference names its place in
 * the file (logged.N), counted from the sample's lines: #1 is the 1st task, #2 the 14th, #4 the 7th,
 * #5 the 4th, #7–#9 the 11th, 16th and 24th, #12 the 2nd, #26 the 5th.
 * 04-21, 5 tasks: 9.17 h in 52 min → 10.6x; 9 supervisory minutes → 61.1x.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPlans, describePlans, planFixes, runFix, ALL_DAYS } from '../../src/cli/fix-command.ts';
import { execFileSync } from 'node:child_process';
import { runCheck } from '../../src/cli/check-command.ts';
import { checkDayFiles, checkProject, checkProse } from '../../src/lib/project/check-project.ts';
import { fixDayProse } from '../../src/lib/prose/fix-prose.ts';
import { inContext } from '../../src/lib/published/context.ts';
import { parseSiteFile } from '../../src/lib/schema/site-file.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { SITE_YAML } from '../support/content-folder.ts';
import type { DaySource } from '../../src/lib/schema/day-file.ts';
import {
  ANALYSIS,
  BODY,
  encode,
  FILE,
  FRONT_MATTER,
  longDay,
  parsed,
  PREVIOUS_FILE,
  PREVIOUS_TEXT,
  previousDay,
  RIGHT,
  saturday,
  SATURDAY_FILE,
  SATURDAY_FRONT_MATTER,
  SATURDAY_SENTENCES,
  SETTINGS,
  thursday,
  THURSDAY_FILE,
  THURSDAY_FRONT_MATTER,
  THURSDAY_SENTENCES,
  type CorpusSentence,
} from '../support/prose-corpus.ts';
import { sampleFile } from '../support/npm-run.ts';

/** The check's output lines for 04-22 written as `prose`, after 04-21. */
function check(prose: string, strict = false): string[] {
  return checkProse([previousDay(), longDay(prose)], { ...SETTINGS, strict }).map(formatDiagnostic);
}

const warning = (line: number, column: number, phrase: string, nearest: string, name: string) =>
  `${FILE}:${BODY + line}:${column} warning claim: "${phrase}" matches no computed value; ` +
  `the nearest computed value is ${nearest} (:metric[${name}]). Fix the figure or write the reference instead`;

/** RIGHT with `before` (which occurs once) replaced by `after`. */
function variant(before: string, after: string): string {
  expect(RIGHT.split(before)).toHaveLength(2);
  return RIGHT.replace(before, after);
}

describe('a paragraph whose figures are all right', () => {
  it('has its body where the sample says (line 137), so the positions below mean what they say', () => {
    expect(BODY).toBe(137);
  });

  it('gets no diagnostics', () => {
    expect(check(RIGHT)).toEqual([]);
  });

  it('gets none with the long analysis after it either', () => {
    expect(check(`${RIGHT}\n${ANALYSIS}`)).toEqual([]);
  });
});

describe('the same paragraph with one wrong figure', () => {
  it.each([
    // [right, wrong, line in RIGHT, column, claim as reported, nearest value, its reference]
    ['13.8x.', '13.9x.', 7, 66, '13.9x', '13.8x', 'logged.2.factor'],
    ['189.1 human', '188.1 human', 1, 34, '188.1 human-equivalent hours', '189.08', 'hours'],
    ['704 Claude', '705 Claude', 1, 74, '705 Claude minutes', '704', 'ai.minutes'],
    ['Twenty-six tasks.', 'Twenty-five tasks.', 0, 1, 'Twenty-five tasks', '26', 'tasks'],
    ['143.6x', '143.5x', 1, 5, '143.5x', '143.6x', 'supervision.leverage'],
    // 10.5x is 0.1 from yesterday's 10.6x and from task 22's 10.4x: in a comparing sentence, yesterday's is meant.
    ['up from 10.6x', 'up from 10.5x', 2, 56, '10.5x', '10.6x', 'previous.leverage'],
    ['logged 5 tasks', 'logged 6 tasks', 2, 87, '6 tasks', '5', 'previous.tasks'],
    ['79 supervisory', '78 supervisory', 2, 6, '78 supervisory minutes', '79', 'supervision.minutes'],
    ['23.6 working', '23.7 working', 3, 32, '23.7 working days', '23.6', 'hours.days'],
    ['4.7 working', '4.8 working', 3, 53, '4.8 working weeks', '4.7', 'hours.weeks'],
    ['3,030,000 tokens', '3,300,000 tokens', 4, 1, '3,300,000 tokens', '3,030,000', 'tokens'],
    ['98.8x', '98.9x', 6, 52, '98.9x', '98.8x', 'logged.1.factor'],
    ['840.0x', '841.0x', 6, 63, '841.0x', '840.0x', 'logged.1.supervision.factor'],
    ['4.0x:', '4.1x:', 9, 23, '4.1x', '4.0x', 'logged.5.factor'],
  ])('%s → %s gets exactly one warning, at its place', (right, wrong, line, column, phrase, nearest, name) => {
    expect(check(variant(right, wrong))).toEqual([warning(line, column, phrase, nearest, name)]);
  });

  it('counts yesterday’s figures only in a sentence that compares', () => {
    // 10.6x is 04-21's leverage, not 04-22's: stated as today's it is wrong. The sentence says "leverage",
    // so the hint is today's leverage (16.1x), not the closest task's factor (#21 at 10.7x).
    expect(check(variant('closed at 16.1x', 'closed at 10.6x'))).toEqual([warning(0, 80, '10.6x', '16.1x', 'leverage')]);
  });

  it('compares a weighted average with the day’s leverage only, though a task ran at the same figure', () => {
    // 16.4x is task #5's factor (6h in 22m), not the day's 16.1x; yesterday's 10.6x is right.
    expect(check('The 16.4x weighted average is well above yesterday’s 10.6x.\n')).toEqual([warning(0, 5, '16.4x', '16.1x', 'leverage')]);
  });

  it('makes the warnings errors with strict', () => {
    expect(check(variant('704 Claude', '705 Claude'), true)).toEqual([
      warning(1, 74, '705 Claude minutes', '704', 'ai.minutes').replace(' warning ', ' error '),
    ]);
  });
});

describe('how the blog really writes (issue 26)', () => {
  /** The check's lines for `sentence` as the whole prose of `day`, alone; the expected warning worked out in the corpus. */
  function expectation(file: string, frontMatter: string, { sentence, wrong }: CorpusSentence): string[] {
    if (!wrong) return [];
    const line = frontMatter.split('\n').length;
    const column = sentence.indexOf(wrong.phrase) + 1;
    return [
      `${file}:${line}:${column} warning claim: "${wrong.phrase}" matches no computed value; ` +
        `the nearest computed value is ${wrong.nearest} (:metric[${wrong.name}]). Fix the figure or write the reference instead`,
    ];
  }
  const checkAlone = (day: DaySource) => checkProse([day], SETTINGS).map(formatDiagnostic);

  it.each(SATURDAY_SENTENCES.map((entry) => [entry.sentence, entry] as const))('on Saturday 2026-05-02: %s', (sentence, entry) => {
    expect(checkAlone(saturday(`${sentence}\n`))).toEqual(expectation(SATURDAY_FILE, SATURDAY_FRONT_MATTER, entry));
  });

  it.each(THURSDAY_SENTENCES.map((entry) => [entry.sentence, entry] as const))('on Thursday 2026-04-23: %s', (sentence, entry) => {
    expect(checkAlone(thursday(`${sentence}\n`))).toEqual(expectation(THURSDAY_FILE, THURSDAY_FRONT_MATTER, entry));
  });
});

describe('strictClaims in site.yaml and --strict', () => {
  const wrong = variant('13.8x.', '13.9x.');
  const days = [
    { file: PREVIOUS_FILE, bytes: encode(PREVIOUS_TEXT) },
    { file: FILE, bytes: encode(FRONT_MATTER + wrong) },
  ];
  const site = (extra: string) => ({ file: 'content/site.yaml', bytes: encode(SITE_YAML + extra) });
  const severities = (result: ReturnType<typeof checkProject>) => result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}`);

  it('warns by default', () => {
    expect(severities(checkProject(site(''), days))).toEqual([`${BODY + 7}:66 warning`]);
  });

  it('makes it an error with strictClaims: true', () => {
    expect(severities(checkProject(site('strictClaims: true\n'), days))).toEqual([`${BODY + 7}:66 error`]);
  });

  it('makes it an error with the --strict option whatever the site says', () => {
    expect(severities(checkProject(site('strictClaims: false\n'), days, { strictClaims: true }))).toEqual([`${BODY + 7}:66 error`]);
  });
});

describe('numbers that are not claims', () => {
  it('leaves every number of the long analysis alone', () => {
    expect(check(ANALYSIS)).toEqual([]);
  });

  it.each([
    ['a speed-up of something else', 'The old path was 2.5x slower on cold caches.'],
    ['a bound', 'None of the tasks was under 4.1x.'],
    ['a range', 'Most tasks landed between 12.0x and 17.0x.'],
    ['an approximation', 'About 190 human hours went in.'],
    ['a subset of the tasks', 'The CLI got 4 tasks, the docs site 6 tasks.'],
    ['a subset, with a whole-day word before', 'I logged 9 tasks for the billing service.'],
    ['tokens that are not the day’s', 'The context window is 200,000 tokens.'],
    ['another week', 'Last week I averaged 12.3x.'],
    ['another weekday', 'On Friday the number was 9.4x.'],
    ['another month', 'Back in February this would have been 4.2x at best.'],
    ['another date', 'On 2026-04-16 I logged 31 tasks in total.'],
    ['another year', 'My note from 2025 holds at 1.0x or 100.0x.'],
    ['an average', 'On average a task took 27 minutes of agent time.'],
    ['a whole number of working days', 'The release is 3 working days away.'],
  ])('%s: %s', (_what, sentence) => {
    expect(check(sentence)).toEqual([]);
  });

  it.each([
    // The forms above, with the figure made a claim about this day: each is checked.
    ['The day closed at 2.5x.', '2.5x'],
    ['I logged 9 tasks.', '9 tasks'],
    ['The agent used 200,000 tokens.', '200,000 tokens'],
    ['Today I averaged 12.3x.', '12.3x'],
    ['The day came to 3.0 working days.', '3.0 working days'],
    ['The day had 27 tasks.', '27 tasks'],
    ['The editor ran at 98.9×.', '98.9×'],
  ])('but checks the claim in "%s"', (sentence, phrase) => {
    expect(check(sentence)).toEqual([expect.stringContaining(`warning claim: "${phrase}" matches no computed value`)]);
  });

  it('reads Tuesday (the previous day’s weekday) as a comparison', () => {
    // 04-21 was a Tuesday.
    expect(check('Tuesday’s 10.6x now looks modest.')).toEqual([]);
    expect(check('Tuesday’s 10.5x now looks modest.')).toEqual([warning(0, 11, '10.5x', '10.6x', 'previous.leverage')]);
  });
});

describe('sentences that name another day', () => {
  // 04-22 is a Wednesday. Of the week before it, Monday 04-20 is a draft (never published), Tuesday 04-21 is
  // the previous day, Friday 04-17 and Thursday 04-16 are published (worked out from their sample files):
  // 04-17: 31 h in 151 min → 1860 / 151 = 12.31… → 12.3x; eight tasks, factors 14.1x, 12.9x, 12.9x, 12.5x,
  //   11.6x, 11.1x, 10.0x, 10.0x; 22 supervisory minutes → 84.5x.
  // 04-16: 6.08 h in 41 min → 364.8 / 41 = 8.89… → 8.9x; six tasks, factors 10.7x, 10.0x, 9.0x, 8.2x, 7.5x, 6.6x.
  const sample = (date: string) => parsed(`content/days/${date}.md`, readFileSync(sampleFile(`content/days/${date}.md`), 'utf8'));
  const week = () => ['2026-04-16', '2026-04-17', '2026-04-20'].map(sample);
  /** The check's lines for 04-22 written as `prose`, with the week's days around it. */
  const checkWeek = (prose: string) => checkProse([...week(), previousDay(), longDay(prose)], SETTINGS).map(formatDiagnostic);
  const at = (prose: string, figure: string) => prose.indexOf(figure) + 1;
  const otherDay = (prose: string, figure: string, date: string, nearest: string, name: string) =>
    `${FILE}:${BODY}:${at(prose, figure)} warning claim: "${figure}" matches no computed value of ${date}; ` +
    `the nearest is ${nearest} (${name} of that day). Fix the figure`;
  const thisDay = (prose: string, figure: string, nearest: string, name: string) => warning(0, at(prose, figure), figure, nearest, name);

  it('has 04-20 as a draft and the other days as published, so the expectations below mean what they say', () => {
    expect(week().map((day) => [day.date, day.frontmatter.draft])).toEqual([
      ['2026-04-16', false],
      ['2026-04-17', false],
      ['2026-04-20', true],
    ]);
  });

  it.each([
    // This day's figure is checked although the sentence cites another day's.
    ['Leverage came in at 16.0x, well above Monday’s 12.0x.', '16.0x', '16.1x', 'leverage'],
    ['Today’s leverage of 16.0x beat last week’s 12.3x.', '16.0x', '16.1x', 'leverage'],
    ['This day’s 705 Claude minutes were far more than Friday’s.', '705 Claude minutes', '704', 'ai.minutes'],
    ['On average a task took 27 minutes of agent time, while the weighted average came to 16.0x.', '16.0x', '16.1x', 'leverage'],
    ['Last week I averaged 12.3x; today the weighted average came in at 16.0x instead.', '16.0x', '16.1x', 'leverage'],
    ['Friday closed at 12.3x and today at 16.0x.', '16.0x', '16.1x', 'leverage'],
  ])('checks this day’s figure in "%s"', (prose, figure, nearest, name) => {
    expect(checkWeek(prose)).toEqual([thisDay(prose, figure, nearest, name)]);
  });

  it.each([
    // Another published day's figure is checked against that day.
    ['Leverage came in at 16.1x, well above Friday’s 12.0x.', '12.0x', '2026-04-17', '12.3x', 'leverage'],
    ['On Friday the number was 9.4x.', '9.4x', '2026-04-17', '10.0x', 'logged.5.factor'],
    ['Leverage came in at 16.1x, up from 12.0x on Friday.', '12.0x', '2026-04-17', '12.3x', 'leverage'],
    // The sentence names leverage: the hint is that day's leverage (8.9x), not the closer 10.0x of its task 2.
    ['On Thursday, leverage came in at 9.9x.', '9.9x', '2026-04-16', '8.9x', 'leverage'],
    ['On 2026-04-16 I logged 31 tasks in total.', '31 tasks', '2026-04-16', '6', 'tasks'],
    ['Friday closed at 12.4x and today at 16.1x.', '12.4x', '2026-04-17', '12.3x', 'leverage'],
  ])('checks the other day’s figure in "%s" against that day', (prose, figure, date, nearest, name) => {
    expect(checkWeek(prose)).toEqual([otherDay(prose, figure, date, nearest, name)]);
  });

  it('checks a figure of the previous day named by its weekday against it, in a sentence that also names another day', () => {
    const prose = 'Tuesday’s 10.5x and Friday’s 12.3x both trail today’s 16.1x.';
    expect(checkWeek(prose)).toEqual([thisDay(prose, '10.5x', '10.6x', 'previous.leverage')]);
  });

  it.each([
    'Leverage came in at 16.1x, well above Monday’s 12.0x.', // Monday 04-20 is a draft: its figures are left alone
    'On Monday, leverage came in at 12.0x.',
    'Leverage came in at 16.1x, well above Friday’s 12.3x, and Thursday’s 8.9x.',
    'On Friday the lesson editor ran at 12.9x, and on Thursday the syllabus change at 10.7x.',
    'Today’s 16.1x is the best since 2026-04-10, when the day closed at 30.0x.', // 04-10 was never published
    'Last week leverage was 12.3x.',
    'In February leverage came in at 4.2x.',
    'Unlike on Monday, leverage came in at 3.0x.', // another day before a figure with no owner of its own: left alone
    'Yesterday’s 10.6x and Friday’s 12.3x both trail the 16.1x of today.',
    'Friday closed at 12.3x and today at 16.1x.',
    'From Thursday to Friday I logged 14 tasks in total.', // two days: nobody's figure
    'Since Friday I have logged 40 tasks.',
    'On Friday, three tasks tied at 10.0x, and on April 16 the day closed at 8.9x.',
    'On Friday I spent 22 supervisory minutes on review.',
  ])('raises nothing in "%s"', (prose) => {
    expect(checkWeek(prose)).toEqual([]);
  });

  it('lets --fix turn this day’s figure into its reference and leave the other day’s as typed', () => {
    const prose = 'Leverage came in at 16.1x, well above Friday’s 12.3x.\n';
    const day = inContext([...week(), previousDay(), longDay(prose)]).at(-1);
    if (!day) throw new Error('no day');
    expect(fixDayProse(FRONT_MATTER + prose, day, SETTINGS)).toMatchObject({
      changes: [{ line: BODY, before: prose.trimEnd(), after: 'Leverage came in at :metric[leverage], well above Friday’s 12.3x.' }],
      leftAlone: [],
    });
  });

  it('finds in the paragraph and the long analysis only the two figures their days contradict', () => {
    // The analysis was written before those days were published: Friday 04-17 closed at 12.3x (nearest to
    // 9.4x: task 7's 10.0x), and 04-16 had 6 tasks, not 31.
    const prose = `${RIGHT}\n${ANALYSIS}`;
    const lines = prose.split('\n');
    const place = (figure: string) => {
      const line = lines.findIndex((text) => text.includes(figure));
      return `${FILE}:${BODY + line}:${(lines[line] ?? '').indexOf(figure) + 1}`;
    };
    expect(checkWeek(prose)).toEqual([
      `${place('9.4x')} warning claim: "9.4x" matches no computed value of 2026-04-17; the nearest is 10.0x (logged.5.factor of that day). Fix the figure`,
      `${place('31 tasks')} warning claim: "31 tasks" matches no computed value of 2026-04-16; the nearest is 6 (tasks of that day). Fix the figure`,
    ]);
  });
});

describe('code, HTML and struck-out text', () => {
  const wrongFigures = 'Twenty-five tasks. 188.1 human-equivalent hours in 705 Claude minutes at 16.0x.';

  it('has four wrong figures when written as prose', () => {
    expect(check(wrongFigures)).toHaveLength(4);
  });

  it('ignores them in inline code, fenced and indented code, raw HTML and strikethrough', () => {
    const prose = [
      'The line I pasted into the ticket was `Twenty-five tasks at 16.0x`, which was wrong.',
      '',
      '```text',
      wrongFigures,
      '```',
      '',
      '~~~',
      wrongFigures,
      '~~~',
      '',
      `    ${wrongFigures}`,
      '',
      `<p>${wrongFigures}</p>`,
      '',
      'It was <abbr title="16.0x">high</abbr> in the draft and ~~16.0x~~ before I corrected it to 16.1x.',
      '',
    ].join('\n');
    expect(check(prose)).toEqual([]);
  });
});

describe('addresses and raw HTML', () => {
  it('are not prose: a wrong figure in a URL, an e-mail address or between raw HTML tags is no claim', () => {
    const prose = [
      'See <https://example.com/16.0x>, https://example.com/q?f=16.0x, www.example.com/16.0x,',
      '16.0x@example.com, <span>16.0x</span> and <b>at <i>16.0x</i></b>; the day closed at 16.0x.',
      '',
    ].join('\n');
    expect(check(prose)).toEqual([warning(1, 85, '16.0x', '16.1x', 'leverage')]);
  });
});

describe('positions in Markdown that the parser rewrites', () => {
  // Each line holds one wrong figure; columns count the characters as typed.
  const prose = `Costs &amp; leverage \\*first\\*: the day closed at 16.0x.

- The editor rebuild ran
  at 98.9x on its own.

> From my notes at six: the day
> closed at 16.7x leverage.

1. Proration
   came in at 19.5x.

Leverage, final:${'  '}
16.3x. With a backslash break\\
16.8x.

| Task | Factor |
| ---- | -----: |
| navigation fix | 13.9x |
`;

  it('reports each at the line and column where it is typed', () => {
    expect(check(prose)).toEqual([
      warning(0, 51, '16.0x', '16.1x', 'leverage'), // after a character reference and two escapes
      warning(3, 6, '98.9x', '98.8x', 'logged.1.factor'), // list item continuation, indented 2
      warning(6, 13, '16.7x', '16.1x', 'leverage'), // quote continuation after "> " (named: leverage)
      warning(9, 15, '19.5x', '19.4x', 'logged.14.factor'), // ordered list continuation, indented 3
      warning(12, 1, '16.3x', '16.4x', 'logged.4.factor'), // after a hard break (two spaces)
      warning(13, 1, '16.8x', '16.6x', 'logged.7.factor'), // after a hard break (backslash)
      warning(17, 20, '13.9x', '13.8x', 'logged.2.factor'), // table cell
    ]);
  });

  it('counts a YAML block’s indentation in the column', () => {
    // One task, 2h in 10m → 12.0x. The intro block is indented two spaces.
    const yaml =
      'date: 2026-04-23\ntasks:\n  - title: A\n    human: 2h\n    ai: 10m\n    supervision: 1m\n' +
      'intro: |\n  The day ran at 12.1x.\n  Then :metric[levrage].\n';
    const day = parsed('content/days/2026-04-23.yaml', yaml);
    expect(checkProse([day], SETTINGS).map(formatDiagnostic)).toEqual([
      'content/days/2026-04-23.yaml:8:18 warning claim: "12.1x" matches no computed value; the nearest computed value is 12.0x (:metric[leverage]). Fix the figure or write the reference instead',
      'content/days/2026-04-23.yaml:9:8 error :metric[levrage]: "levrage" is not a metric name; did you mean :metric[leverage]?',
    ]);
  });
});

describe('--fix', () => {
  const entry = () => {
    const [, day] = inContext([previousDay(), longDay(RIGHT)]);
    if (!day) throw new Error('no day');
    return day;
  };
  const line = (n: number) => BODY + n;

  it('turns each exact claim into its reference and leaves the ambiguous 15.0x and the rounded 189.1 alone', () => {
    const fix = fixDayProse(FRONT_MATTER + RIGHT, entry(), SETTINGS);
    expect(fix.changes).toEqual([
      {
        line: line(0),
        before: 'Twenty-six tasks. I had cleared the calendar, and it showed: the day closed at 16.1x leverage',
        after: ':metric[tasks.words] tasks. I had cleared the calendar, and it showed: the day closed at :metric[leverage] leverage',
      },
      {
        line: line(1),
        before: 'and 143.6x supervisory leverage, 189.1 human-equivalent hours of work in 704 Claude minutes,',
        // 189.1 is right at one decimal, but :metric[hours] shows the exact 189.08: the figure stays.
        after:
          'and :metric[supervision.leverage] supervisory leverage, 189.1 human-equivalent hours of work in :metric[ai.minutes] Claude minutes,',
      },
      {
        line: line(2),
        before: 'with 79 supervisory minutes of my own. That is up from 10.6x yesterday, when I logged 5 tasks.',
        after:
          'with :metric[supervision.minutes] supervisory minutes of my own. That is up from :metric[previous.leverage] yesterday, when I logged :metric[previous.tasks] tasks.',
      },
      {
        line: line(3),
        before: 'In the units the table prints, 23.6 working days or 4.7 working weeks; the agent used',
        after: 'In the units the table prints, :metric[hours.days] working days or :metric[hours.weeks] working weeks; the agent used',
      },
      { line: line(4), before: '3,030,000 tokens.', after: ':metric[tokens] tokens.' },
      {
        line: line(6),
        before: 'The lesson editor rebuild was the outlier again at 98.8x, and 840.0x against my two minutes',
        after:
          'The lesson editor rebuild was the outlier again at :metric[logged.1.factor], and :metric[logged.1.supervision.factor] against my two minutes',
      },
      {
        line: line(7),
        before: 'of review. The navigation fix, the one with the slug, came in at 13.8x. The deployk status',
        after: 'of review. The navigation fix, the one with the slug, came in at :metric[logged.2.factor]. The deployk status',
      },
      {
        line: line(9),
        before: 'typo was the floor at 4.0x: the agent spent its 5 minutes looking for a spell-checker config.',
        after: 'typo was the floor at :metric[logged.5.factor]: the agent spent its 5 minutes looking for a spell-checker config.',
      },
    ]);
    expect(fix.leftAlone).toEqual([
      { line: line(1), phrase: '189.1 human-equivalent hours', reason: 'precision', name: 'hours', rendered: '189.08' },
      { line: line(8), phrase: '15.0x', reason: 'ambiguous', names: ['logged.11.factor', 'logged.16.factor', 'logged.24.factor'] },
    ]);
  });

  it('leaves a fixed day with nothing to warn about (the 189.1 and the 15.0x are right, just not fixable)', () => {
    const fix = fixDayProse(FRONT_MATTER + RIGHT, entry(), SETTINGS);
    const fixedDay = parsed(FILE, fix.text);
    expect(checkProse([previousDay(), fixedDay], SETTINGS)).toEqual([]);
    // And nothing is left to fix but the rounded and the ambiguous figure.
    const [, again] = inContext([previousDay(), fixedDay]);
    if (!again) throw new Error('no day');
    expect(fixDayProse(fix.text, again, SETTINGS)).toMatchObject({
      changes: [],
      leftAlone: [{ phrase: '189.1 human-equivalent hours' }, { phrase: '15.0x' }],
    });
  });

  it('leaves task-level times alone: their references print a unit the sentence spells out', () => {
    const prose = 'The proration alone took 62 Claude minutes against an estimate of 20 human-equivalent hours.\n';
    const [, day] = inContext([previousDay(), longDay(prose)]);
    if (!day) throw new Error('no day');
    expect(fixDayProse(FRONT_MATTER + prose, day, SETTINGS)).toEqual({
      text: FRONT_MATTER + prose,
      changes: [],
      leftAlone: [
        { line: line(0), phrase: '62 Claude minutes', reason: 'unit', name: 'logged.14.ai', rendered: '62m' },
        { line: line(0), phrase: '20 human-equivalent hours', reason: 'unit', name: 'logged.14.human', rendered: '20h' },
      ],
    });
  });

  it('leaves a figure right at another precision than its reference’s alone, so the page does not change', () => {
    // Saturday 2026-05-02: 5.75 human hours are 5.8 at one decimal, shown 5.75; 345 / 21 = 16.43 is 16 as a whole number, shown 16.4x.
    const prose = 'That is 5.8 human hours of work, and 16x leverage.\n';
    const [day] = inContext([saturday(prose)]);
    if (!day) throw new Error('no day');
    const line = SATURDAY_FRONT_MATTER.split('\n').length;
    expect(fixDayProse(SATURDAY_FRONT_MATTER + prose, day, SETTINGS)).toEqual({
      text: SATURDAY_FRONT_MATTER + prose,
      changes: [],
      leftAlone: [
        { line, phrase: '5.8 human hours', reason: 'precision', name: 'hours', rendered: '5.75' },
        { line, phrase: '16x', reason: 'precision', name: 'leverage', rendered: '16.4x' },
      ],
    });
  });

  it('fixes a factor typed with the multiplication sign (the reference prints x, as the tables do)', () => {
    const prose = 'The day closed at 16.1×.\n';
    const [, day] = inContext([previousDay(), longDay(prose)]);
    if (!day) throw new Error('no day');
    expect(fixDayProse(FRONT_MATTER + prose, day, SETTINGS).changes).toEqual([
      { line: line(0), before: 'The day closed at 16.1×.', after: 'The day closed at :metric[leverage].' },
    ]);
  });

  it('touches only figures in text: never link targets, autolinks, bare URLs, e-mail addresses, code or raw HTML', () => {
    const prose = [
      'The day closed at 16.1x; see <https://example.com/16.1x> and https://example.com/q?f=16.1x,',
      'www.example.com/16.1x, <span>16.1x</span>, <b>at <i>16.1x</i></b>, 16.1x@example.com, <mailto:16.1x@example.com>,',
      '[the chart](https://example.com/chart?at=16.1x "16.1x"), ![16.1x](https://example.com/16.1x.png) and `16.1x`.',
      '<!-- 16.1x -->',
      '',
    ].join('\n');
    const [, day] = inContext([previousDay(), longDay(prose)]);
    if (!day) throw new Error('no day');
    const fix = fixDayProse(FRONT_MATTER + prose, day, SETTINGS);
    expect(fix.changes).toEqual([
      {
        line: line(0),
        before: 'The day closed at 16.1x; see <https://example.com/16.1x> and https://example.com/q?f=16.1x,',
        after: 'The day closed at :metric[leverage]; see <https://example.com/16.1x> and https://example.com/q?f=16.1x,',
      },
    ]);
    expect(fix.leftAlone).toEqual([]);
  });

  it('fixes claims on a list item’s continuation line, where it is typed', () => {
    const prose = '- The day closed\n  at 16.1x.\n';
    const [, day] = inContext([previousDay(), longDay(prose)]);
    if (!day) throw new Error('no day');
    expect(fixDayProse(FRONT_MATTER + prose, day, SETTINGS).changes).toEqual([
      { line: line(1), before: '  at 16.1x.', after: '  at :metric[leverage].' },
    ]);
  });
});

describe('--fix on files: the diff, and writing it', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  function project(dayText: string): { root: string; path: string } {
    const root = mkdtempSync(join(tmpdir(), 'fulcrum-fix-'));
    roots.push(root);
    mkdirSync(join(root, 'content/days'), { recursive: true });
    writeFileSync(join(root, PREVIOUS_FILE), PREVIOUS_TEXT);
    writeFileSync(join(root, FILE), dayText);
    return { root, path: join(root, FILE) };
  }

  const prose = 'Twenty-six tasks. The day closed at 16.1x; three tasks tied at 15.0x.\n';
  const read = (root: string) => {
    const { days } = checkDayFiles([
      { file: PREVIOUS_FILE, bytes: readFileSync(join(root, PREVIOUS_FILE)) },
      { file: FILE, bytes: readFileSync(join(root, FILE)) },
    ]);
    const { site } = parseSiteFile('content/site.yaml', encode(SITE_YAML));
    if (!site) throw new Error('no site');
    return { days, site };
  };
  const plan = (root: string) => {
    const { days, site } = read(root);
    return planFixes(root, days, site, ALL_DAYS);
  };
  const fixedProse = ':metric[tasks.words] tasks. The day closed at :metric[leverage]; three tasks tied at 15.0x.\n';
  /** runFix as at a terminal, answering `answer` when asked; what it printed and whether it asked. */
  async function answering(root: string, answer: boolean) {
    const printed: string[] = [];
    let asked = false;
    const { days, site } = read(root);
    const io = { out: (text: string) => printed.push(text), err: (text: string) => printed.push(text) };
    await runFix(
      root,
      days,
      site,
      io,
      async () => {
        asked = true;
        return answer;
      },
      ALL_DAYS,
    );
    return { printed, asked };
  }

  it('shows a unified-style diff and the figure it left alone', () => {
    const { root } = project(FRONT_MATTER + prose);
    expect(describePlans(plan(root))).toBe(
      [
        `--- ${FILE}`,
        `+++ ${FILE}`,
        `@@ line ${BODY} @@`,
        '-Twenty-six tasks. The day closed at 16.1x; three tasks tied at 15.0x.',
        '+:metric[tasks.words] tasks. The day closed at :metric[leverage]; three tasks tied at 15.0x.',
        `${FILE}:${BODY} left as is: "15.0x" matches logged.11.factor, logged.16.factor, logged.24.factor; write the reference you mean`,
      ].join('\n'),
    );
  });

  it('says why it left a figure right at another precision alone', () => {
    const leftAlone = [{ line: 18, phrase: '5.75 human hours', reason: 'precision', name: 'hours', rendered: '5.8' }] as const;
    expect(describePlans([{ file: SATURDAY_FILE, read: '', fix: { text: '', changes: [], leftAlone: [...leftAlone] } }])).toBe(
      `${SATURDAY_FILE}:18 left as is: "5.75 human hours" is right, but :metric[hours] shows 5.8; keep the figure, or write the reference if that reads as well`,
    );
  });

  it('asks before writing, and writes nothing when the answer is no', async () => {
    const { root, path } = project(FRONT_MATTER + prose);
    const { printed, asked } = await answering(root, false);
    expect(asked).toBe(true);
    expect(printed.at(-1)).toBe('--fix: nothing written.');
    expect(readFileSync(path, 'utf8')).toBe(FRONT_MATTER + prose);
  });

  it('writes the references when the answer is yes', async () => {
    const { root, path } = project(FRONT_MATTER + prose);
    const { printed } = await answering(root, true);
    expect(printed.at(-1)).toBe('--fix: wrote references into 1 file.');
    expect(readFileSync(path, 'utf8')).toBe(FRONT_MATTER + fixedProse);
  });

  it('writes nothing to a file saved again while it waited for the answer, says so and fails', async () => {
    const { root, path } = project(FRONT_MATTER + prose);
    const edited = `${FRONT_MATTER + prose}A sentence saved while --fix waited.\n`;
    const printed: string[] = [];
    const { days, site } = read(root);
    const io = { out: (text: string) => printed.push(text), err: (text: string) => printed.push(text) };
    const written = await runFix(
      root,
      days,
      site,
      io,
      async () => {
        writeFileSync(path, edited);
        return true;
      },
      ALL_DAYS,
    );
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(written).toBe(false);
    expect(printed.slice(-2)).toEqual([
      `--fix: ${FILE} changed after it was read, so nothing was written to it; run npm run check -- --fix again`,
      '--fix: nothing written.',
    ]);
  });

  it('writes nothing back for a file removed while it waited (no error thrown), says so and fails', async () => {
    const { root, path } = project(FRONT_MATTER + prose);
    const printed: string[] = [];
    const { days, site } = read(root);
    const io = { out: (text: string) => printed.push(text), err: (text: string) => printed.push(text) };
    const written = await runFix(
      root,
      days,
      site,
      io,
      async () => {
        rmSync(path);
        return true;
      },
      ALL_DAYS,
    );
    expect(existsSync(path)).toBe(false);
    expect(written).toBe(false);
    expect(printed.slice(-2)).toEqual([
      `--fix: ${FILE} changed after it was read, so nothing was written to it; run npm run check -- --fix again`,
      '--fix: nothing written.',
    ]);
  });

  it('leaves no temporary file beside the day file it wrote', () => {
    const { root } = project(FRONT_MATTER + prose);
    applyPlans(root, plan(root));
    expect(readdirSync(join(root, 'content/days')).sort()).toEqual([basename(PREVIOUS_FILE), basename(FILE)].sort());
  });

  it('does not ask when there is nothing it can change', async () => {
    const { root } = project(FRONT_MATTER + fixedProse);
    const { printed, asked } = await answering(root, true);
    expect(asked).toBe(false);
    expect(printed).toEqual([
      `${FILE}:${BODY} left as is: "15.0x" matches logged.11.factor, logged.16.factor, logged.24.factor; write the reference you mean`,
    ]);
  });

  it('keeps a byte-order mark and CRLF line endings when it writes', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const { root, path } = project(`\uFEFF${crlf(FRONT_MATTER + prose)}`);
    expect(applyPlans(root, plan(root))).toEqual({ written: 1, changed: [] });
    expect(readFileSync(path, 'utf8')).toBe(`\uFEFF${crlf(FRONT_MATTER + fixedProse)}`);
  });

  it('writes LF files back with LF and no byte-order mark', () => {
    const { root, path } = project(FRONT_MATTER + prose);
    applyPlans(root, plan(root));
    const written = readFileSync(path, 'utf8');
    expect(written.startsWith('---\n')).toBe(true);
    expect(written).not.toContain('\r');
    expect(written.endsWith(fixedProse)).toBe(true);
  });
});

describe('--fix changes only the days it is given', () => {
  // Thursday 2026-04-23 closes at 16.1x, Saturday 2026-05-02 at 16.4x (see the corpus): one fixable figure each.
  const THURSDAY_TEXT = `${THURSDAY_FRONT_MATTER}The day closed at 16.1x.\n`;
  const SATURDAY_TEXT = `${SATURDAY_FRONT_MATTER}The day closed at 16.4x.\n`;
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  function site(): string {
    const root = mkdtempSync(join(tmpdir(), 'fulcrum-fix-scope-'));
    roots.push(root);
    mkdirSync(join(root, 'content/days'), { recursive: true });
    writeFileSync(join(root, 'content/site.yaml'), SITE_YAML);
    writeFileSync(join(root, THURSDAY_FILE), THURSDAY_TEXT);
    writeFileSync(join(root, SATURDAY_FILE), SATURDAY_TEXT);
    return root;
  }
  const git = (root: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      stdio: 'ignore',
    });

  async function run(root: string, ...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const status = await runCheck(args, root, { out: (text) => out.push(text), err: (text) => err.push(text) });
    return { status, out, err };
  }
  const text = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
  const fixedSaturday = `${SATURDAY_FRONT_MATTER}The day closed at :metric[leverage].\n`;
  const fixedThursday = `${THURSDAY_FRONT_MATTER}The day closed at :metric[leverage].\n`;

  it('writes only the file it was given, naming it before it writes', async () => {
    const root = site();
    const { status, out } = await run(root, '--fix', '--yes', SATURDAY_FILE);
    expect(status).toBe(0);
    expect(text(root, SATURDAY_FILE)).toBe(fixedSaturday);
    expect(text(root, THURSDAY_FILE)).toBe(THURSDAY_TEXT);
    expect(out.slice(-2)).toEqual([`--fix: would write 1 file: ${SATURDAY_FILE}`, '--fix: wrote references into 1 file.']);
  });

  it('writes every day with --all, naming each file first', async () => {
    const root = site();
    const { status, out } = await run(root, '--fix', '--yes', '--all');
    expect(status).toBe(0);
    expect(text(root, SATURDAY_FILE)).toBe(fixedSaturday);
    expect(text(root, THURSDAY_FILE)).toBe(fixedThursday);
    expect(out.slice(-2)).toEqual([
      `--fix: would write 2 files: ${THURSDAY_FILE}, ${SATURDAY_FILE}`,
      '--fix: wrote references into 2 files.',
    ]);
  });

  it('writes only the days changed since the last commit when given no file, and says which it left out', async () => {
    const root = site();
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'two days');
    writeFileSync(join(root, SATURDAY_FILE), `${SATURDAY_TEXT}Three tasks.\n`);
    const { status, out } = await run(root, '--fix', '--yes');
    expect(status).toBe(0);
    expect(text(root, SATURDAY_FILE)).toBe(`${fixedSaturday}:metric[tasks.words] tasks.\n`);
    expect(text(root, THURSDAY_FILE)).toBe(THURSDAY_TEXT);
    expect(out).toContain(
      '--fix: looked only at the 1 day changed since the last commit, not at the 1 other day; ' +
        'name the day files to fix (npm run check -- --fix content/days/2026-04-22.md) or add --all for every day',
    );
    expect(out.at(-1)).toBe('--fix: wrote references into 1 file.');
  });

  it('says so when no day changed since the last commit, and writes nothing', async () => {
    const root = site();
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'two days');
    const { status, out } = await run(root, '--fix', '--yes');
    expect(status).toBe(0);
    expect(out.slice(1)).toEqual([
      '--fix: no day changed since the last commit; name the day files to fix (npm run check -- --fix content/days/2026-04-22.md) or add --all for every day',
    ]);
    expect(text(root, SATURDAY_FILE)).toBe(SATURDAY_TEXT);
    expect(text(root, THURSDAY_FILE)).toBe(THURSDAY_TEXT);
  });

  it('counts a day not yet committed as changed', async () => {
    const root = site();
    git(root, 'init', '-q');
    git(root, 'add', THURSDAY_FILE, 'content/site.yaml');
    git(root, 'commit', '-qm', 'one day');
    await run(root, '--fix', '--yes');
    expect(text(root, SATURDAY_FILE)).toBe(fixedSaturday);
    expect(text(root, THURSDAY_FILE)).toBe(THURSDAY_TEXT);
  });

  it('writes nothing when given no file where git cannot tell what changed, and says what to do', async () => {
    const root = site();
    const { status, err } = await run(root, '--fix', '--yes');
    expect(status).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^--fix: git cannot tell which days changed \(.+\); name the day files to fix \(npm run check -- --fix content\/days\/2026-04-22\.md\) or add --all for every day$/,
    );
    expect(text(root, SATURDAY_FILE)).toBe(SATURDAY_TEXT);
    expect(text(root, THURSDAY_FILE)).toBe(THURSDAY_TEXT);
  });

  it('refuses a file that is not one of the site’s days, writing nothing', async () => {
    const root = site();
    const { status, err } = await run(root, '--fix', '--yes', 'content/days/2026-05-03.md', SATURDAY_FILE);
    expect(status).toBe(1);
    expect(err).toEqual([`--fix: content/days/2026-05-03.md is not a day file of this site; give files in ${join(root, 'content/days')}`]);
    expect(text(root, SATURDAY_FILE)).toBe(SATURDAY_TEXT);
  });

  it('takes day files and --all only with --fix, and not both', async () => {
    const root = site();
    const usage = 'usage: npm run check [-- --json] [--strict] [--fix [--yes] [--all | <day file>...]]';
    expect(await run(root, SATURDAY_FILE)).toMatchObject({ status: 2, err: [`unexpected ${SATURDAY_FILE}; ${usage}`] });
    expect(await run(root, '--all')).toMatchObject({ status: 2, err: [`--all goes with --fix; ${usage}`] });
    expect(await run(root, '--fix', '--all', SATURDAY_FILE)).toMatchObject({ status: 2, err: [`--all or day files, not both; ${usage}`] });
  });
});

/**
 * A day may log no supervision: none of its tasks has `supervision`. Its
 * supervisory figures then read "not logged" wherever they show (as a day's
 * tokens do when absent), totals across days count only the days that
 * logged it and say how many did not, and a day whose tasks disagree is a
 * check error naming the task. Expected values are worked out by hand
 * (1 h = 360000 cs, 1 min = 6000 cs).
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compareDays } from '../../src/lib/metrics/compare.ts';
import { dayMetrics, dayTotals, rankTasks, type DayTotals } from '../../src/lib/metrics/day-metrics.ts';
import { groupByTag } from '../../src/lib/metrics/tag-groups.ts';
import type { TaskTimes } from '../../src/lib/metrics/task.ts';
import { sumTotals } from '../../src/lib/metrics/group-totals.ts';
import { aggregateRows } from '../../src/lib/post/aggregate-rows.ts';
import { dayComparison } from '../../src/lib/post/day-comparison.ts';
import { taskLog } from '../../src/lib/post/task-log.ts';
import { totalsCells, totalsSentence } from '../../src/lib/post/totals-row.ts';
import { computedValues } from '../../src/lib/prose/computed.ts';
import { resolveReference, type ReferenceContext } from '../../src/lib/prose/references.ts';
import type { LoggedTask } from '../../src/lib/published/context.ts';
import { dayRecord, tasksCsv, type ExportDay, type ExportTask } from '../../src/lib/published/open-data.ts';
import { summaryTemplate } from '../../src/lib/published/summary.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { DEFAULT_SUMMARY_TEMPLATE } from '../../src/lib/schema/summary-template.ts';
import { rowTexts, tableByClass } from '../support/html.ts';

const H = 360_000;
const M = 6_000;

function logged(title: string, times: TaskTimes): LoggedTask {
  const titleNodes: ElementContent[] = [{ type: 'text', value: title }];
  return { title, titleNodes, tags: [], ...times };
}

/** A day that logs no supervision: 2h in 10m, 30m in 5m. 150 min / 15 min = 10.0x; 120 / 10 = 12.0x; 30 / 5 = 6.0x. */
const UNSUPERVISED = [
  logged('Export invoices as JSON', { human: 2 * H, ai: 10 * M }),
  logged('Fix the footer date', { human: 30 * M, ai: 5 * M }),
];
/** A day that does: 3h in 20m with 4m of supervision. 180 / 20 = 9.0x; 180 / 4 = 45.0x. */
const SUPERVISED = [logged('Move the cron jobs to the queue', { human: 3 * H, ai: 20 * M, supervision: 4 * M })];
/** A day that logs 0m of supervision: 3h in 20m. 9.0x, and no supervisory factor (—). */
const ZERO = [logged('Rename the settings page', { human: 3 * H, ai: 20 * M, supervision: 0 })];

const unsupervised = dayTotals(UNSUPERVISED, null);
const supervised = dayTotals(SUPERVISED, null);
const zero = dayTotals(ZERO, null);

describe('the metrics of a day without supervision', () => {
  it('has no supervision total, no supervisory leverage, and counts as one day without supervision', () => {
    expect(unsupervised).toEqual({
      tasks: 2,
      human: 900_000, // 2.5 h
      ai: 90_000, // 15 min
      supervision: null,
      supervisedHuman: 0,
      unsupervisedDays: 1,
      tokens: null,
      leverage: 100, // 150 / 15 = 10.0x
      supervisionLeverage: null,
    });
    // A day that logs supervision counts no day without it, even at 0m.
    expect(zero).toMatchObject({ supervision: 0, supervisedHuman: 3 * H, unsupervisedDays: 0, supervisionLeverage: null });
  });

  it('ranks its tasks by factor, with no supervisory factor', () => {
    expect(rankTasks(UNSUPERVISED).map(({ rank, factor, supervisionFactor }) => [rank, factor, supervisionFactor])).toEqual([
      [1, 120, null],
      [2, 60, null],
    ]);
  });
});

describe('totals across days', () => {
  it('add supervision over the days that logged it, and count the days that did not', () => {
    // 5.5 h = 330 min in 35 min: 9.42… → 9.4x. Supervision: 4 min, over the 3 h of the day that logged it: 45.0x.
    expect(sumTotals([unsupervised, supervised])).toEqual({
      tasks: 3,
      human: 1_980_000,
      ai: 210_000,
      supervision: 24_000,
      supervisedHuman: 1_080_000,
      unsupervisedDays: 1,
      tokens: null,
      leverage: 94,
      supervisionLeverage: 450,
    });
  });

  it('have no supervision when no day logged it', () => {
    expect(sumTotals([unsupervised, unsupervised])).toMatchObject({
      supervision: null,
      supervisedHuman: 0,
      unsupervisedDays: 2,
      supervisionLeverage: null,
    });
  });

  it('count each day without supervision once under a tag, however many of its tasks carry the tag', () => {
    const day = (date: string) => ({ date });
    const items = [
      { ...UNSUPERVISED[0]!, tags: ['billing'], day: day('2026-04-20') },
      { ...UNSUPERVISED[1]!, tags: ['billing'], day: day('2026-04-20') },
      { ...SUPERVISED[0]!, tags: ['billing'], day: day('2026-04-21') },
    ];
    const [billing] = groupByTag(items);
    // As the two days above: 330 min in 35 min = 9.4x; 180 / 4 = 45.0x over the day that logged supervision.
    expect(billing?.totals).toEqual({
      tasks: 3,
      human: 1_980_000,
      ai: 210_000,
      supervision: 24_000,
      supervisedHuman: 1_080_000,
      unsupervisedDays: 1,
      tokens: null,
      leverage: 94,
      supervisionLeverage: 450,
    });
  });
});

describe('what the post shows', () => {
  it('says "not logged" in the Task Log’s supervision columns', () => {
    const table = tableByClass(toHtml(taskLog(dayMetrics(UNSUPERVISED, null).ranked, 'Claude', 'April 25, 2026')), 'task-log');
    expect(rowTexts(table)).toEqual([
      ['1', 'Export invoices as JSON', '2h', '10m', 'not logged', '12.0x', 'not logged'],
      ['2', 'Fix the footer date', '0.5h', '5m', 'not logged', '6.0x', 'not logged'],
    ]);
  });

  it('says "not logged" in the Aggregate Statistics, and keeps — for a day of 0m', () => {
    expect(aggregateRows(unsupervised, 'Claude')).toEqual([
      ['Total tasks', '2'],
      ['Total human-equivalent hours', '2.5'],
      ['Total Claude minutes', '15'],
      ['Total supervisory minutes', 'not logged'],
      ['Total tokens', '—'],
      ['Weighted average leverage factor', '10.0x'],
      ['Weighted average supervisory leverage factor', 'not logged'],
    ]);
    expect(aggregateRows(zero, 'Claude').slice(3)).toEqual([
      ['Total supervisory minutes', '0'],
      ['Total tokens', '—'],
      ['Weighted average leverage factor', '9.0x'],
      ['Weighted average supervisory leverage factor', '—'],
    ]);
  });

  it('says, in a row of totals across days, how many days did not log supervision', () => {
    const cells = (totals: DayTotals) => totalsCells(totals, 'Claude').map((cell) => toHtml(cell).replace(/<[^>]+>/g, ''));
    expect(cells(sumTotals([unsupervised, supervised]))).toEqual([
      '3',
      '5.5',
      '35',
      '4 (1 day not logged)',
      '9.4x',
      '45.0x (1 day not logged)',
    ]);
    expect(cells(sumTotals([unsupervised, unsupervised]))).toEqual(['4', '5.0', '30', 'not logged', '10.0x', 'not logged']);
    expect(cells(unsupervised)).toEqual(['2', '2.5', '15', 'not logged', '10.0x', 'not logged']);
    // A sentence of totals names no supervision: it reads the same.
    expect(totalsSentence(sumTotals([unsupervised, supervised]), 'Claude')).toBe(
      '3 tasks, 5.5 human-equivalent hours in 35 Claude minutes: weighted leverage 9.4x',
    );
  });

  it('compares the supervisory leverage only when both days logged supervision, and says why not', () => {
    const row = (current: DayTotals, previous: DayTotals) => {
      const html = toHtml(
        dayComparison({
          comparison: compareDays(current, previous),
          date: '2026-04-25',
          previous: { date: '2026-04-24' },
          previousHref: '/2026/04/24/',
          language: 'en',
          aiName: 'Claude',
        }),
      );
      return rowTexts(tableByClass(html, 'comparison'))[1];
    };
    expect(row(unsupervised, supervised)).toEqual(['Supervisory leverage', 'not logged', '45.0x', 'supervision not logged on this day']);
    expect(row(supervised, unsupervised)).toEqual([
      'Supervisory leverage',
      '45.0x',
      'not logged',
      'supervision not logged on the previous day',
    ]);
    expect(row(unsupervised, unsupervised)).toEqual([
      'Supervisory leverage',
      'not logged',
      'not logged',
      'supervision not logged on either day',
    ]);
    expect(row(zero, unsupervised)).toEqual([
      'Supervisory leverage',
      '—',
      'not logged',
      'no supervision time on this day; supervision not logged on the previous day',
    ]);
    expect(row(zero, supervised)).toEqual(['Supervisory leverage', '—', '45.0x', 'no supervision time on this day']);
  });
});

describe('metric references and the claims check', () => {
  const context: ReferenceContext = {
    date: '2026-04-25',
    language: 'en',
    aiName: 'Claude',
    metrics: dayMetrics(UNSUPERVISED, null),
    previous: { date: '2026-04-24', totals: unsupervised },
  };
  const value = (name: string) => resolveReference(name, context);

  it.each([
    ['supervision.minutes', 'not logged'],
    ['supervision.leverage', 'not logged'],
    ['task.1.supervision', 'not logged'],
    ['task.1.supervision.factor', 'not logged'],
    ['logged.2.supervision', 'not logged'],
    ['previous.supervision.minutes', 'not logged'],
    ['previous.supervision.leverage', 'not logged'],
    ['change.supervision.leverage', '—'],
    ['leverage', '10.0x'],
  ])('%s is %s', (name, text) => {
    expect(value(name)).toEqual({ ok: true, value: text });
  });

  it('gives the claims check no supervision figure to match', () => {
    const names = computedValues(dayMetrics(UNSUPERVISED, null), unsupervised).map((computed) => computed.name);
    expect(names.filter((name) => name.includes('supervision'))).toEqual([]);
    // Each task still has its factor, estimate and agent time (minutes and hours).
    expect(names.filter((name) => name.startsWith('logged.1.'))).toEqual([
      'logged.1.factor',
      'logged.1.human',
      'logged.1.ai',
      'logged.1.ai',
    ]);
  });

  it('leaves the supervisory sentence out of the default summary, and any other template as written', () => {
    expect(summaryTemplate(DEFAULT_SUMMARY_TEMPLATE, unsupervised)).toBe(
      '{tasks.words} {tasks.noun}. {date} weighted to {leverage} leverage across {hours} human-equivalent hours ' +
        'in {ai.minutes} {aiName} minutes; supervision was not logged. ' +
        'The ceiling was {ceiling.factor} ({ceiling.title}); the floor was {floor.factor} ({floor.title}).',
    );
    expect(summaryTemplate(DEFAULT_SUMMARY_TEMPLATE, supervised)).toBe(DEFAULT_SUMMARY_TEMPLATE);
    expect(summaryTemplate('Supervision: {supervision.leverage}.', unsupervised)).toBe('Supervision: {supervision.leverage}.');
  });
});

describe('open data', () => {
  const tasks: ExportTask[] = UNSUPERVISED.map(({ title, human, ai }) => ({ title, human, ai, tags: [] }));
  const day: ExportDay = {
    date: '2026-04-25',
    title: 'Leverage Record: April 25, 2026',
    description: 'Two tasks.',
    url: 'https://example.com/2026/04/25/',
    tags: [],
    tokens: null,
    metrics: dayMetrics(tasks, null),
  };

  it('writes null for every supervisory figure of the day and its tasks', () => {
    const record = dayRecord(day);
    expect(record.totals).toEqual({
      tasks: 2,
      humanMinutes: 150,
      aiMinutes: 15,
      supervisionMinutes: null,
      tokens: null,
      leverage: 10,
      supervisionLeverage: null,
    });
    expect(
      record.tasks.map(({ supervision, supervisionMinutes, supervisionFactor }) => [supervision, supervisionMinutes, supervisionFactor]),
    ).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('leaves the supervision cells of the CSV empty', () => {
    expect(tasksCsv([day]).split('\r\n').slice(1, 3)).toEqual([
      '2026-04-25,1,Export invoices as JSON,120,10,,12,,,https://example.com/2026/04/25/',
      '2026-04-25,2,Fix the footer date,30,5,,6,,,https://example.com/2026/04/25/',
    ]);
  });
});

describe('the day file', () => {
  const FILE = 'content/days/2026-04-25.md';
  const check = (tasks: string) => {
    const result = parseDayFile(FILE, new TextEncoder().encode(`---\ndate: 2026-04-25\ntasks:\n${tasks}---\nA day.\n`));
    return { day: result.day, messages: result.diagnostics.map(formatDiagnostic) };
  };

  it('may leave supervision out of every task', () => {
    const { day, messages } = check(
      '  - title: Export invoices\n    human: 2h\n    ai: 10m\n  - title: Fix the footer\n    human: 30m\n    ai: 5m\n',
    );
    expect(messages).toEqual([]);
    expect(day?.frontmatter.tasks).toEqual([
      { title: 'Export invoices', human: 2 * H, ai: 10 * M },
      { title: 'Fix the footer', human: 30 * M, ai: 5 * M },
    ]);
  });

  it('may not log supervision for some tasks only: each task without it is an error that says what to write', () => {
    const { day, messages } = check(
      '  - title: Export invoices\n    human: 2h\n    ai: 10m\n' +
        '  - title: Fix the footer\n    human: 30m\n    ai: 5m\n    supervision: 1m\n' +
        '  - title: Rename the page\n    human: 1h\n    ai: 4m\n',
    );
    expect(day).toBeUndefined();
    expect(messages).toEqual([
      'content/days/2026-04-25.md:4:5 error tasks[1].supervision: supervision is missing, but tasks[2] logs it; add supervision: 2m (your own supervising time), or leave supervision out of every task of the day (not logged)',
      'content/days/2026-04-25.md:11:5 error tasks[3].supervision: supervision is missing, but tasks[2] logs it; add supervision: 2m (your own supervising time), or leave supervision out of every task of the day (not logged)',
    ]);
  });
});

/**
 * The generated data summary: numbers in words, the default sentence for the
 * sample days, custom templates (numbers spelled only at a sentence start)
 * and the metric references a template or the prose can name. Expected
 * strings are written out by hand from the sample files.
 */
import { toHtml } from 'hast-util-to-html';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayMetrics } from '../../src/lib/metrics/day-metrics.ts';
import { resolveReference, type ReferenceContext, type Resolution, type TitledTask } from '../../src/lib/prose/references.ts';
import { fillTemplate } from '../../src/lib/published/summary.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { isReferenceName } from '../../src/lib/schema/reference-names.ts';
import { asSentenceStart, DEFAULT_SUMMARY_TEMPLATE, templateNames } from '../../src/lib/schema/summary-template.ts';
import { numberToWords } from '../../src/lib/words.ts';
import { sampleFile } from '../support/npm-run.ts';

/** A resolved value as the HTML it serializes to (text is escaped then, not before). */
function asHtml(resolution: Resolution): { ok: true; html: string } | Resolution {
  if (!resolution.ok) return resolution;
  const { value } = resolution;
  return { ok: true, html: toHtml(typeof value === 'string' ? { type: 'text', value } : value) };
}

function sampleDay(date: string) {
  const file = `content/days/${date}.md`;
  const { day, diagnostics } = parseDayFile(file, readFileSync(sampleFile(file)));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!day) throw new Error(`${file} did not parse`);
  // Titles as typed, as text (the summary's own tests need no Markdown rendered).
  const tasks: TitledTask[] = day.frontmatter.tasks.map((task) => ({ ...task, titleNodes: [{ type: 'text', value: task.title }] }));
  return { frontmatter: day.frontmatter, metrics: dayMetrics(tasks, day.frontmatter.tokens ?? null) };
}

function context(date: string, previous?: string): ReferenceContext {
  const before = previous === undefined ? undefined : sampleDay(previous);
  return {
    date,
    language: 'en',
    aiName: 'Claude',
    metrics: sampleDay(date).metrics,
    ...(before && previous ? { previous: { date: previous, totals: before.metrics.totals } } : {}),
  };
}

function resolver(ctx: ReferenceContext) {
  return (name: string) => {
    const resolution = resolveReference(name, ctx);
    if (!resolution.ok) throw new Error(`${name}: ${resolution.problem}`);
    return resolution.value;
  };
}

const summary = (ctx: ReferenceContext, template = DEFAULT_SUMMARY_TEMPLATE) => toHtml(fillTemplate(template, resolver(ctx)));

describe('numberToWords', () => {
  it.each([
    [0, 'zero'],
    [7, 'seven'],
    [13, 'thirteen'],
    [20, 'twenty'],
    [26, 'twenty-six'],
    [100, 'one hundred'],
    [101, 'one hundred one'],
    [999, 'nine hundred ninety-nine'],
    [1000, 'one thousand'],
    [1204, 'one thousand two hundred four'],
    [1_000_000, 'one million'],
    [2_000_019, 'two million nineteen'],
    [110_040, 'one hundred ten thousand forty'],
  ])('%i → %s', (n, words) => {
    expect(numberToWords(n)).toBe(words);
  });

  it('refuses what it cannot spell', () => {
    expect(() => numberToWords(-1)).toThrow(RangeError);
    expect(() => numberToWords(1.5)).toThrow(RangeError);
  });
});

describe('asSentenceStart', () => {
  it('spells whole numbers (grouped digits too) and capitalises', () => {
    expect(asSentenceStart('26')).toBe('Twenty-six');
    expect(asSentenceStart('1,204')).toBe('One thousand two hundred four');
    expect(asSentenceStart('704')).toBe('Seven hundred four');
    expect(asSentenceStart('tasks')).toBe('Tasks');
  });
});

describe('the default summary of the sample days', () => {
  it('2026-04-22, the long day, reads exactly', () => {
    // 26 tasks, 189.08h human (shown exactly), 704m agent, 79m supervision.
    // Weighted: 11344.8m / 704m = 16.11… → 16.1x; supervisory 11344.8m / 79m = 143.60… → 143.6x.
    // Ceiling: 28h in 17m = 1680 / 17 = 98.82… → 98.8x. Floor: 0.33h in 5m = 19.8 / 5 = 3.96 → 4.0x.
    expect(summary(context('2026-04-22'))).toBe(
      'Twenty-six tasks. April 22, 2026 weighted to 16.1x leverage across 189.08 human-equivalent hours in 704 Claude minutes; ' +
        'supervisory leverage closed at 143.6x. ' +
        'The ceiling was 98.8x (Course platform: rebuild the lesson editor on top of the new block model, including drafts, autosave and undo history); ' +
        "the floor was 4.0x (Docs site: fix the typo in the 'Getting started' heading that the spell-checker kept flagging).",
    );
  });

  it('2026-04-14, a one-task day, says "One task."', () => {
    // 6h = 360m in 23m → 15.65… → 15.7x; 360m / 4m = 90.0x; the one task is ceiling and floor.
    const title =
      'Billing service: replace the hand-rolled webhook signature check with a constant-time comparison and add replay protection';
    expect(summary(context('2026-04-14'))).toBe(
      'One task. April 14, 2026 weighted to 15.7x leverage across 6.0 human-equivalent hours in 23 Claude minutes; ' +
        `supervisory leverage closed at 90.0x. The ceiling was 15.7x (${title}); the floor was 15.7x (${title}).`,
    );
  });

  it('2026-04-15 has a task with no supervision, yet a supervisory leverage from the day’s sum', () => {
    // 8.5h = 510m in 45m → 11.33… → 11.3x; 510m / 9m = 56.66… → 56.7x.
    // Ceiling 2h/10m = 12.0x and 1h/5m = 12.0x tie exactly: the author's first (pagination) stays first.
    // Floor: 0.5h/4m = 30/4 = 7.5x.
    expect(summary(context('2026-04-15'))).toBe(
      'Four tasks. April 15, 2026 weighted to 11.3x leverage across 8.5 human-equivalent hours in 45 Claude minutes; ' +
        'supervisory leverage closed at 56.7x. ' +
        "The ceiling was 12.0x (Course platform: paginate the instructor dashboard's enrolment list instead of loading every student at once); " +
        "the floor was 7.5x (Billing service: make the invoice PDF footer respect the customer's locale for dates).",
    );
  });
});

describe('custom templates', () => {
  const ctx = context('2026-04-22', '2026-04-21');

  it('leaves a number mid-sentence in digits and spells it at a sentence start', () => {
    expect(summary(ctx, 'On {date} I finished {tasks} tasks. {tasks} tasks took {ai.minutes} minutes.')).toBe(
      'On April 22, 2026 I finished 26 tasks. Twenty-six tasks took 704 minutes.',
    );
    // At the very start, and after ? and !
    expect(summary(ctx, '{ai.minutes} minutes! Really? {supervision.minutes} of them were mine.')).toBe(
      'Seven hundred four minutes! Really? Seventy-nine of them were mine.',
    );
    // "{tasks}." ends a sentence, but the number before the full stop is not at a start.
    expect(summary(ctx, 'Tasks: {tasks}. Hours: {hours}.')).toBe('Tasks: 26. Hours: 189.08.');
  });

  it('names the previous day and the change', () => {
    // 04-21: 9.17h in 52m → 550.2 / 52 = 10.58… → 10.6x; 550.2 / 9 = 61.13… → 61.1x; 5 tasks.
    expect(
      summary(ctx, 'Before: {previous.tasks} tasks on {previous.date}, at {previous.leverage}; today {leverage}, {change.leverage}.'),
    ).toBe('Before: 5 tasks on April 21, 2026, at 10.6x; today 16.1x, up from 10.6x.');
    // The same number starting the template is spelled, as is the words form.
    expect(summary(ctx, '{previous.tasks} tasks before.')).toBe('Five tasks before.');
    expect(summary(ctx, '{previous.tasks.words} tasks before.')).toBe('Five tasks before.');
  });

  it('shows the template’s own words as text: markup in them is never HTML', () => {
    // A template is plain text in site.yaml; before, its words went into the page unescaped.
    expect(summary(ctx, 'R&D <b>{tasks}</b> tasks.')).toBe('R&#x26;D &#x3C;b>26&#x3C;/b> tasks.');
  });

  it('lists the names a template uses', () => {
    expect(templateNames('{a} and {task.3.factor}, not {3} or { b }')).toEqual(['a', 'task.3.factor']);
  });
});

describe('resolveReference', () => {
  const ctx = context('2026-04-22', '2026-04-21');
  const html = (name: string, c: ReferenceContext = ctx) => asHtml(resolveReference(name, c));

  it('resolves totals, the previous day and changes', () => {
    expect(html('previous.leverage')).toEqual({ ok: true, html: '10.6x' });
    expect(html('previous.hours')).toEqual({ ok: true, html: '9.17' });
    expect(html('change.leverage')).toEqual({ ok: true, html: 'up from 10.6x' });
    expect(html('change.supervision.leverage')).toEqual({ ok: true, html: 'up from 61.1x' });
    expect(html('change.hours')).toEqual({ ok: true, html: 'up from 9.17' });
    expect(html('change.ai.minutes')).toEqual({ ok: true, html: 'up from 52' });
    // 04-21 logged no tokens: no change to tell, shown as the no-value dash.
    expect(html('change.tokens')).toEqual({ ok: true, html: '—' });
    expect(html('previous.tokens')).toEqual({ ok: true, html: '—' });
    expect(html('tokens')).toEqual({ ok: true, html: '3,030,000' });
    // 189.08 / 8 = 23.635 → 23.6; 189.08 / 40 = 4.727 → 4.7; 704 / 60 = 11.73 → 11.7
    expect(html('hours.days')).toEqual({ ok: true, html: '23.6' });
    expect(html('hours.weeks')).toEqual({ ok: true, html: '4.7' });
    expect(html('ai.hours')).toEqual({ ok: true, html: '11.7' });
  });

  it('resolves tasks by rank', () => {
    // Rank 3 on 04-22: 12h in 41m = 720 / 41 = 17.56… → 17.6x (after 98.8x and 20h/62m = 19.4x).
    expect(html('task.3.factor')).toEqual({ ok: true, html: '17.6x' });
    expect(html('task.3.human')).toEqual({ ok: true, html: '12h' });
    expect(html('task.3.ai')).toEqual({ ok: true, html: '41m' });
    expect(html('task.3.supervision.factor')).toEqual({ ok: true, html: '180.0x' }); // 720 / 4
    expect(html('task.3.title')).toEqual({
      ok: true,
      html: 'Billing service: split the monolithic `InvoiceService` into calculation, rendering and delivery modules with their own tests',
    });
    expect(html('ceiling.human')).toEqual({ ok: true, html: '28h' });
    expect(html('floor.human')).toEqual({ ok: true, html: '0.33h' });
    expect(html('task.26.factor')).toEqual({ ok: true, html: '4.0x' });
  });

  it('reports task numbers out of range', () => {
    expect(html('task.27.factor')).toEqual({ ok: false, problem: "there is no task 27; this day's tasks are numbered 1 to 26" });
    expect(html('task.0.factor')).toEqual({ ok: false, problem: "there is no task 0; this day's tasks are numbered 1 to 26" });
  });

  it('reports unknown names and fields', () => {
    expect(html('leverag')).toEqual({ ok: false, problem: '"leverag" is not a metric name' });
    expect(html('task.3.colour')).toEqual({ ok: false, problem: '"task.3.colour" is not a metric name' });
    expect(html('previous.nonsense')).toEqual({ ok: false, problem: '"previous.nonsense" is not a metric name' });
  });

  it('reports previous-day names on the first day', () => {
    const first = context('2026-04-14');
    expect(html('previous.leverage', first)).toEqual({
      ok: false,
      problem: 'previous.leverage needs a previous published day, and this is the first',
    });
    expect(html('change.leverage', first)).toMatchObject({ ok: false });
    // Names of the day itself still work.
    expect(html('leverage', first)).toEqual({ ok: true, html: '15.7x' });
  });

  it('does not take names from Object.prototype for metrics', () => {
    for (const name of ['toString', 'constructor', 'valueOf', '__proto__', 'task.1.constructor', 'change.hasOwnProperty']) {
      expect(html(name)).toMatchObject({ ok: false });
    }
  });

  it('gives text as text, to be escaped where it is serialized, and a title as its rendered nodes', () => {
    const tricky: ReferenceContext = { ...ctx, aiName: 'R&D <bot>' };
    expect(resolveReference('aiName', tricky)).toEqual({ ok: true, value: 'R&D <bot>' });
    expect(html('aiName', tricky)).toEqual({ ok: true, html: 'R&#x26;D &#x3C;bot>' });
    const [first] = ctx.metrics.ranked;
    const titleNodes = [
      { type: 'text' as const, value: 'The ' },
      { type: 'element' as const, tagName: 'code', properties: {}, children: [{ type: 'text' as const, value: 'a & b' }] },
      { type: 'text' as const, value: ' fix' },
    ];
    const titled: ReferenceContext = { ...ctx, metrics: { ...ctx.metrics, ranked: [{ ...first!, task: { ...first!.task, titleNodes } }] } };
    expect(resolveReference('ceiling.title', titled)).toEqual({ ok: true, value: titleNodes });
    expect(html('ceiling.title', titled)).toEqual({ ok: true, html: 'The <code>a &#x26; b</code> fix' });
  });
});

describe('isReferenceName', () => {
  it.each([
    'date',
    'aiName',
    'tasks.words',
    'leverage',
    'supervision.leverage',
    'previous.leverage',
    'previous.date',
    'previous.tasks.noun',
    'change.leverage',
    'change.tokens',
    'task.3.factor',
    'task.12.title',
    'ceiling.title',
    'floor.supervision.factor',
  ])('accepts %s', (name) => {
    expect(isReferenceName(name)).toBe(true);
  });

  it.each([
    'leverag',
    'previous.aiName',
    'previous.change.leverage',
    'change.date',
    'task.N.factor',
    'task.3.colour',
    'ceiling',
    'toString',
    'constructor',
    '__proto__',
    'previous.valueOf',
    'task.1.constructor',
  ])('rejects %s', (name) => {
    expect(isReferenceName(name)).toBe(false);
  });
});

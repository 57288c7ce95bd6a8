/**
 * One model of a published day, with one rule for drafts: a draft is never
 * another day's previous or next day, and a draft gets the published days
 * around it. The check, --fix and the pages read days through the same
 * module, so they agree; the expectations are worked out by hand.
 */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { checkProse } from '../../src/lib/project/check-project.ts';
import { resolveReference } from '../../src/lib/prose/references.ts';
import { inContext } from '../../src/lib/published/context.ts';
import { publishDays, type RenderedDay } from '../../src/lib/published/publish.ts';
import { inSequence } from '../../src/lib/published/sequence.ts';
import { parseDayFile, type DaySource } from '../../src/lib/schema/day-file.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { renderInlineMarkdownAll, renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';

const SETTINGS = { language: 'en', aiName: 'Claude', strict: true };

function day(date: string, draft: boolean, times: string, prose = 'Text.\n'): DaySource {
  const [human, ai, supervision] = times.split('/');
  const text = `---\ndate: ${date}\n${draft ? 'draft: true\n' : ''}tasks:\n  - title: Work of ${date}\n    human: ${human}\n    ai: ${ai}\n    supervision: ${supervision}\n---\n${prose}`;
  const file = `content/days/${date}.md`;
  const { day: parsed, diagnostics } = parseDayFile(file, new TextEncoder().encode(text));
  expect(diagnostics).toEqual([]);
  if (!parsed) throw new Error(`${file} did not parse`);
  return parsed;
}

/**
 * 04-20 published: 2h in 10m = 120 / 10 = 12.0x. 04-21 a draft: 1h in 20m = 3.0x.
 * 04-22 published: 3h in 20m = 180 / 20 = 9.0x. 04-23 and 04-24 drafts: 1h in 6m = 10.0x, 1h in 4m = 15.0x.
 */
const week = (prose: Record<string, string> = {}) => [
  day('2026-04-23', true, '1h/6m/1m', prose['2026-04-23']),
  day('2026-04-21', true, '1h/20m/0m', prose['2026-04-21']),
  day('2026-04-24', true, '1h/4m/1m', prose['2026-04-24']),
  day('2026-04-20', false, '2h/10m/2m', prose['2026-04-20']),
  day('2026-04-22', false, '3h/20m/5m', prose['2026-04-22']),
];

const dates = (placed: { day: DaySource; previous?: { date: string } | undefined; next?: { date: string } | undefined }[]) =>
  placed.map(({ day: { date }, previous, next }) => [date, previous?.date ?? null, next?.date ?? null]);

describe('a day’s neighbours', () => {
  it('are the published days around it: a draft is nobody’s neighbour, and has published ones', () => {
    expect(dates(inSequence(week()))).toEqual([
      ['2026-04-20', null, '2026-04-22'],
      ['2026-04-21', '2026-04-20', '2026-04-22'],
      ['2026-04-22', '2026-04-20', null],
      ['2026-04-23', '2026-04-22', null],
      ['2026-04-24', '2026-04-22', null],
    ]);
  });

  it('are the same for a published day whether drafts are shown (npm run dev) or not (the build)', () => {
    const published = week().filter((entry) => !entry.frontmatter.draft);
    expect(dates(inSequence(published))).toEqual([
      ['2026-04-20', null, '2026-04-22'],
      ['2026-04-22', '2026-04-20', null],
    ]);
    expect(dates(inContext(published))).toEqual(dates(inContext(week()).filter((entry) => !entry.day.frontmatter.draft)));
  });

  it('give the previous day’s totals and the published days’ metrics, never a draft’s', () => {
    const placed = inContext(week());
    expect(placed.map(({ day: { date }, previous }) => [date, previous?.totals.leverage ?? null])).toEqual([
      ['2026-04-20', null],
      ['2026-04-21', 120], // 04-20's 12.0x, in tenths
      ['2026-04-22', 120],
      ['2026-04-23', 90], // 04-22's 9.0x
      ['2026-04-24', 90],
    ]);
    expect([...(placed[0]?.published.keys() ?? [])]).toEqual(['2026-04-20', '2026-04-22']);
  });
});

describe('the check reads drafts by the same rule', () => {
  const resolved = (date: string, name: string) => {
    const entry = inContext(week()).find((placed) => placed.day.date === date);
    if (!entry) throw new Error(date);
    return resolveReference(name, {
      date,
      language: 'en',
      aiName: 'Claude',
      metrics: entry.metrics,
      ...(entry.previous ? { previous: entry.previous } : {}),
    });
  };

  it('resolves previous.* of a published day and of a draft against the published day before it', () => {
    expect(resolved('2026-04-22', 'previous.leverage')).toEqual({ ok: true, value: '12.0x' });
    expect(resolved('2026-04-22', 'previous.date')).toEqual({ ok: true, value: 'April 20, 2026' });
    expect(resolved('2026-04-21', 'previous.leverage')).toEqual({ ok: true, value: '12.0x' });
    expect(resolved('2026-04-24', 'change.leverage')).toEqual({ ok: true, value: 'up from 9.0x' });
  });

  it('checks a comparison with the previous day against the published one, and never against a draft', () => {
    const prose = {
      '2026-04-22': 'Leverage came in at 9.0x, down from 12.0x yesterday.\n',
      '2026-04-24': 'Leverage came in at 15.0x, up from 10.0x yesterday.\n',
    };
    expect(checkProse(week(prose), SETTINGS).map(formatDiagnostic)).toEqual([
      'content/days/2026-04-24.md:10:36 error claim: "10.0x" matches no computed value; the nearest computed value is 9.0x (:metric[previous.leverage]). Fix the figure or write the reference instead',
    ]);
  });
});

describe('the pages read drafts by the same rule', () => {
  const PROSE = 'Before this day: :metric[previous.leverage] on :metric[previous.date].\n';
  const SITE = { language: 'en', aiName: 'Claude', summary: { enabled: false, template: '' } };

  /** Days as the loader stores them: prose and titles rendered. */
  async function rendered(days: readonly DaySource[]): Promise<RenderedDay[]> {
    return Promise.all(
      days.map(async (source) => ({
        date: source.date,
        file: source.file,
        frontmatter: source.frontmatter,
        rendered: {
          intro: await renderMarkdown(source.intro),
          rest: await renderMarkdown(source.rest),
          titles: await renderInlineMarkdownAll(source.frontmatter.tasks.map((task) => task.title)),
        },
      })),
    );
  }

  const withProse = () => week(Object.fromEntries(['2026-04-21', '2026-04-22', '2026-04-23', '2026-04-24'].map((date) => [date, PROSE])));
  const shown = (days: ReturnType<typeof publishDays>) =>
    days.map((day) => [day.date, day.previous?.date ?? null, day.next?.date ?? null, toHtml(day.prose.intro)]);

  it('link a draft shown by npm run dev to the published days around it, and no published day to a draft', async () => {
    expect(shown(publishDays(await rendered(withProse()), SITE))).toEqual([
      ['2026-04-20', null, '2026-04-22', '<p>Text.</p>'],
      ['2026-04-21', '2026-04-20', '2026-04-22', '<p>Before this day: 12.0x on April 20, 2026.</p>'],
      ['2026-04-22', '2026-04-20', null, '<p>Before this day: 12.0x on April 20, 2026.</p>'],
      ['2026-04-23', '2026-04-22', null, '<p>Before this day: 9.0x on April 22, 2026.</p>'],
      ['2026-04-24', '2026-04-22', null, '<p>Before this day: 9.0x on April 22, 2026.</p>'],
    ]);
  });

  it('publish a day the same in the build, without the drafts, as under npm run dev', async () => {
    const all = publishDays(await rendered(withProse()), SITE);
    const built = publishDays(await rendered(withProse().filter((source) => !source.frontmatter.draft)), SITE);
    expect(shown(built)).toEqual(shown(all.filter((day) => !day.draft)));
    expect(built.map((day) => day.comparison?.leverage.change?.words ?? null)).toEqual([null, 'down from 12.0x']);
  });

  it('agree with the check, which finds every previous.* of these days resolvable', () => {
    expect(checkProse(withProse(), SETTINGS)).toEqual([]);
  });
});

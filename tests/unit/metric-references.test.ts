/**
 * Metric references in prose: every name and its value on the sample day
 * 2026-04-22 (after 2026-04-21), how `:metric[name]` and `::summary` pass
 * through the Markdown pipeline and are filled in, the check errors for
 * names that cannot resolve, and that --fix changes no word a reader sees.
 * Values are worked out by hand (see tests/unit/claims.test.ts for the sums).
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { checkProse } from '../../src/lib/project/check-project.ts';
import { fixDayProse } from '../../src/lib/prose/fix-prose.ts';
import { referenceContext, resolveReference, type ReferenceContext, type Resolution } from '../../src/lib/prose/references.ts';
import { inContext } from '../../src/lib/published/context.ts';
import { fillPlaceholders, hasSummaryMarker } from '../../src/lib/published/fill.ts';
import type { DaySource } from '../../src/lib/schema/day-file.ts';
import { REFERENCE_NAMES } from '../../src/lib/schema/reference-names.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';
import { markdownHtml } from '../support/markdown-html.ts';
import {
  BODY,
  FILE,
  FRONT_MATTER,
  longDay,
  parsed,
  PREVIOUS_TEXT,
  previousDay,
  RIGHT,
  saturday,
  SATURDAY_FILE,
  SATURDAY_FRONT_MATTER,
  SETTINGS,
} from '../support/prose-corpus.ts';

/** A resolved value as the HTML it serializes to (text is escaped then, not before). */
function asHtml(resolution: Resolution): { ok: true; html: string } | Resolution {
  if (!resolution.ok) return resolution;
  const { value } = resolution;
  return { ok: true, html: toHtml(typeof value === 'string' ? { type: 'text', value } : value) };
}

/** 04-22 after 04-21, as the check and --fix see it (titles as typed, as text). */
function longDayContext(prose = ''): ReferenceContext {
  const [, entry] = inContext([previousDay(), longDay(prose)]);
  if (!entry) throw new Error('no day');
  return referenceContext(entry, { language: 'en', aiName: 'Claude' });
}

const EDITOR = 'Course platform: rebuild the lesson editor on top of the new block model, including drafts, autosave and undo history';
const TYPO = "Docs site: fix the typo in the 'Getting started' heading that the spell-checker kept flagging";

/** Every name docs/metric-references.md documents, with its value on 2026-04-22 (task.N and logged.N shown for N = 1). */
const EXAMPLES: [name: string, value: string][] = [
  ['date', 'April 22, 2026'],
  ['aiName', 'Claude'],
  ['tasks', '26'],
  ['tasks.words', 'twenty-six'],
  ['tasks.noun', 'tasks'],
  ['hours', '189.08'], // 189.08 h, exact like every time shown
  ['hours.days', '23.6'], // 189.08 / 8 = 23.635
  ['hours.weeks', '4.7'], // 189.08 / 40 = 4.727
  ['ai.minutes', '704'],
  ['ai.hours', '11.7'], // 704 / 60 = 11.73
  ['supervision.minutes', '79'],
  ['tokens', '3,030,000'],
  ['leverage', '16.1x'], // 11344.8 min / 704 min = 16.11
  ['supervision.leverage', '143.6x'], // 11344.8 / 79 = 143.60
  ['previous.tasks', '5'],
  ['previous.tasks.words', 'five'],
  ['previous.tasks.noun', 'tasks'],
  ['previous.hours', '9.17'], // 2 + 3 + 1 + 2.5 + 0.67 = 9.17 h
  ['previous.hours.days', '1.1'], // 9.17 / 8 = 1.146
  ['previous.hours.weeks', '0.2'], // 9.17 / 40 = 0.229
  ['previous.ai.minutes', '52'], // 11 + 17 + 6 + 13 + 5
  ['previous.ai.hours', '0.9'], // 52 / 60 = 0.867
  ['previous.supervision.minutes', '9'],
  ['previous.tokens', '—'], // 04-21 logged none
  ['previous.leverage', '10.6x'], // 550.2 / 52 = 10.58
  ['previous.supervision.leverage', '61.1x'], // 550.2 / 9 = 61.13
  ['previous.date', 'April 21, 2026'],
  ['change.leverage', 'up from 10.6x'],
  ['change.supervision.leverage', 'up from 61.1x'],
  ['change.hours', 'up from 9.17'],
  ['change.ai.minutes', 'up from 52'],
  ['change.tokens', '—'], // no tokens on 04-21: nothing to compare
  ['task.N.title', EDITOR],
  ['ceiling.title', EDITOR],
  ['floor.title', TYPO],
  ['task.N.human', '28h'],
  ['ceiling.human', '28h'],
  ['floor.human', '0.33h'],
  ['task.N.ai', '17m'],
  ['ceiling.ai', '17m'],
  ['floor.ai', '5m'],
  ['task.N.supervision', '2m'],
  ['ceiling.supervision', '2m'],
  ['floor.supervision', '1m'],
  ['task.N.factor', '98.8x'], // 28 h / 17 min = 1680 / 17 = 98.82
  ['ceiling.factor', '98.8x'],
  ['floor.factor', '4.0x'], // 0.33 h / 5 min = 19.8 / 5 = 3.96
  ['task.N.supervision.factor', '840.0x'], // 1680 / 2
  ['ceiling.supervision.factor', '840.0x'],
  ['floor.supervision.factor', '19.8x'], // 19.8 / 1
  // The first task in the file is also row 1 on 04-22.
  ['logged.N.title', EDITOR],
  ['logged.N.human', '28h'],
  ['logged.N.ai', '17m'],
  ['logged.N.supervision', '2m'],
  ['logged.N.factor', '98.8x'],
  ['logged.N.supervision.factor', '840.0x'],
];

describe('the metric names', () => {
  it('are exactly the documented ones', () => {
    expect([...REFERENCE_NAMES].sort()).toEqual(EXAMPLES.map(([name]) => name).sort());
  });

  it.each(EXAMPLES)('%s is %s on 2026-04-22', (name, value) => {
    const context = longDayContext();
    expect(asHtml(resolveReference(name.replace('.N.', '.1.'), context))).toEqual({ ok: true, html: value });
  });

  it('counts tasks in the order of the Task Log', () => {
    const context = longDayContext();
    // #12 is the lesson navigation fix: 3h in 13m = 180 / 13 = 13.85 → 13.8x; 3 supervisory minutes → 60.0x.
    expect(asHtml(resolveReference('task.12.factor', context))).toEqual({ ok: true, html: '13.8x' });
    expect(asHtml(resolveReference('task.12.supervision.factor', context))).toEqual({ ok: true, html: '60.0x' });
  });
});

describe('what references resolve against (referenceContext), for the check and the published day alike', () => {
  it('is the day’s date, the settings, its metrics, and of the previous published day only its date and totals', () => {
    const [previous, entry] = inContext([previousDay(), longDay('')]);
    if (!previous || !entry) throw new Error('no day');
    expect(referenceContext(entry, { language: 'de', aiName: 'Codex' })).toEqual({
      date: '2026-04-22',
      language: 'de',
      aiName: 'Codex',
      metrics: entry.metrics,
      previous: { date: '2026-04-21', totals: previous.metrics.totals },
    });
    expect(previous.metrics.totals.tasks).toBe(5);
  });

  it('has no previous day on the first day', () => {
    const [entry] = inContext([previousDay()]);
    if (!entry) throw new Error('no day');
    expect(referenceContext(entry, SETTINGS)).toEqual({ date: '2026-04-21', language: 'en', aiName: 'Claude', metrics: entry.metrics });
  });
});

describe('a task named by its place in the file (logged.N)', () => {
  // Saturday 2026-05-02 (see the corpus): in the file 3h/13m (13.8x), 2h/5m (24.0x), 45m/3m (15.0x); ranked 2, 3, 1.
  const saturdayContext = (day: DaySource): ReferenceContext => {
    const [entry] = inContext([day]);
    if (!entry) throw new Error('no day');
    return referenceContext(entry, { language: 'en', aiName: 'Claude' });
  };
  const value = (name: string, context: ReferenceContext) => asHtml(resolveReference(name, context));
  const IMPORTER = 'Importer: read durations spelled out in words';
  const FEEDS = 'Feeds: keep the summary in the JSON Feed';

  it('counts tasks in the order of the file, not of the Task Log', () => {
    const context = saturdayContext(saturday(''));
    expect(value('logged.1.factor', context)).toEqual({ ok: true, html: '13.8x' }); // 180 / 13 = 13.85
    expect(value('logged.2.factor', context)).toEqual({ ok: true, html: '24.0x' }); // 120 / 5
    expect(value('logged.2.supervision.factor', context)).toEqual({ ok: true, html: '120.0x' }); // 120 / 1
    expect(value('logged.3.human', context)).toEqual({ ok: true, html: '0.75h' });
    expect(value('logged.3.supervision.factor', context)).toEqual({ ok: true, html: '—' }); // 0m of supervision
    expect(value('task.1.factor', context)).toEqual({ ok: true, html: '24.0x' });
  });

  it('stays with its task when new estimates change the ranks, where task.N moves', () => {
    const before = saturdayContext(saturday(''));
    // The first task re-estimated at 8h: 480 / 13 = 36.9x, now row 1.
    const after = saturdayContext(parsed(SATURDAY_FILE, SATURDAY_FRONT_MATTER.replace('human: 3h', 'human: 8h')));
    expect(value('logged.2.title', before)).toEqual({ ok: true, html: IMPORTER });
    expect(value('logged.2.title', after)).toEqual({ ok: true, html: IMPORTER });
    expect(value('task.1.title', before)).toEqual({ ok: true, html: IMPORTER });
    expect(value('task.1.title', after)).toEqual({ ok: true, html: FEEDS });
  });

  it('says which tasks there are when the number is out of range', () => {
    expect(resolveReference('logged.4.factor', saturdayContext(saturday('')))).toEqual({
      ok: false,
      problem: 'there is no task 4 in the file; this day logs tasks 1 to 3',
    });
  });

  it('is what the check asks for instead of task.N, which follows the rank', () => {
    const line = SATURDAY_FRONT_MATTER.split('\n').length;
    expect(
      checkProse([saturday('The importer ran at :metric[task.1.factor] and :metric[ceiling.ai].\n')], SETTINGS).map(formatDiagnostic),
    ).toEqual([
      `${SATURDAY_FILE}:${line}:21 warning :metric[task.1.factor]: task.1 is whichever task is in row 1 of the Task Log, ` +
        'so a change of estimates moves it to another task; write :metric[logged.2.factor] (the 2nd task in the file, in row 1 today) ' +
        'to keep it with that task, or let npm run check -- --fix rewrite it',
    ]);
  });

  it('is asked for without pointing to --fix in a YAML day, which --fix does not rewrite', () => {
    // One task, 2h in 10m: task.1 is the 1st task in the file. Two spaces of indentation and "It ran at ": column 13.
    const yaml =
      'date: 2026-04-23\ntasks:\n  - title: A\n    human: 2h\n    ai: 10m\n    supervision: 1m\n' +
      'intro: |\n  It ran at :metric[task.1.factor].\n';
    expect(checkProse([parsed('content/days/2026-04-23.yaml', yaml)], SETTINGS).map(formatDiagnostic)).toEqual([
      'content/days/2026-04-23.yaml:8:13 warning :metric[task.1.factor]: task.1 is whichever task is in row 1 of the Task Log, ' +
        'so a change of estimates moves it to another task; write :metric[logged.1.factor] (the 1st task in the file, in row 1 today) ' +
        'to keep it with that task',
    ]);
  });

  it('is what --fix writes, for figures and for task.N references', () => {
    const prose = 'The importer ran at :metric[task.1.factor], 24.0x, on 5 Claude minutes; the feeds took :metric[ task.3.ai ].\n';
    const [entry] = inContext([saturday(prose)]);
    if (!entry) throw new Error('no day');
    const line = SATURDAY_FRONT_MATTER.split('\n').length;
    expect(fixDayProse(SATURDAY_FRONT_MATTER + prose, entry, SETTINGS)).toEqual({
      text: `${SATURDAY_FRONT_MATTER}The importer ran at :metric[logged.2.factor], :metric[logged.2.factor], on 5 Claude minutes; the feeds took :metric[logged.1.ai].\n`,
      changes: [
        {
          line,
          before: prose.trimEnd(),
          after:
            'The importer ran at :metric[logged.2.factor], :metric[logged.2.factor], on 5 Claude minutes; the feeds took :metric[logged.1.ai].',
        },
      ],
      leftAlone: [{ line, phrase: '5 Claude minutes', reason: 'unit', name: 'logged.2.ai', rendered: '5m' }],
    });
  });
});

describe('references that cannot resolve are check errors at their place', () => {
  const errors = (days: DaySource[]) => checkProse(days, SETTINGS).map(formatDiagnostic);
  const prose =
    'The day closed at :metric[leverage], against :metric[previous.leverage].\n\n' +
    'Unknown: :metric[leverge]; and the ceiling was :metric[task.30.factor]; :metric[change.hours].\n';

  it('reports an unknown name with a suggestion, and a task number out of range', () => {
    expect(errors([previousDay(), longDay(prose)])).toEqual([
      `${FILE}:${BODY + 2}:10 error :metric[leverge]: "leverge" is not a metric name; did you mean :metric[leverage]?`,
      `${FILE}:${BODY + 2}:48 error :metric[task.30.factor]: there is no task 30; this day's tasks are numbered 1 to 26; see the names in docs/metric-references.md`,
    ]);
  });

  it('reports previous.* and change.* on the first day', () => {
    expect(errors([longDay(prose)])).toEqual([
      `${FILE}:${BODY}:46 error :metric[previous.leverage]: previous.leverage needs a previous published day, and this is the first; see the names in docs/metric-references.md`,
      `${FILE}:${BODY + 2}:10 error :metric[leverge]: "leverge" is not a metric name; did you mean :metric[leverage]?`,
      `${FILE}:${BODY + 2}:48 error :metric[task.30.factor]: there is no task 30; this day's tasks are numbered 1 to 26; see the names in docs/metric-references.md`,
      `${FILE}:${BODY + 2}:73 error :metric[change.hours]: change.hours needs a previous published day, and this is the first; see the names in docs/metric-references.md`,
    ]);
  });

  it('never takes a draft as the previous day', () => {
    const draft = parsed('content/days/2026-04-21.md', PREVIOUS_TEXT.replace('date: 2026-04-21\n', 'date: 2026-04-21\ndraft: true\n'));
    expect(errors([draft, longDay(':metric[previous.leverage]\n')])).toEqual([
      `${FILE}:${BODY}:1 error :metric[previous.leverage]: previous.leverage needs a previous published day, and this is the first; see the names in docs/metric-references.md`,
    ]);
  });

  it('finds references inside emphasis, links, list items and table cells', () => {
    const nested = '*:metric[nope1]* [at :metric[nope2]](https://example.com)\n\n- :metric[nope3]\n\n| a |\n| - |\n| :metric[nope4] |\n';
    expect(errors([previousDay(), longDay(nested)]).map((line) => line.split(' error ')[0])).toEqual([
      `${FILE}:${BODY}:2`,
      `${FILE}:${BODY}:22`,
      `${FILE}:${BODY + 2}:3`,
      `${FILE}:${BODY + 6}:3`,
    ]);
  });

  it('does not see references in code', () => {
    expect(errors([previousDay(), longDay('Write `:metric[nope]` like this:\n\n```\n:metric[nope]\n```\n')])).toEqual([]);
  });
});

describe('the Markdown pipeline', () => {
  it('leaves a placeholder for each reference and for ::summary', async () => {
    expect(await markdownHtml(':metric[leverage] and :metric[ task.1.factor ].\n\n::summary\n')).toBe(
      '<p><fulcrum-metric>leverage</fulcrum-metric> and <fulcrum-metric>task.1.factor</fulcrum-metric>.</p>\n<fulcrum-summary></fulcrum-summary>',
    );
  });

  it('shows any other directive as typed', async () => {
    expect(await markdownHtml('TODO:fix this, ratio 3:1, at 10:30, :smile[x]{.a} and a :::\n')).toBe(
      '<p>TODO:fix this, ratio 3:1, at 10:30, :smile[x]{.a} and a :::</p>',
    );
    expect(await markdownHtml('::note[hey]\n')).toBe('<p>::note[hey]</p>');
  });
});

describe('filling the placeholders', () => {
  const context = longDayContext();
  const metric = (name: string) => {
    const resolution = resolveReference(name, context);
    if (!resolution.ok) throw new Error(resolution.problem);
    return resolution.value;
  };
  const summary = h('p.data-summary', 'SUMMARY');
  const fill = async (markdown: string) => toHtml(fillPlaceholders(await renderMarkdown(markdown), { metric, summary }));

  it('spells a whole number that starts a sentence and capitalises a words value', async () => {
    expect(await fill(':metric[tasks] tasks. Then :metric[tasks] tasks. :metric[tasks.words] tasks!\n')).toBe(
      '<p>Twenty-six tasks. Then 26 tasks. Twenty-six tasks!</p>',
    );
    expect(await fill('- :metric[ai.minutes] Claude minutes.\n')).toBe('<ul>\n<li>Seven hundred four Claude minutes.</li>\n</ul>');
    // The anchor is made before the value is known, from the reference as written, so it stays when figures change.
    expect(await fill('## :metric[tasks.words] tasks\n')).toBe('<h2 id="taskswords-tasks">Twenty-six tasks</h2>');
  });

  it('leaves decimals and factors as they are at a sentence start', async () => {
    expect(await fill(':metric[leverage] leverage. :metric[hours] hours.\n')).toBe('<p>16.1x leverage. 189.08 hours.</p>');
  });

  it('keeps digits in table cells, which are not sentences', async () => {
    expect(await fill('| Tasks | Leverage |\n| --- | --- |\n| :metric[tasks] | :metric[leverage] |\n')).toContain(
      '<td>26</td>\n<td>16.1x</td>',
    );
  });

  it('puts the summary where ::summary stands', async () => {
    const tree = await renderMarkdown('Before.\n\n::summary\n\nAfter.\n');
    expect(hasSummaryMarker(tree)).toBe(true);
    expect(toHtml(fillPlaceholders(tree, { metric, summary }))).toBe('<p>Before.</p>\n<p class="data-summary">SUMMARY</p>\n<p>After.</p>');
    expect(hasSummaryMarker(await renderMarkdown('No marker.\n'))).toBe(false);
  });

  it('leaves the rendered tree as it was, so it can be filled again', async () => {
    const tree = await renderMarkdown('Closed at :metric[leverage].\n\n::summary\n\n## Notes\n\nUnchanged.\n');
    const before = structuredClone(tree);
    const filled = fillPlaceholders(tree, { metric, summary });
    expect(tree).toEqual(before);
    // What holds no placeholder is shared, not copied.
    expect(filled.children.at(-1)).toBe(tree.children.at(-1));
  });
});

describe('--fix changes no word a reader sees', () => {
  it('renders the fixed prose to the same text as the literal figures', async () => {
    const [, entry] = inContext([previousDay(), longDay(RIGHT)]);
    if (!entry) throw new Error('no day');
    const fixed = fixDayProse(FRONT_MATTER + RIGHT, entry, SETTINGS).text.slice(FRONT_MATTER.length);
    expect(fixed).toContain(':metric[tasks.words] tasks.');
    const context = longDayContext();
    const metric = (name: string) => {
      const resolution = resolveReference(name, context);
      if (!resolution.ok) throw new Error(resolution.problem);
      return resolution.value;
    };
    const text = (tree: Root) => toString(tree).replace(/\s+/g, ' ').trim();
    const shown = async (markdown: string) => text(fillPlaceholders(await renderMarkdown(markdown), { metric, summary: null }));
    expect(await shown(fixed)).toBe(await shown(RIGHT));
  });
});

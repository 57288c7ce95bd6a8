/**
 * Published posts to days: the fixture folder holds four posts we wrote in
 * the historical formats (a saved HTML page; Markdown with GFM tables and the
 * older LF/SLF headers; text copied from a browser with an extra Weeks
 * column; HTML with Weeks in place of Sup.). Three differences are planted:
 * 13.9x for 3h in 13m (double rounding), a weighted leverage printed as the
 * mean of the factors, and 0.3w for 16 hours. The audit must report those
 * three and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differenceLine } from '../../src/cli/import/audit.ts';
import { importPosts, type PostOutcome } from '../../src/cli/import/import-posts.ts';
import { dayFileText } from '../../src/lib/source/write-day.ts';

const FOLDER = join(import.meta.dirname, '../fixtures/import/posts');
const FIXTURES = readdirSync(FOLDER)
  .sort()
  .map((name) => ({ file: `posts/${name}`, bytes: readFileSync(join(FOLDER, name)) }));

const encode = (text: string) => new TextEncoder().encode(text);

function imported(outcome: PostOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`not imported: ${outcome?.file}: ${outcome?.ok === false ? outcome.message : ''}`);
  return outcome;
}

describe('the fixture folder', () => {
  const outcomes = importPosts(FIXTURES);
  const [html, markdown, text, weeks] = outcomes.map(imported);

  it('imports every post, dated from its title', () => {
    expect(outcomes.map((outcome) => [outcome.file, imported(outcome).day.draft.date, imported(outcome).dateFrom])).toEqual([
      ['posts/2026-03-02-leverage-record.html', '2026-03-02', 'title'],
      ['posts/2026-03-03-leverage-record.md', '2026-03-03', 'title'],
      ['posts/2026-03-04.txt', '2026-03-04', 'title'],
      ['posts/leverage-record-march-5-2026.html', '2026-03-05', 'title'],
    ]);
  });

  it('reports the three planted differences and nothing else', () => {
    const lines = outcomes.flatMap((outcome) => imported(outcome).day.audit.differences.map((d) => differenceLine(outcome.file, d)));
    expect(lines).toEqual([
      'posts/2026-03-02-leverage-record.html: row 2, Factor: printed 13.9x, computed 13.8x (3h in 13m = 13.846…)',
      'posts/2026-03-03-leverage-record.md: Weighted average leverage factor: printed 78.2x, computed 56.8x (40.7h in 43m = 56.790…)',
      'posts/2026-03-04.txt: row 1, Weeks: printed 0.3w, computed 0.4w (16h ÷ 40h = 0.4)',
    ]);
    // 4 rows × 2 factors + 6 aggregate figures; 3 × 2 + 6; 3 × 3 + 6; 3 × (factor, weeks) + 8 (two rows print two figures each).
    expect(outcomes.map((outcome) => imported(outcome).day.audit.comparisons.length)).toEqual([14, 12, 15, 14]);
  });

  it('writes the saved HTML page as the day an author would have typed, without the page around it', () => {
    expect(dayFileText(html!.day.draft, 'md')).toBe(`---
date: 2026-03-02
title: "Leverage Record: March 2, 2026"
tokens: 867500
tasks:
  - title: "Inventory service: add a \`reserved\` column and backfill it from open orders"
    human: 12h
    ai: 20m
    supervision: 2m
  - title: Fix the CSV export that dropped rows with a comma in the customer name
    human: 3h
    ai: 13m
    supervision: 1m
  - title: "Docs: explain the [retry policy](https://docs.harbor.example.com/retries) for webhooks"
    human: 1.5h
    ai: 9m
    supervision: 1m
  - title: Upgrade the test runner and fix the two flaky date tests
    human: 0.33h
    ai: 5m
    supervision: 0m
---
Four tasks on a Monday, most of them small fixes around the inventory service. The one large piece, a \`reserved\` column with its backfill, ran almost unattended; the CSV export fix needed more back and forth than its size suggests.

## Analysis

The backfill carried the day: twelve hours of careful SQL in twenty minutes, checked against a copy of [last week's orders](https://harbor.example.com/data/orders-sample.csv). The CSV fix shows the other end of the scale, where a small change needs as much reading as writing.

Compare with [Friday's record](https://harbor.example.com/posts/2026/2026-02-27-leverage-record.html), which was all documentation.
`);
  });

  it('leaves out what all four posts repeat, and says why', () => {
    const expected = [
      'About the author: Jonas Berg builds order and warehouse software for small retailers. More about Jonas.',
      'About These Records',
      'These records cover my own projects only, never client work. Human estimates are my own guesses of the time each task would have taken me by hand.',
      'Work with me',
      'I help small teams adopt coding agents without losing sight of quality. Book a call.',
    ].map((text) => ({ text, reason: 'repeated in 4 posts' }));
    expect(html!.day.leftOut).toEqual(expected);
    expect(markdown!.day.leftOut).toEqual(expected);
  });

  it('reads the older Markdown form: LF and SLF, Human and AI, Supv., a [reference] link, raw HTML as text', () => {
    const { draft } = markdown!.day;
    expect(draft.tokens).toBe(3_030_000);
    expect(draft.tasks).toEqual([
      { title: 'Migrate the billing cron jobs to the queue worker', human: '24h', ai: '8m', supervision: '2m' },
      { title: 'Rewrite the onboarding emails in plain text and HTML', human: '12.7h', ai: '25m', supervision: '5m' },
      { title: 'Add request IDs to every log line (`X-Request-Id`)', human: '4h', ai: '10m', supervision: '3m' },
    ]);
    expect(draft.intro).toBe(
      'Three tasks, all on the back office. The cron migration was the kind of job\nI had put off for months: twenty-four hours of careful work by hand, done\nbefore lunch. Yes, really.',
    );
    expect(draft.analysis).toBe(
      '## Analysis\n\nThe emails took longest to review: every template had to be read twice, once\nas text and once rendered. See the [email guide](https://harbor.example.com/guides/email/) for the house style.',
    );
  });

  it('reads copied text: plain-line headings, pipe tables without a delimiter row, what the browser copied above the title', () => {
    const { draft, leftOut, notes } = text!.day;
    expect(draft.title).toBe('Leverage Record: March 4, 2026');
    expect(draft.tokens).toBeUndefined();
    expect(draft.tasks.map((task) => [task.human, task.ai, task.supervision])).toEqual([
      ['16h', '15m', '2m'],
      ['6h', '12m', '2m'],
      ['2h', '7m', '1m'],
    ]);
    expect(draft.intro).toBe(
      'Three tasks for the shop front. Search finally treats sizes as variants, and the checkout shows when a parcel will arrive.',
    );
    expect(draft.analysis).toBe(
      '## Analysis\n\nSearch was the big one: sixteen hours by my estimate, mostly for the reindexing script and its tests.\n\nThe time zone bug was a one-line fix once found; finding it was the work.',
    );
    expect(leftOut.slice(0, 3)).toEqual([
      { text: 'Skip to main content', reason: 'above the title' },
      { text: 'Harbor Notes', reason: 'above the title' },
      { text: 'TIME RECORD MAR 4, 2026', reason: 'above the title' },
    ]);
    expect(notes).toEqual([]);
  });

  it('works out supervision from the Sup. Factor where a Weeks column took the place of Sup.', () => {
    const { draft, notes, leftOut } = weeks!.day;
    // 30h / 450 = 4m, 10h / 300 = 2m, 5h / 300 = 1m.
    expect(draft.tasks.map((task) => [task.human, task.ai, task.supervision])).toEqual([
      ['30h', '25m', '4m'],
      ['10h', '15m', '2m'],
      ['5h', '10m', '1m'],
    ]);
    expect(draft.tokens).toBe(595_000);
    expect(notes).toEqual([
      'supervision worked out from the Sup. Factor column (the Task Log has no Sup. column), so that column is not audited',
    ]);
    expect(draft.comment).toBe(
      [
        "Supervision worked out from the post's Sup. Factor column (it printed no Sup. column):",
        "each task's is the whole minutes that give its printed factor, rounded as Fulcrum rounds.",
        'row 1: 30h at 450.0x is 4m',
        'row 2: 10h at 300.0x is 2m',
        'row 3: 5h at 300.0x is 1m',
      ].join('\n'),
    );
    expect(dayFileText(draft, 'md').split('\n').slice(0, 4)).toEqual([
      '---',
      "# Supervision worked out from the post's Sup. Factor column (it printed no Sup. column):",
      "# each task's is the whole minutes that give its printed factor, rounded as Fulcrum rounds.",
      '# row 1: 30h at 450.0x is 4m',
    ]);
    expect(leftOut[0]).toEqual({ text: 'March 5, 2026', reason: 'as the date line' });
  });
});

function importOne(file: string, content: string, options: Parameters<typeof importPosts>[1] = {}): PostOutcome {
  const [outcome] = importPosts([{ file, bytes: encode(content) }], options);
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

const TABLE = `| # | Task | Human Est. | Claude | Sup. | Factor | Sup. Factor |
|---|---|---|---|---|---|---|
| 1 | Fix the login form | 2h | 10m | 1m | 12.0x | 120.0x |
`;

const AGGREGATE = `| Metric | Value |
|---|---|
| Total tasks | 1 |
`;

describe('a totals row in the Task Log', () => {
  // 2h + 1h = 3h; 10m + 5m = 15m; 1m + 1m = 2m; 3h in 15m = 12.0x; each task 120m / 10m = 60m / 5m = 12.0x.
  const rows = `| # | Task | Human Est. | Claude | Sup. | Factor |
|---|---|---|---|---|---|
| 1 | Fix the login form | 2h | 10m | 1m | 12.0x |
| 2 | Add a health check | 1h | 5m | 1m | 12.0x |
`;

  it("is not a task: its figures are audited against the day's totals", () => {
    const outcome = imported(importOne('posts/2026-03-09.md', `${rows}| | **Total** | **3h** | **15m** | **2m** | **12.0x** |\n`));
    expect(outcome.day.draft.tasks.map((task) => task.title)).toEqual(['Fix the login form', 'Add a health check']);
    expect(outcome.day.audit.comparisons.map((c) => [c.row, c.label, c.printed, c.agrees])).toEqual([
      [1, 'Factor', '12.0x', true],
      [2, 'Factor', '12.0x', true],
      [3, 'Human Est.', '3h', true],
      [3, 'Claude', '15m', true],
      [3, 'Sup.', '2m', true],
      [3, 'Factor', '12.0x', true],
    ]);
  });

  it('reports a wrong total with its exact value', () => {
    const outcome = imported(importOne('posts/2026-03-09.md', `${rows}| Total | | 3h | 16m | | 11.3x |\n`));
    expect(outcome.day.audit.differences.map((d) => differenceLine('posts/2026-03-09.md', d))).toEqual([
      'posts/2026-03-09.md: row 3, Claude: printed 16m, computed 15m (sum of 2 tasks = 15m)',
      'posts/2026-03-09.md: row 3, Factor: printed 11.3x, computed 12.0x (3h in 15m = 12)',
    ]);
  });

  it("is read from an HTML table's <tfoot>", () => {
    const page = `<h1>Leverage Record: March 9, 2026</h1><table>
<thead><tr><th>Task</th><th>Human</th><th>Claude</th><th>Sup.</th></tr></thead>
<tbody><tr><td>Fix the login form</td><td>2h</td><td>10m</td><td>1m</td></tr><tr><td>Add a health check</td><td>1h</td><td>5m</td><td>1m</td></tr></tbody>
<tfoot><tr><td>Totals</td><td>3h</td><td>15m</td><td>2m</td></tr></tfoot></table>`;
    const outcome = imported(importOne('posts/day.html', page));
    expect(outcome.day.draft.tasks).toHaveLength(2);
    expect(outcome.day.audit.comparisons.map((c) => [c.row, c.label, c.agrees])).toEqual([
      [3, 'Human', true],
      [3, 'Claude', true],
      [3, 'Sup.', true],
    ]);
  });

  it('refuses the post when a task follows the totals', () => {
    const post = `| Task | Human | AI | Sup. |\n|---|---|---|---|\n| A | 1h | 6m | 1m |\n| Total | 1h | 6m | 1m |\n| B | 2h | 6m | 1m |\n`;
    expect(importOne('posts/2026-03-09.md', post)).toMatchObject({
      ok: false,
      message:
        'row 2 ("Total") reads as the totals of the Task Log, but row 3 after it is a task; move the totals to the end of the table, or remove them',
    });
  });
});

describe('the oldest format, and durations spelled with words', () => {
  it('reads hours, hour, hrs, minutes, minute and min, and writes them as a day writes them', () => {
    const post = `| Task | Human | Claude | Sup. |
|---|---|---|---|
| Port the importer to streams | 120 hours | 40 min | 5 minutes |
| Fix the flaky upload test | 1 hour | 1 minute | 0 minutes |
| Tidy the changelog | 1 hr 30 mins | 2.5 min | 1 min. |
`;
    expect(imported(importOne('posts/2026-03-09.md', post)).day.draft.tasks.map((task) => [task.human, task.ai, task.supervision])).toEqual(
      [
        ['120h', '40m', '5m'],
        ['1h', '1m', '0m'],
        ['1h 30m', '2.5m', '1m'],
      ],
    );
  });

  // 120h in 40m = 7200 / 40 = 180; 1h in 5m = 12; 121h = 7260m in 45m = 161.333….
  const OLDEST = `# Leverage Record: June 3, 2025

## The Numbers

| # | Task | Human Est. | Claude | Leverage |
|---|---|---|---|---|
| 1 | Port the importer to streams | 120 hours | 40 min | 180x |
| 2 | Fix the flaky upload test | 1 hour | 5 minutes | 13x |

| Metric | Value |
|---|---|
| Total human-equivalent hours | 121 |
| Total Claude minutes | 45 |
| Weighted average leverage factor | 161.3x |
| Weighted average supervisory leverage factor | 400x |
`;

  it('imports "The Numbers" with no supervision column as a day that logs none, and audits what it can read', () => {
    const outcome = importOne('posts/2025-06-03.md', OLDEST);
    if (!outcome.ok) throw new Error(`not imported: ${outcome.message}`);
    const { draft, notes, audit } = outcome.day;
    // Durations spelled out are written as a day writes them; no task has supervision.
    expect(draft.tasks).toEqual([
      { title: 'Port the importer to streams', human: '120h', ai: '40m' },
      { title: 'Fix the flaky upload test', human: '1h', ai: '5m' },
    ]);
    expect(dayFileText(draft, 'md').split('\n').slice(0, 10)).toEqual([
      '---',
      'date: 2025-06-03',
      'title: "Leverage Record: June 3, 2025"',
      'tasks:',
      '  - title: Port the importer to streams',
      '    human: 120h',
      '    ai: 40m',
      '  - title: Fix the flaky upload test',
      '    human: 1h',
      '    ai: 5m',
    ]);
    expect(notes).toEqual([
      'no supervision logged: the Task Log (columns "#", "Task", "Human Est.", "Claude", "Leverage") has no Sup. column, so the day logs none and its supervisory figures show as not logged',
    ]);
    expect(audit.differences.map((d) => differenceLine(outcome.file, d))).toEqual([
      'posts/2025-06-03.md: row 2, Leverage: printed 13x, computed 12x (1h in 5m = 12)',
    ]);
    expect(audit.comparisons).toHaveLength(5);
    expect(audit.notChecked).toEqual(['Weighted average supervisory leverage factor (the post logs no supervision)']);
  });

  it('audits the rows it can read of a post refused for one it cannot', () => {
    const post = `${TABLE}| 2 | Review the pull request | about 2 | 10m | 1m | 12.0x | 120.0x |\n\n| Metric | Value |\n|---|---|\n| Total tasks | 2 |\n`;
    const outcome = importOne('posts/2026-03-09.md', post);
    expect(outcome).toMatchObject({
      ok: false,
      message: 'row 2, Human Est.: "about 2" is not a duration; write a number and a unit, such as 17m, 2.5h or 1h 30m',
    });
    if (outcome.ok || outcome.audit === undefined) throw new Error('not audited');
    expect(outcome.audit.comparisons.map((c) => [c.row, c.label, c.agrees])).toEqual([
      [1, 'Factor', true],
      [1, 'Sup. Factor', true],
    ]);
    expect(outcome.audit.notChecked).toEqual(['Total tasks (not every row of the Task Log could be read)']);
  });
});

describe('a table inside a Task Log cell', () => {
  it("keeps the cell's text readable: the inner table's cells between commas, its rows between semicolons", () => {
    const inner = '<table><tr><th>Step</th><th>Time</th></tr><tr><td>inner</td><td>99h</td></tr></table>';
    const page = `<h1>Leverage Record: March 9, 2026</h1><table><tr><th>Task</th><th>Human</th><th>Claude</th><th>Sup.</th></tr>
<tr><td>Outer task${inner}</td><td>2h</td><td>10m</td><td>1m</td></tr></table>`;
    const markdown = `| Task | Human | AI | Sup. |\n|---|---|---|---|\n| Outer task ${inner} | 2h | 10m | 1m |\n`;
    for (const [file, content] of [
      ['posts/day.html', page],
      ['posts/2026-03-09.md', markdown],
    ] as const) {
      const outcome = imported(importOne(file, content));
      expect(outcome.day.draft.tasks).toEqual([
        { title: 'Outer task (Step, Time; inner, 99h)', human: '2h', ai: '10m', supervision: '1m' },
      ]);
    }
  });

  it('reports a Markdown post whose table cell holds HTML nested thousands deep, and imports the others', () => {
    const cell = `<table><tr><td>${'<span>'.repeat(5000)}x</td></tr></table>`;
    const outcomes = importPosts([
      { file: 'a/2026-03-09.md', bytes: encode(`| Task | Human | AI | Sup. |\n|---|---|---|---|\n| Outer ${cell} | 2h | 10m | 1m |\n`) },
      { file: 'a/2026-03-10.md', bytes: encode(TABLE) },
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? 'imported' : outcome.message))).toEqual([
      'elements are nested too deeply to be read; flatten them',
      'imported',
    ]);
  });
});

describe('text copied from a browser', () => {
  it('reads tables copied as tab-separated cells, and pipe tables with a delimiter row', () => {
    const tabs = 'Leverage Record: March 9, 2026\nTask Log\n#\tTask\tHuman Est.\tClaude\tSup.\n1\tFix the | pipe\t2h\t10m\t1m\n';
    const pipes =
      'Leverage Record: March 9, 2026\n| Task | Human | AI | Sup. |\n| --- | --- | --- | --- |\n| Fix the \\| pipe | 2h | 10m | 1m |\n';
    for (const content of [tabs, pipes]) {
      const outcome = imported(importOne('posts/day.txt', content));
      expect(outcome.day.draft.tasks).toEqual([{ title: 'Fix the | pipe', human: '2h', ai: '10m', supervision: '1m' }]);
    }
  });
});

describe('a post that cannot be imported', () => {
  it('names every kind of file it reads when given one it does not', () => {
    expect(importOne('posts/2026-03-09.pdf', '%PDF')).toEqual({
      file: 'posts/2026-03-09.pdf',
      ok: false,
      message: 'not a post: import reads .html, .htm, .xhtml, .md, .markdown, .txt and .text files',
    });
  });

  it('names what is missing when the page has no table', () => {
    expect(importOne('posts/notes.html', '<h1>Notes for March 9, 2026</h1><p>No table here.</p>')).toEqual({
      file: 'posts/notes.html',
      ok: false,
      message:
        "no Task Log: the page has no table; a Task Log is a table with the columns Task, Human Est., Claude (or the agent's name) and Sup.",
    });
  });

  it('names the missing column and the columns it found', () => {
    const outcome = importOne('posts/2026-03-09.md', '# Day\n\n| # | Task | Claude | Sup. |\n|---|---|---|---|\n| 1 | A | 5m | 1m |\n');
    expect(outcome).toMatchObject({
      ok: false,
      message: 'no Task Log: no column for Human Est. in its one table, with the columns "#", "Task", "Claude", "Sup."',
    });
  });

  it('names the row, the column and the fix for a duration the one parser does not accept', () => {
    expect(importOne('posts/2026-03-09.md', TABLE.replace('| 2h |', '| about 2 |'))).toMatchObject({
      ok: false,
      message: 'row 1, Human Est.: "about 2" is not a duration; write a number and a unit, such as 17m, 2.5h or 1h 30m',
    });
    expect(importOne('posts/2026-03-09.md', TABLE.replace('| 10m |', '| 10 |'))).toMatchObject({
      ok: false,
      message: 'row 1, Claude: "10" has no unit; write 10m (minutes) or 0.2h (hours)',
    });
    expect(importOne('posts/2026-03-09.md', TABLE.replace('| 10m |', '| 0m |'))).toMatchObject({
      ok: false,
      message: 'row 1, Claude: "0m", but the agent\'s time must be more than 0m',
    });
  });

  it('asks for a date when none of the four places gives one', () => {
    expect(importOne('posts/notes.md', `# Notes\n\n${TABLE}`)).toMatchObject({
      ok: false,
      message:
        'no date: none in the title, a <time> element, the address or the file name; name the file after the day, e.g. 2026-04-22.html',
    });
  });

  it('reports a post nested 1,000 levels deep, with the line, and imports the others', () => {
    // Front matter of 4 lines, then a title: the list starts on line 7, and its 33rd level (2 spaces each) on line 39.
    const list = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');
    const quotes = `${'> '.repeat(1000)}deep`;
    const emphasis = `${'*'.repeat(1000)}deep${'*'.repeat(1000)}`;
    const html = `<h1>Day</h1>\n${'<ul><li>x'.repeat(40)}${'</li></ul>'.repeat(40)}`;
    const deeperHtml = `<h1>Day</h1>\n${'<blockquote>'.repeat(5000)}`;
    const outcomes = importPosts([
      { file: 'a/2026-03-08.md', bytes: encode(`---\ntitle: Deep\ndate: 2026-03-08\n---\n# Deep\n\n${list}\n\n${TABLE}`) },
      { file: 'a/2026-03-09.md', bytes: encode(`# Day\n\n${quotes}\n\n${TABLE}`) },
      { file: 'a/2026-03-10.md', bytes: encode(`# Day\n\n${emphasis}\n\n${TABLE}`) },
      { file: 'a/2026-03-11.html', bytes: encode(html) },
      { file: 'a/2026-03-12.html', bytes: encode(deeperHtml) },
      { file: 'a/2026-03-13.md', bytes: encode(TABLE) },
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? 'imported' : outcome.message))).toEqual([
      'line 39: quotes and lists are nested 33 levels deep here; at most 32 are allowed: flatten them',
      'line 3: quotes and lists are nested 1000 levels deep here; at most 32 are allowed: flatten them',
      'line 3: Markdown is nested more than 32 levels deep here (quotes, lists, emphasis, links or struck-out text inside each other); flatten it',
      'line 2: quotes, lists, emphasis or links are nested more than 32 levels deep here; flatten them',
      'elements are nested too deeply to be read; flatten them',
      'imported',
    ]);
  });

  it('does not stop the others', () => {
    const outcomes = importPosts([
      { file: 'a/notes.html', bytes: encode('<p>nothing</p>') },
      { file: 'a/2026-03-09.md', bytes: encode(TABLE) },
      { file: 'a/2026-03-10.md', bytes: new Uint8Array([0x48, 0xe9, 0x0a]) },
    ]);
    expect(outcomes.map((outcome) => [outcome.file, outcome.ok])).toEqual([
      ['a/notes.html', false],
      ['a/2026-03-09.md', true],
      ['a/2026-03-10.md', false],
    ]);
    expect(outcomes[2]).toMatchObject({
      message: 'not UTF-8 (the first bad byte is at line 1, column 2); save it as UTF-8 and import it again',
    });
  });
});

describe('imported text', () => {
  it('keeps links and inline code, and makes everything else plain text, never live HTML', () => {
    const page = `<html><head><link rel="canonical" href="https://old.example.com/2026/03/09/day.html"></head><body><article>
<h1>Leverage Record: March 9, 2026</h1>
<p>Tried <b onclick="steal()">bold</b>, <a href="javascript:alert(1)">a trap</a>, <a href="../about/">a relative link</a>,
<a href="#top">an anchor</a>, <code>&lt;script&gt;</code> and the text &lt;script&gt;alert(1)&lt;/script&gt;.</p>
<script>alert("gone")</script><img src="x" onerror="alert(1)" alt="A chart of the week">
<iframe src="https://ads.example.com/"></iframe>
<h2>Before the log</h2>
<table><tr><th>Task</th><th>Human</th><th>AI</th><th>Sup.</th></tr>
<tr><td>Use <em>:metric[leverage]</em> and <img src=x onerror=alert(2) alt="an image"> in a title</td><td>1h</td><td>6m</td><td>1m</td></tr></table>
<h3>Notes</h3><p>::summary</p>
</article></body></html>`;
    const outcome = imported(importOne('posts/day.html', page));
    const { draft } = outcome.day;
    expect(draft.intro).toBe(
      // ../about/ from /2026/03/09/day.html is /2026/03/about/; a line break in HTML is a space.
      'Tried bold, a trap, [a relative link](https://old.example.com/2026/03/about/), an anchor, `<script>` and the text \\<script>alert(1)\\</script>.\n\nA chart of the week\n\n### Before the log',
    );
    expect(draft.tasks[0]?.title).toBe('Use \\:metric\\[leverage] and an image in a title');
    expect(draft.analysis).toBe('### Notes\n\n\\::summary');
  });

  it("keeps a Markdown post's :metric[…] as the words it was, escaped, not a directive", () => {
    const outcome = imported(importOne('posts/2026-03-09.md', `# Day\n\nSaw :metric[leverage] today.\n\n${TABLE}`));
    expect(outcome.day.draft.intro).toBe('Saw \\:metric\\[leverage] today.');
  });

  it('moves headings of the intro below level two, where a ## would end it', () => {
    const outcome = imported(importOne('posts/2026-03-09.md', `# Day\n\nIntro.\n\n## Context\n\nMore.\n\n## Task Log\n\n${TABLE}`));
    expect(outcome.day.draft.intro).toBe('Intro.\n\n### Context\n\nMore.');
  });

  it('drops only a heading that names its table; any other heading above a table stays', () => {
    const named = imported(
      importOne('posts/2026-03-09.md', `# Day\n\nIntro.\n\n## The Numbers\n\n${TABLE}\n### Aggregate Stats:\n\n${AGGREGATE}`),
    );
    expect(named.day.draft.intro).toBe('Intro.');
    expect(named.day.draft.analysis).toBeUndefined();
    const decorated = imported(
      importOne('posts/2026-03-09.md', `# Day\n\nIntro.\n\n## Task Log (1 task)\n\n${TABLE}\n## 📊 Today's Stats\n\n${AGGREGATE}`),
    );
    expect([decorated.day.draft.intro, decorated.day.draft.analysis]).toEqual(['Intro.', undefined]);
    const summary = imported(importOne('posts/2026-03-09.md', `# Day\n\n${TABLE}\n## Summary\n\n${AGGREGATE}\n## Key metrics\n\nProse.`));
    expect(summary.day.draft.analysis).toBe('## Key metrics\n\nProse.');
    const post = `# Day\n\nIntro.\n\n## Tuesday: shipped the billing rewrite, finally\n\n${TABLE}\n## How the day added up\n\n${AGGREGATE}`;
    const other = imported(importOne('posts/2026-03-09.md', post));
    expect(other.day.draft.intro).toBe('Intro.\n\n### Tuesday: shipped the billing rewrite, finally');
    expect(other.day.draft.analysis).toBe('## How the day added up');
  });

  it('keeps two lines of prose that a rule under them made a setext heading above the Task Log', () => {
    const outcome = imported(importOne('posts/2026-03-09.md', `# Day\n\nShipped the rewrite.\nIt took all day.\n---\n\n${TABLE}`));
    expect(outcome.day.draft.intro).toBe('### Shipped the rewrite. It took all day.');
  });

  it('leaves out what a --drop pattern names, a heading with its section', () => {
    const post = `# Day\n\n_Disclaimer: my own estimates._\n\nToday.\n\n${TABLE}\n## Analysis\n\nGood.\n\n## About the author\n\nJonas writes.\n\n[Book a call](https://x.example.com/)\n`;
    const outcome = imported(importOne('posts/2026-03-09.md', post, { drop: ['disclaimer', 'ABOUT THE AUTHOR'] }));
    expect(outcome.day.draft.intro).toBe('Today.');
    expect(outcome.day.draft.analysis).toBe('## Analysis\n\nGood.');
    expect(outcome.day.leftOut).toEqual([
      { text: 'Disclaimer: my own estimates.', reason: 'matches --drop "disclaimer"' },
      { text: 'About the author', reason: 'matches --drop "ABOUT THE AUTHOR"' },
      { text: 'Jonas writes.', reason: 'under a heading that matches --drop "ABOUT THE AUTHOR"' },
      { text: 'Book a call', reason: 'under a heading that matches --drop "ABOUT THE AUTHOR"' },
    ]);
  });

  it('leaves out a teaser cut off above the paragraph it repeats', () => {
    const post = `# Day\n\nThree tasks on a quiet Tuesday, mostly reviews of older…\n\nThree tasks on a quiet Tuesday, mostly reviews of older branches.\n\n${TABLE}`;
    const outcome = imported(importOne('posts/2026-03-10.md', post));
    expect(outcome.day.draft.intro).toBe('Three tasks on a quiet Tuesday, mostly reviews of older branches.');
    expect(outcome.day.leftOut).toEqual([
      { text: 'Three tasks on a quiet Tuesday, mostly reviews of older…', reason: 'as a teaser of the paragraph after it' },
    ]);
  });

  it('notes a date that disagrees with the title, and columns it does not import', () => {
    const post = `<h1>Leverage Record: March 9, 2026</h1><time datetime="2026-03-10">Mar 10</time>
<table><tr><th>Task</th><th>Human</th><th>Claude</th><th>Sup.</th><th>Repo</th></tr><tr><td>A</td><td>1h</td><td>6m</td><td>1m</td><td>shop</td></tr></table>`;
    const outcome = imported(importOne('posts/2026-03-11.html', post));
    expect(outcome.day.draft.date).toBe('2026-03-09');
    expect(outcome.day.notes).toEqual([
      'column "Repo" not imported',
      "the time says 2026-03-10 (<time> 2026-03-10); the title's 2026-03-09 is used",
      "the file name says 2026-03-11 (2026-03-11.html); the title's 2026-03-09 is used",
      'no Aggregate Statistics table: only the Task Log was audited',
    ]);
  });
});

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

describe('text copied from a browser', () => {
  it('reads tables copied as tab-separated cells, and pipe tables with a delimiter row', () => {
    const tabs = 'Leverage Record: March 9, 2026\nTask Log\n#\tTask\tHuman Est.\tClaude\tSup.\n1\tFix the | pipe\t2h\t10m\t1m\n';
    const pipes = 'Leverage Record: March 9, 2026\n| Task | Human | AI | Sup. |\n| --- | --- | --- | --- |\n| Fix the \\| pipe | 2h | 10m | 1m |\n';
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
      message: 'no date: none in the title, a <time> element, the address or the file name; name the file after the day, e.g. 2026-04-22.html',
    });
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
    expect(outcomes[2]).toMatchObject({ message: 'not UTF-8 (the first bad byte is at line 1, column 2); save it as UTF-8 and import it again' });
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
      'Tried bold, a trap, [a relative link](https://old.example.com/2026/03/about/), an anchor, `<script>` and the text \\<script>alert(1)\\</script>.\n\nA chart of the week',
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

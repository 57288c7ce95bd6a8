/**
 * What the search index holds for a post: made from the published day (the
 * model the pages use), so metric references read as their values, and task
 * titles as text without their Markdown. Expected texts are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { prepareDayFile } from '../../src/lib/project/prepare-day.ts';
import { publishDays } from '../../src/lib/published/publish.ts';
import { searchRecord } from '../../src/lib/search/record.ts';

const SITE = {
  language: 'en',
  aiName: 'Claude',
  summary: { enabled: true, template: '{tasks.words} {tasks.noun} in {ai.minutes} minutes of agent time.' },
};

async function published(text: string) {
  const prepared = await prepareDayFile('content/days/2026-04-22.md', new TextEncoder().encode(text));
  const { day } = prepared.parsed;
  if (!day || !prepared.rendered) throw new Error('the day did not prepare');
  const [only] = publishDays([{ date: day.date, file: day.file, frontmatter: day.frontmatter, rendered: prepared.rendered }], SITE);
  if (!only) throw new Error('nothing published');
  return only;
}

const FRONT =
  '---\ndate: 2026-04-22\ntasks:\n' +
  '  - title: "Split the `InvoiceService` in *two*"\n    human: 2h\n    ai: 20m\n    supervision: 5m\n' +
  '  - title: Fix the login form\n    human: 3h\n    ai: 10m\n    supervision: 2m\n---\n';

describe('a post as the search index holds it', () => {
  it('has its address below the base path, its title and date apart, its tasks by rank, its prose with values and the summary', async () => {
    // Leverage: 300 min of human time over 30 min of agent time = 10.0x. Ranks: 180 / 10 = 18.0x first, 120 / 20 = 6.0x second.
    const day = await published(`${FRONT}A good day: :metric[leverage] leverage.\n\n## Analysis\n\nThe login form was *quick*.\n`);
    // The default title is only the date, which a result shows above its excerpt: the text starts with the tasks.
    expect(searchRecord(day, 'en')).toEqual({
      url: '/2026/04/22/',
      title: 'Leverage Record: April 22, 2026',
      date: '2026-04-22',
      content: [
        'Fix the login form',
        'Split the InvoiceService in two',
        'A good day: 10.0x leverage.',
        'Two tasks in 30 minutes of agent time.',
        'Analysis\n\nThe login form was quick.',
      ].join('\n'),
    });
  });

  it("starts with the author's own title, so its words find the post", async () => {
    const day = await published(FRONT.replace('date: 2026-04-22\n', 'date: 2026-04-22\ntitle: Invoices, split at last\n') + 'Done.\n');
    const record = searchRecord(day, 'en');
    expect(record.title).toBe('Invoices, split at last');
    expect(record.content.split('\n').slice(0, 3)).toEqual([
      'Invoices, split at last',
      'Fix the login form',
      'Split the InvoiceService in two',
    ]);
  });

  it('holds the summary once, where the author placed it', async () => {
    const day = await published(`${FRONT}Before.\n\n::summary\n\nAfter.\n`);
    expect(searchRecord(day, 'en').content.split('\n').slice(2)).toEqual([
      'Before.',
      '',
      'Two tasks in 30 minutes of agent time.',
      '',
      'After.',
    ]);
  });
});

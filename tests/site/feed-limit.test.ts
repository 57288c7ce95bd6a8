/**
 * `feedItems` in site.yaml (default 12) caps every feed at the newest days,
 * and an `updated` date in a day file becomes its updated time. One small
 * build of three days with feedItems: 2, from a content folder whose
 * site.yaml address has a path: that address alone sets the base path.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, markdownDay, SITE_YAML } from '../support/content-folder.ts';
import { contentBuild } from '../support/extra-builds.ts';
import { readAtom, readJsonFeed, readRss } from '../support/feeds.ts';

const SITE = 'https://notes.example.com/field/';
let content: string;
let dir: string;

beforeAll(() => {
  content = contentFolder({
    'site.yaml': `${SITE_YAML.replace('url: https://notes.example.com/', `url: ${SITE}`)}feedItems: 2\n`,
    'days/2026-04-20.md': markdownDay('2026-04-20'),
    'days/2026-04-21.md': markdownDay('2026-04-21').replace('date: 2026-04-21\n', 'date: 2026-04-21\nupdated: 2026-04-25\n'),
    'days/2026-04-22.md': markdownDay('2026-04-22'),
  });
  dir = contentBuild('feed-limit', content);
});

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
});

describe.each([
  { format: 'RSS', read: readRss },
  { format: 'Atom', read: readAtom },
  { format: 'JSON Feed', read: readJsonFeed },
])('with feedItems: 2, the $format feed', ({ read }) => {
  it('carries the two newest of the three days, under the base path from site.yaml', () => {
    expect(read(dir).items.map(({ link, title }) => [link, title])).toEqual([
      [`${SITE}2026/04/22/`, 'Leverage Record: April 22, 2026'],
      [`${SITE}2026/04/21/`, 'Leverage Record: April 21, 2026'],
    ]);
  });
});

describe.each([
  { format: 'Atom', read: readAtom },
  { format: 'JSON Feed', read: readJsonFeed },
])('an updated date in the $format feed', ({ read }) => {
  it("is the day's updated time; its publication time stays the day's own", () => {
    expect(read(dir).items.map(({ published, updated }) => [published, updated])).toEqual([
      ['2026-04-22T12:00:00+02:00', '2026-04-22T12:00:00+02:00'],
      ['2026-04-21T12:00:00+02:00', '2026-04-25T12:00:00+02:00'],
    ]);
  });
});

it("Atom's own updated time is the newest update, not the newest publication", () => {
  expect(readAtom(dir).updated).toBe('2026-04-25T12:00:00+02:00');
});

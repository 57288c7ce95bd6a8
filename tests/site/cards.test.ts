/**
 * Social cards in dist/og/: one 1200×630 PNG per published post and one for
 * the site, each named by its page's og:image with alt text that says what
 * the card shows. The size is read from the PNG's own IHDR chunk.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readDist } from '../support/dist.ts';
import { PUBLISHED } from '../support/expected-days.ts';
import { readHead } from '../support/head.ts';

const SITE = 'https://fulcrum.example.com/';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a valid PNG has right after its 8-byte signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)], `${file} has the PNG signature`).toEqual(PNG_SIGNATURE);
  expect(bytes.readUInt32BE(8), `${file}: IHDR is 13 bytes long`).toBe(13);
  expect(bytes.subarray(12, 16).toString('latin1'), `${file}: the first chunk is IHDR`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

it('dist/og/ holds a card for each published post and one for the site, and nothing else', () => {
  expect(readdirSync(join(DIST, 'og')).sort()).toEqual([...PUBLISHED.map((day) => `${day.date}.png`), 'site.png'].sort());
});

it.each([...PUBLISHED.map((day) => `${day.date}.png`), 'site.png'])('og/%s is a 1200×630 PNG', (name) => {
  expect(pngSize(join(DIST, 'og', name))).toEqual({ width: 1200, height: 630 });
});

it('draws a different card for every post', () => {
  const digests = PUBLISHED.map((day) =>
    createHash('sha256')
      .update(readFileSync(join(DIST, 'og', `${day.date}.png`)))
      .digest('hex'),
  );
  expect(new Set(digests).size).toBe(PUBLISHED.length);
});

describe.each(PUBLISHED)('the post of $date', (day) => {
  const head = readHead(readDist(`${day.path}index.html`));
  const [tasks, hours, , , , leverage] = day.totals;

  it('is previewed with its own card', () => {
    expect(head.meta.get('og:image')).toBe(`${SITE}og/${day.date}.png`);
    expect(head.meta.get('twitter:image')).toBe(`${SITE}og/${day.date}.png`);
  });

  it("describes the card with the day's leverage, human hours and task count", () => {
    const alt = head.meta.get('og:image:alt') ?? '';
    expect(alt).toContain(day.title);
    expect(alt).toContain(`${leverage} leverage`);
    expect(alt).toContain(`${hours} human hours`);
    expect(alt).toContain(`${tasks} ${tasks === '1' ? 'task' : 'tasks'}`);
  });
});

it('the alt text of the card of 2026-04-22 reads 16.1x leverage, 189.08 human hours, 26 tasks', () => {
  expect(readHead(readDist('2026/04/22/index.html')).meta.get('og:image:alt')).toBe(
    'Fulcrum Field Notes, Leverage Record: April 22, 2026: 16.1x leverage, 189.08 human hours, 26 tasks',
  );
});

/**
 * Metric references and the claims check as an author meets them. One build
 * of the sample content whose 2026-04-22 prose names its figures by
 * reference (and site.yaml its own summary template): the page, its meta
 * description, the RSS and JSON feeds all show the values, never a name.
 * Then `npm run check` on throwaway folders: --fix shows its diff, writes only
 * with --yes, and --strict fails on a wrong figure.
 *
 * Values (worked out in tests/unit/claims.test.ts): 04-22 has 26 tasks,
 * 16.1x leverage, 704 Claude minutes, task #1 at 98.8x; the previous
 * published day 04-21 closed at 10.6x. 04-14, the first day, has one task at
 * 6h in 23m = 15.65… → 15.7x and no previous day.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, SITE_YAML } from '../support/content-folder.ts';
import { attrsOf, element, elements, textOf } from '../support/html.ts';
import { npmRun, SAMPLE_CONTENT } from '../support/npm-run.ts';
import { buildSite } from '../support/site-build.ts';
import { BODY, FRONT_MATTER, PREVIOUS_TEXT } from '../support/prose-corpus.ts';

const PROSE = `:metric[tasks.words] tasks. The day closed at :metric[leverage], :metric[change.leverage] yesterday, and the lesson editor alone ran at :metric[logged.1.factor].

Yesterday's figure was :metric[previous.leverage]. TODO:fix the flaky proration test before the release.

::summary

The rest of the intro.

## Analysis

:metric[tasks] tasks is the most I have logged in a single day, in :metric[ai.minutes] Claude minutes.
`;

const FIRST_PARAGRAPH = 'Twenty-six tasks. The day closed at 16.1x, up from 10.6x yesterday, and the lesson editor alone ran at 98.8x.';
const SECOND_PARAGRAPH = 'Yesterday’s figure was 10.6x. TODO:fix the flaky proration test before the release.';
const ANALYSIS = 'Twenty-six tasks is the most I have logged in a single day, in 704 Claude minutes.';
/** The site's own template: {change.leverage} has no value on the first day. */
const TEMPLATE = '{tasks.words} {tasks.noun} at {leverage}, {change.leverage}.';
const SUMMARY = 'Twenty-six tasks at 16.1x, up from 10.6x.';

describe('a site whose prose uses metric references', () => {
  let content: string;
  let out: string;
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  /** The `<p>` elements of the page's prose, as text. */
  const paragraphs = (html: string) => elements(html, 'div.prose p').map(textOf);

  beforeAll(() => {
    const days = Object.fromEntries(
      readdirSync(join(SAMPLE_CONTENT, 'days')).map((name) => [
        `days/${name}`,
        name === '2026-04-22.md' ? FRONT_MATTER + PROSE : readFileSync(join(SAMPLE_CONTENT, 'days', name), 'utf8'),
      ]),
    );
    const site = `${readFileSync(join(SAMPLE_CONTENT, 'site.yaml'), 'utf8')}summary:\n  template: "${TEMPLATE}"\n`;
    content = contentFolder({ 'site.yaml': site, ...days });
    out = join(content, 'dist');
    // In an author's environment: the test runner's NODE_ENV=test would publish the draft of 04-20 and make it 04-21's previous day.
    const result = buildSite({ content, out });
    expect(result.stderr).not.toMatch(/error|warning/i);
    expect(result.status).toBe(0);
  });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('shows the values in the page’s prose, a number that starts a sentence spelled, TODO:fix as typed', () => {
    expect(paragraphs(read('2026/04/22/index.html'))).toEqual([
      FIRST_PARAGRAPH,
      SECOND_PARAGRAPH,
      SUMMARY,
      'The rest of the intro.',
      ANALYSIS,
    ]);
  });

  it('puts the summary where ::summary stands, and only there', () => {
    const html = read('2026/04/22/index.html');
    expect(html.split('class="data-summary"')).toHaveLength(2);
    const summary = html.indexOf('<p class="data-summary" dir="auto">');
    expect(summary).toBeGreaterThan(html.indexOf('TODO:fix'));
    expect(summary).toBeLessThan(html.indexOf('The rest of the intro.'));
    expect(summary).toBeLessThan(html.indexOf('id="task-log"'));
  });

  it('leaves no placeholder or metric name in any page or feed', () => {
    for (const path of ['2026/04/22/index.html', 'index.html', 'rss.xml', 'feed.json', 'atom.xml']) {
      expect(read(path)).not.toMatch(/fulcrum-(?:metric|summary)|:metric\[|tasks\.words|task\.1\.factor/);
    }
  });

  it('takes the description from the intro with the values filled in', () => {
    const html = read('2026/04/22/index.html');
    expect(attrsOf(element(html, 'meta[name="description"]')).content).toBe(FIRST_PARAGRAPH);
    expect(textOf(read('index.html'))).toContain(FIRST_PARAGRAPH);
  });

  it('shows the same values in the RSS item', () => {
    const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' }).parse(
      read('rss.xml'),
    );
    const items = feed.rss.channel.item as { link: string; description: string; 'content:encoded': string }[];
    const item = items.find((entry) => entry.link.endsWith('/2026/04/22/'));
    expect(item?.description).toBe(FIRST_PARAGRAPH);
    const text = textOf(item?.['content:encoded'] ?? '');
    for (const part of [FIRST_PARAGRAPH, SECOND_PARAGRAPH, SUMMARY, ANALYSIS]) expect(text).toContain(part);
  });

  it('shows the same values in the JSON feed', () => {
    const feed = JSON.parse(read('feed.json')) as { items: { url: string; summary: string; content_html: string }[] };
    const item = feed.items.find((entry) => entry.url.endsWith('/2026/04/22/'));
    expect(item?.summary).toBe(FIRST_PARAGRAPH);
    expect(textOf(item?.content_html ?? '')).toContain(`${FIRST_PARAGRAPH} ${SECOND_PARAGRAPH} ${SUMMARY}`);
  });

  it('fills the site’s summary template on the first day too, with a dash for the change it cannot have', () => {
    const html = read('2026/04/14/index.html');
    expect(textOf(element(html, 'p.data-summary'))).toBe('One task at 15.7x, —.');
  });
});

describe('npm run check on literal figures', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const LITERAL = 'Twenty-six tasks. The day closed at 16.1x, up from 10.6x yesterday.\n';
  const REFERENCED = ':metric[tasks.words] tasks. The day closed at :metric[leverage], up from :metric[previous.leverage] yesterday.\n';

  function folder(prose: string): { dir: string; day: string } {
    const dir = contentFolder({ 'site.yaml': SITE_YAML, 'days/2026-04-21.md': PREVIOUS_TEXT, 'days/2026-04-22.md': FRONT_MATTER + prose });
    folders.push(dir);
    return { dir, day: join(dir, 'days/2026-04-22.md') };
  }

  it('--fix without a terminal shows the diff and writes nothing', () => {
    const { dir, day } = folder(LITERAL);
    const file = `${dir}/days/2026-04-22.md`;
    expect(npmRun('check', ['--fix', file], { FULCRUM_CONTENT: dir })).toEqual({
      status: 0,
      stdout: [
        'Checked 2 days with 31 tasks, 2026-04-21 to 2026-04-22: no problems.',
        `--- ${file}`,
        `+++ ${file}`,
        `@@ line ${BODY} @@`,
        `-${LITERAL.trimEnd()}`,
        `+${REFERENCED.trimEnd()}`,
        `--fix: would write 1 file: ${file}`,
        '--fix: nothing written. Run npm run check -- --fix --yes to write 1 changed line.',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(readFileSync(day, 'utf8')).toBe(FRONT_MATTER + LITERAL);
  });

  it('--fix --yes writes the references, and the check after it is clean', () => {
    const { dir, day } = folder(LITERAL);
    const fixed = npmRun('check', ['--fix', '--yes', '--all'], { FULCRUM_CONTENT: dir });
    expect(fixed.status).toBe(0);
    expect(fixed.stdout.trimEnd().split('\n').at(-1)).toBe('--fix: wrote references into 1 file.');
    expect(readFileSync(day, 'utf8')).toBe(FRONT_MATTER + REFERENCED);
    expect(npmRun('check', [], { FULCRUM_CONTENT: dir })).toEqual({
      status: 0,
      stdout: 'Checked 2 days with 31 tasks, 2026-04-21 to 2026-04-22: no problems.\n',
      stderr: '',
    });
  });

  it('warns about a wrong figure, and --strict makes it an error that fails the check', () => {
    const { dir } = folder(LITERAL.replace('16.1x', '16.0x'));
    // "Twenty-six tasks. The day closed at " is 36 characters: the figure is in column 37.
    const line = (severity: string) =>
      `${dir}/days/2026-04-22.md:${BODY}:37 ${severity} claim: "16.0x" matches no computed value; ` +
      'the nearest computed value is 16.1x (:metric[leverage]). Fix the figure or write the reference instead';
    expect(npmRun('check', [], { FULCRUM_CONTENT: dir })).toEqual({
      status: 0,
      stdout: `${line('warning')}\nChecked 2 days with 31 tasks, 2026-04-21 to 2026-04-22: no errors, 1 warning.\n`,
      stderr: '',
    });
    expect(npmRun('check', ['--strict'], { FULCRUM_CONTENT: dir })).toEqual({
      status: 1,
      stdout: `${line('error')}\nFound 1 error in 1 file.\n`,
      stderr: '',
    });
  });
});

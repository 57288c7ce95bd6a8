/**
 * `astro build` alone (an author's own build script, or a host that runs
 * Astro's command) makes the search index too: the integration writes it
 * once the pages are there, from the posts the build published, so the
 * search page works whichever command built the site. A draft is never in
 * it, and a day deleted since the last build leaves it. A file of the
 * author's where the index goes stops the build before anything is built.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { buildSite, copyProject } from '../support/site-build.ts';

/** Each indexed post's address and text, from Pagefind's fragments (gzip of "pagefind_dcd" and JSON). */
function indexedPosts(out: string): Record<string, string> {
  const folder = join(out, 'pagefind', 'fragment');
  const posts = readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; content: string };
    return [fragment.url, fragment.content] as const;
  });
  return Object.fromEntries(posts.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A post's indexed text: its task's title, its prose and the summary of its figures. Every day here
 * has one task of 1h by a human in 17m by the agent, 2m supervised: 60 / 17 = 3.53, shown 3.5x; 60 / 2 = 30.0x.
 */
const postText = (title: string, day: string) =>
  `${title} What happened. One task. April ${day}, 2026 weighted to 3.5x leverage across 1.0 human-equivalent hours ` +
  `in 17 Claude minutes; supervisory leverage closed at 30.0x. The ceiling was 3.5x (${title}); the floor was 3.5x (${title}).`;

describe('astro build alone', () => {
  let content: string;
  let out: string;
  beforeAll(() => {
    content = contentFolder({
      'days/2026-04-21.md': markdownDay('2026-04-21', 'Tune the invoice exporter'),
      'days/2026-04-22.md': markdownDay('2026-04-22', 'Fix the login form'),
      'days/2026-04-23.md': markdownDay('2026-04-23', 'Sketch the billing draft').replace('tasks:', 'draft: true\ntasks:'),
    });
    out = join(content, 'out');
  });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('writes the search index of the published posts into the site, and says so', () => {
    const result = buildSite({ command: 'astro', content, out });
    expect(result.status).toBe(0);
    // Astro colours its log where the terminal (or CI) asks for colour.
    expect(stripVTControlCharacters(result.stdout)).toContain('[fulcrum] search index: 2 posts');
    const entry = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
    expect(indexedPosts(out)).toEqual({
      '/2026/04/21/': postText('Tune the invoice exporter', '21'),
      '/2026/04/22/': postText('Fix the login form', '22'),
    });
  });

  it('leaves out a day deleted since the last build', () => {
    rmSync(join(content, 'days/2026-04-21.md'));
    writeFileSync(join(content, 'days/2026-04-22.md'), markdownDay('2026-04-22', 'Fix the signup form'));
    const result = buildSite({ command: 'astro', content, out });
    expect(result.status).toBe(0);
    expect(indexedPosts(out)).toEqual({ '/2026/04/22/': postText('Fix the signup form', '22') });
  });
});

describe('a project with a file where the search index goes', () => {
  let project: string;
  let content: string;
  beforeAll(() => {
    project = copyProject();
    mkdirSync(join(project, 'public'));
    writeFileSync(join(project, 'public/pagefind'), 'notes\n');
    content = contentFolder({ 'days/2026-04-22.md': markdownDay('2026-04-22') });
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  });

  it.each([
    ['astro build alone', 'astro'],
    ['npm run build', 'npm'],
  ] as const)('is refused by %s, with the file and the fix, and nothing is built', (_name, command) => {
    // It once ended astro build with status 0, Pagefind's panic on the terminal and no index.
    const out = join(content, `out-${command}`);
    const result = buildSite({ command, project, content, out });
    const output = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
    expect(result.status).toBe(1);
    expect(output).toContain(
      "public/pagefind takes the address /pagefind/, where Fulcrum puts the site's search index; rename or move public/pagefind, or remove it",
    );
    expect(output).not.toContain('panicked');
    expect(readdirSync(content)).toEqual(['days', 'site.yaml']);
  });
});

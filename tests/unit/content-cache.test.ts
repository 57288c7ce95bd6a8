/**
 * The one cache helper: an entry is reused exactly while its input and the
 * code that produced it are unchanged. Each test works in a throwaway
 * project folder of its own.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_ROOT, codeHash, inputKey, openContentCache, removeUnusedEntries } from '../../src/lib/storage/content-cache.ts';
import { prepareDays, type PrepareOptions } from '../../src/lib/project/prepare.ts';
import { contentPaths } from '../../src/lib/source/files.ts';
import { writeWhole } from '../../src/lib/storage/write-whole.ts';
import { setPackageRoot } from '../../src/lib/storage/package-files.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-cache-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** A project whose card code is src/cards/draw.ts and src/cards/fonts.ts, with other code beside it. */
function project(): void {
  write('src/cards/draw.ts', 'export const draw = 1;\n');
  write('src/cards/fonts.ts', 'export const font = "Inter";\n');
  write('src/lib/dates.ts', 'export const today = 0;\n');
  write('content/days/2026-04-22.md', 'a day\n');
  write('package-lock.json', '{"packages":{"node_modules/opentype.js":{"version":"2.0.0"}}}\n');
}

describe('codeHash', () => {
  beforeEach(project);
  const cards = () => codeHash(root, ['src/cards']);

  it('changes with every byte, name and file of the code it covers, and with the lock file', () => {
    const before = cards();
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    const changes: [string, () => void][] = [
      ['a file edited', () => write('src/cards/draw.ts', 'export const draw = 2;\n')],
      ['a file added', () => write('src/cards/png.ts', '')],
      ['a file renamed', () => renameSync(join(root, 'src/cards/fonts.ts'), join(root, 'src/cards/font.ts'))],
      ['bytes moved between files', () => write('src/cards/fonts.ts', 'export const draw = 1;\nexport const font = "Inter";\n')],
      ['a dependency upgraded', () => write('package-lock.json', '{"packages":{"node_modules/opentype.js":{"version":"2.0.1"}}}\n')],
    ];
    for (const [what, change] of changes) {
      rmSync(root, { recursive: true, force: true });
      project();
      change();
      expect(cards(), what).not.toBe(before);
    }
  });

  it('stays the same for everything else: other code, content, file times, another project folder', () => {
    const before = cards();
    write('src/lib/dates.ts', 'export const today = 1;\n');
    write('content/days/2026-04-23.md', 'another day\n');
    utimesSync(join(root, 'src/cards/draw.ts'), new Date(0), new Date(0));
    expect(cards()).toBe(before);
    const elsewhere = mkdtempSync(join(tmpdir(), 'fulcrum-cache-'));
    cpSync(root, elsewhere, { recursive: true });
    expect(codeHash(elsewhere, ['src/cards'])).toBe(before);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it('is undefined when a source is missing, so nothing is keyed on code that is not there', () => {
    expect(codeHash(root, ['src/cards', 'src/markdown'])).toBeUndefined();
  });
});

describe('inputKey', () => {
  it('tells inputs apart however their parts are split', () => {
    expect(inputKey('ab', 'c')).not.toBe(inputKey('a', 'bc'));
    expect(inputKey('a.md', new TextEncoder().encode('x'))).toBe(inputKey('a.md', 'x'));
    expect(inputKey('a.md', 'x')).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('openContentCache', () => {
  beforeEach(project);
  const open = () => openContentCache(root, 'cards', ['src/cards'], root);
  const entryFiles = () =>
    readdirSync(join(root, CACHE_ROOT, 'cards'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());

  it('gives back an entry to the next build while input and code are unchanged', () => {
    open().write(inputKey('card 1'), 'png 1');
    write('src/lib/dates.ts', 'export const today = 1;\n');
    expect(open().read(inputKey('card 1'))?.toString()).toBe('png 1');
    expect(open().read(inputKey('card 2'))).toBeUndefined();
  });

  it('has nothing for the same input once the code changed, and removes what the old code made', () => {
    open().write(inputKey('card 1'), 'png 1');
    write('src/cards/draw.ts', 'export const draw = 2;\n');
    const cache = open();
    expect(cache.read(inputKey('card 1'))).toBeUndefined();
    expect(entryFiles()).toEqual([]);
    cache.write(inputKey('card 1'), 'png 1, redrawn');
    expect(open().read(inputKey('card 1'))?.toString()).toBe('png 1, redrawn');
  });

  it('keeps caches of different names apart', () => {
    open().write(inputKey('x'), 'card');
    const parse = openContentCache(root, 'parse', ['src/cards'], root);
    expect(parse.read(inputKey('x'))).toBeUndefined();
    expect(open().read(inputKey('x'))?.toString()).toBe('card');
  });

  it('leaves only whole entries behind, never a temporary file', () => {
    const cache = open();
    cache.write(inputKey('card 1'), 'first');
    cache.write(inputKey('card 1'), 'second');
    expect(entryFiles().map((entry) => entry.name)).toEqual([inputKey('card 1')]);
    expect(cache.read(inputKey('card 1'))?.toString()).toBe('second');
  });

  it('after a build, removes the entries the build neither read nor wrote', () => {
    removeUnusedEntries();
    const first = open();
    for (const card of ['card 1', 'card 2', 'card 3']) first.write(inputKey(card), card);
    removeUnusedEntries();
    expect(entryFiles()).toHaveLength(3);
    // The next build: card 1 unchanged, card 2 and 3 gone or changed, card 4 new, card 5 asked for and missing.
    const next = open();
    expect(next.read(inputKey('card 1'))?.toString()).toBe('card 1');
    next.write(inputKey('card 4'), 'card 4');
    expect(next.read(inputKey('card 5'))).toBeUndefined();
    removeUnusedEntries();
    expect(
      entryFiles()
        .map((entry) => entry.name)
        .sort(),
    ).toEqual([inputKey('card 1'), inputKey('card 4')].sort());
    expect(open().read(inputKey('card 1'))?.toString()).toBe('card 1');
  });

  it('removes one entry on request', () => {
    const cache = open();
    cache.write(inputKey('card 1'), 'card 1');
    cache.write(inputKey('card 2'), 'card 2');
    cache.remove(inputKey('card 1'));
    expect(cache.read(inputKey('card 1'))).toBeUndefined();
    expect(entryFiles().map((entry) => entry.name)).toEqual([inputKey('card 2')]);
  });

  it('neither reads nor writes without the code to key on', () => {
    const cache = openContentCache(root, 'cards', ['src/missing'], root);
    cache.write(inputKey('card 1'), 'png');
    expect(cache.read(inputKey('card 1'))).toBeUndefined();
    expect(readdirSync(root).sort()).toEqual(['content', 'package-lock.json', 'src']);
  });
});

describe('writeWhole', () => {
  it('replaces a file in one step and leaves no temporary file', () => {
    write('days/2026-04-22.md', 'old');
    writeWhole(join(root, 'days/2026-04-22.md'), 'new');
    expect(readdirSync(join(root, 'days'))).toEqual(['2026-04-22.md']);
    expect(readFileSync(join(root, 'days/2026-04-22.md'), 'utf8')).toBe('new');
  });
});

describe('the prepared days', () => {
  const DAY =
    '---\ndate: 2026-04-22\ntasks:\n  - title: Fix the login form\n    human: 1h\n    ai: 17m\n    supervision: 2m\n---\nWhat happened.\n';
  const paths = () => contentPaths(root, 'content');

  beforeEach(() => {
    // The code that prepares a day, so a change to it can be made here and not in the project.
    cpSync(join(PROJECT_ROOT, 'src/lib'), join(root, 'src/lib'), { recursive: true });
    setPackageRoot(root);
    write('content/days/2026-04-22.md', DAY);
  });

  afterEach(() => setPackageRoot(undefined));

  /** Marks the one stored entry, so a test can tell a preparation from a read of the cache. */
  const markStoredEntry = () => {
    const [entry] = readdirSync(join(root, CACHE_ROOT, 'prepared'), { recursive: true, withFileTypes: true }).filter((found) =>
      found.isFile(),
    );
    if (!entry) throw new Error('nothing stored');
    const path = join(entry.parentPath, entry.name);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { parsed: { diagnostics: unknown[] } };
    writeFileSync(path, JSON.stringify({ ...stored, parsed: { ...stored.parsed, diagnostics: ['from the cache'] } }));
  };

  const diagnosticsOf = async (options: PrepareOptions = {}) => {
    const prepared = await prepareDays(paths(), { workers: 0, ...options });
    return prepared.byFile.get('content/days/2026-04-22.md')?.parsed.diagnostics;
  };

  it('stores what it prepared and reads it back while file and code are unchanged', async () => {
    const first = await prepareDays(paths(), { workers: 0 });
    expect(first.days.map((day) => day.date)).toEqual(['2026-04-22']);
    expect(first.byFile.get('content/days/2026-04-22.md')?.rendered?.intro).toEqual({
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'What happened.' }] }],
    });
    markStoredEntry();
    expect(await diagnosticsOf()).toEqual(['from the cache']);
  });

  it('prepares again when the file or the code that prepares it changes', async () => {
    await diagnosticsOf();
    markStoredEntry();
    write('content/days/2026-04-22.md', DAY.replace('ai: 17m', 'ai: 18m'));
    expect(await diagnosticsOf()).toEqual([]);
    write('content/days/2026-04-22.md', DAY);
    expect(await diagnosticsOf()).toEqual(['from the cache']);
    writeFileSync(
      join(root, 'src/lib/markdown/render-markdown.ts'),
      `${readFileSync(join(root, 'src/lib/markdown/render-markdown.ts'), 'utf8')}\n// changed\n`,
    );
    expect(await diagnosticsOf()).toEqual([]);
  });

  it('removes the entry of a day’s earlier version, or of a day deleted, once the days are prepared again (npm run dev)', async () => {
    write('content/days/2026-04-23.md', DAY.replace('2026-04-22', '2026-04-23'));
    const storedEntries = () =>
      readdirSync(join(root, CACHE_ROOT, 'prepared'), { recursive: true, withFileTypes: true }).filter((found) => found.isFile());
    const known = await prepareDays(paths(), { workers: 0 });
    expect(storedEntries()).toHaveLength(2);
    write('content/days/2026-04-22.md', DAY.replace('ai: 17m', 'ai: 18m'));
    rmSync(join(root, 'content/days/2026-04-23.md'));
    await prepareDays(paths(), { workers: 0, known });
    const [entry, ...more] = storedEntries();
    expect(more).toEqual([]);
    // The one entry left is the day as saved: 18 minutes, in centiseconds.
    expect(readFileSync(join(entry?.parentPath ?? '', entry?.name ?? ''), 'utf8')).toContain('"ai":108000');
  });

  it('takes a day prepared earlier in the process before the cache, by its name and bytes', async () => {
    const known = await prepareDays(paths(), { workers: 0 });
    markStoredEntry();
    expect(await diagnosticsOf({ known })).toEqual([]);
    write('content/days/2026-04-22.md', DAY.replace('ai: 17m', 'ai: 18m'));
    expect(await diagnosticsOf({ known })).toEqual([]);
    expect(await diagnosticsOf()).toEqual([]);
  });
});

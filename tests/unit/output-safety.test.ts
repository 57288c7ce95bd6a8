/**
 * Which folders a build may replace. Judged on a real folder tree, since
 * links and folders that do not exist yet count.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outputTarget, unsafeContents, unsafeLocation } from '../../src/cli/output-safety.ts';

let base: string;
let root: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'fulcrum-safety-'));
  root = join(base, 'blog');
  for (const folder of ['content/days', 'src', 'public', 'scripts', '.git']) mkdirSync(join(root, folder), { recursive: true });
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const REPLACES = 'and a build replaces the whole folder it builds into. Nothing was built.';
const location = (outDir: string, content = join(root, 'content')) => unsafeLocation(join(root, outDir), root, content);

describe('unsafeLocation', () => {
  it('allows dist, a new folder, and a folder outside the project', () => {
    expect(location('dist')).toBeUndefined();
    expect(location('build/site')).toBeUndefined();
    expect(location('../www')).toBeUndefined();
  });

  it('refuses the project and every folder that holds it', () => {
    expect(location('.')).toBe(`will not build into .: that is the project folder, ${REPLACES}`);
    expect(location('..')).toBe(`will not build into ${base}: that folder holds the project, ${REPLACES}`);
    expect(unsafeLocation('/', root, join(root, 'content'))).toBe(`will not build into /: that folder holds the project, ${REPLACES}`);
  });

  it('refuses the content folder and the project’s own folders, and folders holding them', () => {
    expect(location('content')).toBe(`will not build into content: that is content, your day files and site.yaml, ${REPLACES}`);
    expect(location('src')).toBe(`will not build into src: that is src, the site's source code, ${REPLACES}`);
    expect(location('scripts')).toBe(`will not build into scripts: that is scripts, the build's own scripts, ${REPLACES}`);
    expect(location('.git')).toBe(`will not build into .git: that is .git, the project's history, ${REPLACES}`);
    // Not there yet, and still refused: the build would create them inside the project's folders.
    expect(location('tests')).toBe(`will not build into tests: that is tests, the tests, ${REPLACES}`);
    // Inside the folders the next build reads, it would take the last build in.
    expect(location('public/site')).toBe(
      'will not build into public/site: that is inside public, the files copied into every build; build into a folder of its own, such as dist. Nothing was built.',
    );
    expect(location('src/pages/out')).toBe(
      "will not build into src/pages/out: that is inside src, the site's source code; build into a folder of its own, such as dist. Nothing was built.",
    );
    // A folder inside the content folder is only a strange place for a build.
    expect(location('content/site')).toBeUndefined();
  });

  it('sees through links', () => {
    symlinkSync('content', join(root, 'site'));
    expect(location('site')).toBe(`will not build into site: that is content, your day files and site.yaml, ${REPLACES}`);
    symlinkSync(root, join(base, 'blog-link'));
    expect(unsafeLocation(join(base, 'blog-link'), root, join(root, 'content'))).toBe(
      `will not build into ${base}/blog-link: that is the project folder, ${REPLACES}`,
    );
  });

  it('refuses a folder that holds a content folder kept outside the project (FULCRUM_CONTENT)', () => {
    const elsewhere = join(base, 'notes', 'content');
    mkdirSync(elsewhere, { recursive: true });
    expect(unsafeLocation(dirname(elsewhere), root, elsewhere)).toBe(
      `will not build into ${base}/notes: that folder holds ${base}/notes/content, your day files and site.yaml, ${REPLACES}`,
    );
  });
});

describe('unsafeContents', () => {
  const folder = (name: string, files: string[]) => {
    for (const file of files) {
      mkdirSync(dirname(join(root, name, file)), { recursive: true });
      writeFileSync(join(root, name, file), '');
    }
    mkdirSync(join(root, name), { recursive: true });
    return join(root, name);
  };

  it('allows a missing folder, an empty one and an earlier build', () => {
    expect(unsafeContents(join(root, 'dist'), root)).toBeUndefined();
    expect(unsafeContents(folder('empty', []), root)).toBeUndefined();
    expect(unsafeContents(folder('dist', ['index.html', 'rss.xml', 'data/days.json', '2026/04/22/index.html']), root)).toBeUndefined();
  });

  it('refuses a folder with anything else in it, and a file', () => {
    expect(unsafeContents(folder('docs', ['deploy.md']), root)).toBe(
      'will not build into docs: that folder holds files and is not an earlier Fulcrum build (which has index.html, rss.xml and data/days.json), ' +
        'and a build replaces the whole folder it builds into; empty it or choose another. Nothing was built.',
    );
    // A site that is not Fulcrum's has an index.html, but not the rest.
    expect(unsafeContents(folder('www', ['index.html', 'about/index.html']), root)).toMatch(
      /^will not build into www: that folder holds files and is not an earlier Fulcrum build/,
    );
    writeFileSync(join(root, 'notes.txt'), 'notes');
    expect(unsafeContents(join(root, 'notes.txt'), root)).toBe('will not build into notes.txt: that is a file. Nothing was built.');
  });
});

describe('outputTarget', () => {
  const out = (name: string) => outputTarget(join(root, name), root);

  it('is the folder itself when it is no link, there or not', () => {
    mkdirSync(join(root, 'dist'));
    expect(out('dist')).toEqual({ target: join(root, 'dist') });
    expect(out('build/site')).toEqual({ target: join(root, 'build/site') });
  });

  it('is the folder a link leads to, through every link on the way', () => {
    mkdirSync(join(base, 'www/site'), { recursive: true });
    symlinkSync(join(base, 'www'), join(base, 'served'));
    symlinkSync(join(base, 'served/site'), join(base, 'current'));
    symlinkSync(join(base, 'current'), join(root, 'dist'));
    expect(out('dist')).toEqual({ target: join(base, 'www/site') });
  });

  it('refuses a link to nothing, naming where it leads', () => {
    symlinkSync('../www/site', join(root, 'dist'));
    expect(out('dist')).toEqual({
      error:
        'will not build into dist: it is a link to ../www/site, which does not exist; create that folder for the site ' +
        'or remove the link to build into a folder of its own. Nothing was built.',
    });
  });
});

/**
 * What makes a rebuild one with nothing to do: every input of the site the
 * same, and the output folder holding what the last build left. Each input
 * changed alone must change the fingerprint; what builds write (the output
 * folder, its lock, caches) and history must not.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setPackageRoot } from '../../src/lib/storage/package-files.ts';
import { type BuildInputs, inputsFingerprint, recordBuild, unchangedSince } from '../../src/cli/unchanged-build.ts';

let dir: string;
let root: string;
let fulcrum: string;
let outside: string;

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const inputs = (more: Partial<BuildInputs> = {}): BuildInputs => ({
  root,
  content: join(root, 'content'),
  target: join(root, 'dist'),
  outDir: join(root, 'dist'),
  args: [],
  env: { FULCRUM_URL: 'https://example.com/', HOME: '/home/a' },
  ...more,
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fulcrum-unchanged-'));
  root = join(dir, 'blog');
  fulcrum = join(dir, 'fulcrum');
  outside = join(dir, 'elsewhere');
  write(join(root, 'content/days/2026-04-01.md'), '---\ndate: 2026-04-01\n---\nA day.\n');
  write(join(root, 'content/site.yaml'), 'title: Notes\n');
  write(join(root, 'astro.config.mjs'), 'export default {};\n');
  write(join(root, 'src/components/MyFooter.astro'), '<footer>Mine</footer>\n');
  write(join(root, 'public/robots.txt'), 'User-agent: *\n');
  write(join(root, 'bench/run.ts'), 'bench();\n');
  write(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
  write(join(root, 'node_modules/.package-lock.json'), '{"packages":{}}\n');
  write(join(root, 'node_modules/astro/package.json'), '{"name":"astro","version":"7.3.5"}\n');
  write(join(root, 'node_modules/@astrojs/rss/package.json'), '{"name":"@astrojs/rss","version":"4.0.19"}\n');
  write(join(root, 'node_modules/.cache/fulcrum/entry'), 'cached');
  write(join(root, 'node_modules/.astro/data-store.json'), '{}');
  write(join(root, '.git/HEAD'), 'ref: refs/heads/main\n');
  write(join(root, '.astro/types.d.ts'), '// generated\n');
  write(join(root, 'dist/index.html'), '<p>built</p>');
  write(join(root, '.dist-lock'), '123\n');
  write(join(fulcrum, 'package.json'), '{"name":"fulcrum","version":"0.2.0","files":["src/"]}\n');
  write(join(fulcrum, 'tests/format.test.ts'), 'test();\n');
  write(join(fulcrum, 'src/lib/format.ts'), 'export const x = 1;\n');
  write(join(outside, 'astro.config.mjs'), 'export default {};\n');
  setPackageRoot(fulcrum);
});

afterEach(() => {
  setPackageRoot(undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('inputsFingerprint', () => {
  it('is the same for the same inputs, whatever builds and tools wrote (hidden folders), files Fulcrum does not ship, and variables no build reads', () => {
    const before = inputsFingerprint(inputs());
    write(join(root, 'dist/index.html'), '<p>built again</p>');
    write(join(root, 'dist/extra.html'), '<p>more</p>');
    write(join(root, '.dist-tmp-456/index.html'), 'half');
    write(join(root, 'node_modules/.cache/fulcrum/other'), 'cached');
    write(join(root, 'node_modules/.astro/data-store.json'), '{"more":1}');
    write(join(root, '.git/HEAD'), 'ref: refs/heads/other\n');
    write(join(root, '.astro/types.d.ts'), '// generated again\n');
    write(join(root, '.vscode/settings.json'), '{}');
    write(join(root, 'bench/.work/logs/build.log'), 'built');
    write(join(fulcrum, 'tests/format.test.ts'), 'test(2);\n');
    const saved = join(root, 'content/site.yaml');
    utimesSync(saved, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(inputsFingerprint(inputs({ env: { FULCRUM_URL: 'https://example.com/', HOME: '/home/b', PWD: '/x' } }))).toBe(before);
  });

  const fileChanges: [string, () => void][] = [
    ['a day edited', () => write(join(root, 'content/days/2026-04-01.md'), '---\ndate: 2026-04-01\n---\nA day!\n')],
    ['a day added', () => write(join(root, 'content/days/2026-04-02.md'), '---\ndate: 2026-04-02\n---\n')],
    ['site.yaml edited', () => write(join(root, 'content/site.yaml'), 'title: Notes!\n')],
    ['an override component edited', () => write(join(root, 'src/components/MyFooter.astro'), '<footer>Ours</footer>\n')],
    ['astro.config edited', () => write(join(root, 'astro.config.mjs'), 'export default { base: "/b" };\n')],
    ['a file of public/ added', () => write(join(root, 'public/_headers'), '/*\n')],
    ['an empty folder added', () => mkdirSync(join(root, 'src/pages'))],
    ['the lock file edited', () => write(join(root, 'package-lock.json'), '{"lockfileVersion":3,"x":1}\n')],
    ['a dependency installed at another version', () => write(join(root, 'node_modules/astro/package.json'), '{"version":"7.3.6"}\n')],
    ['a scoped one too', () => write(join(root, 'node_modules/@astrojs/rss/package.json'), '{"version":"4.0.20"}\n')],
    ["npm's record of the installed tree", () => write(join(root, 'node_modules/.package-lock.json'), '{"packages":{"a":{}}}\n')],
    ["Fulcrum's code", () => write(join(fulcrum, 'src/lib/format.ts'), 'export const x = 2;\n')],
    ["Fulcrum's version", () => write(join(fulcrum, 'package.json'), '{"name":"fulcrum","version":"0.2.1","files":["src/"]}\n')],
    ['a hidden file (.env)', () => write(join(root, '.env'), 'PUBLIC_X=1\n')],
  ];

  for (const [name, change] of fileChanges) {
    it(`changes with ${name}`, () => {
      const before = inputsFingerprint(inputs());
      change();
      expect(inputsFingerprint(inputs())).not.toBe(before);
    });
  }

  const otherInputs: [string, () => Partial<BuildInputs>][] = [
    ['FULCRUM_URL', () => ({ env: { FULCRUM_URL: 'https://example.org/', HOME: '/home/a' } })],
    ['FULCRUM_URL unset', () => ({ env: { HOME: '/home/a' } })],
    ['a public variable Vite hands to pages', () => ({ env: { FULCRUM_URL: 'https://example.com/', PUBLIC_X: '1', HOME: '/home/a' } })],
    ['the time zone', () => ({ env: { FULCRUM_URL: 'https://example.com/', TZ: 'UTC', HOME: '/home/a' } })],
    ['an option', () => ({ args: ['--silent'] })],
    ['the output folder', () => ({ target: join(root, 'site'), outDir: join(root, 'site') })],
  ];

  for (const [name, other] of otherInputs) {
    it(`changes with ${name}`, () => {
      expect(inputsFingerprint(inputs(other()))).not.toBe(inputsFingerprint(inputs()));
    });
  }

  it('counts a content folder and a --config file outside the project', () => {
    const content = join(outside, 'content');
    write(join(content, 'site.yaml'), 'title: A\n');
    const withConfig = inputs({ content, args: ['--config', '../elsewhere/astro.config.mjs'] });
    const before = inputsFingerprint(withConfig);
    write(join(content, 'site.yaml'), 'title: B\n');
    const afterContent = inputsFingerprint(withConfig);
    expect(afterContent).not.toBe(before);
    write(join(outside, 'astro.config.mjs'), 'export default { site: "https://b/" };\n');
    expect(inputsFingerprint(withConfig)).not.toBe(afterContent);
  });
});

describe('unchangedSince', () => {
  const target = () => join(root, 'dist');

  it('holds after a recorded build while nothing changed', () => {
    const fingerprint = inputsFingerprint(inputs());
    expect(unchangedSince(root, target(), fingerprint)).toBe(false);
    recordBuild(root, target(), fingerprint);
    expect(unchangedSince(root, target(), fingerprint)).toBe(true);
    expect(unchangedSince(root, target(), inputsFingerprint(inputs({ args: ['--silent'] })))).toBe(false);
  });

  const outputChanges: [string, () => void][] = [
    ['a file deleted', () => rmSync(join(root, 'dist/index.html'))],
    ['a file added', () => write(join(root, 'dist/new.html'), 'x')],
    ['a folder added', () => mkdirSync(join(root, 'dist/extra'))],
    [
      'a file edited to the same size and given back its time',
      () => {
        const file = join(root, 'dist/index.html');
        const { atime, mtime } = statSync(file);
        writeFileSync(file, '<p>bui1t</p>');
        utimesSync(file, atime, mtime);
      },
    ],
    [
      'the folder replaced by a copy with the same times',
      () => {
        const file = join(root, 'dist/index.html');
        const { atime, mtime } = statSync(file);
        rmSync(target(), { recursive: true });
        write(file, '<p>built</p>');
        utimesSync(file, atime, mtime);
      },
    ],
    ['the folder gone', () => rmSync(target(), { recursive: true })],
  ];

  for (const [name, change] of outputChanges) {
    it(`does not hold when the output folder changed: ${name}`, () => {
      const fingerprint = inputsFingerprint(inputs());
      recordBuild(root, target(), fingerprint);
      change();
      expect(unchangedSince(root, target(), fingerprint)).toBe(false);
    });
  }

  it('does not hold when the record is damaged or missing', () => {
    const fingerprint = inputsFingerprint(inputs());
    recordBuild(root, target(), fingerprint);
    const records = join(root, 'node_modules/.cache/fulcrum-builds');
    const [record = ''] = readdirSync(records);
    writeFileSync(join(records, record), '{"inputs":');
    expect(unchangedSince(root, target(), fingerprint)).toBe(false);
    rmSync(records, { recursive: true });
    expect(unchangedSince(root, target(), fingerprint)).toBe(false);
  });
});

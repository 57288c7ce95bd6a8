/**
 * `content/days` that is a file, not a folder: `npm run new` and `npm run
 * import` say so in the check's words, without a stack trace, and leave
 * the file alone.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/cli/import-command.ts';
import { runNew } from '../../src/cli/new-day.ts';
import { SITE_YAML } from '../support/content-folder.ts';

const MESSAGE = 'content/days is a file, but it should be the folder that holds the day files; move it away and create the folder';
const POST = '| Task | Human | AI | Sup. |\n|---|---|---|---|\n| Fix the login form | 2h | 10m | 1m |\n';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-days-file-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/site.yaml'), SITE_YAML);
  writeFileSync(join(root, 'content/days'), 'my notes');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function run(command: (io: { out: (text: string) => void; err: (text: string) => void }) => number) {
  const out: string[] = [];
  const err: string[] = [];
  const status = command({ out: (text) => out.push(text), err: (text) => err.push(text) });
  return { status, out, err };
}

describe('content/days is a file', () => {
  it.each([
    ['npm run new 2026-05-01', ['2026-05-01']],
    ['npm run new (today)', []],
    ['npm run new --from claude-code', ['2026-05-01', '--from', 'claude-code', '--logs', 'nowhere']],
  ])('%s says so and exits 1', (_name, args) => {
    expect(run((io) => runNew(args, root, io, new Date('2026-05-01T12:00:00Z'), {}))).toEqual({ status: 1, out: [], err: [MESSAGE] });
    expect(readFileSync(join(root, 'content/days'), 'utf8')).toBe('my notes');
  });

  it.each([[[]], [['--dry-run']], [['--force']]])('npm run import %j says so and exits 1', (options) => {
    writeFileSync(join(root, '2026-03-09.md'), POST);
    expect(run((io) => runImport(['2026-03-09.md', ...options], root, io))).toEqual({ status: 1, out: [], err: [MESSAGE] });
    expect(readFileSync(join(root, 'content/days'), 'utf8')).toBe('my notes');
  });
});

/** `fulcrum <command>`: what the command line says before any command's own module is loaded. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';

async function run(...argv: string[]): Promise<{ status: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }, PROJECT_ROOT, {});
  return { status, out, err };
}

describe('fulcrum', () => {
  it('--version prints the installed package’s version', async () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(await run('--version')).toEqual({ status: 0, out: [version], err: [] });
  });

  it('--help lists every command', async () => {
    const { status, out } = await run('--help');
    expect(status).toBe(0);
    const commands = (out[0] ?? '').split('\n').flatMap((line) => /^ {2}([a-z]+) /.exec(line)?.[1] ?? []);
    expect(commands).toEqual(['init', 'new', 'check', 'dev', 'build', 'import']);
  });

  it('names the commands when given one it does not know, or none', async () => {
    expect(await run('biuld')).toEqual({
      status: 2,
      out: [],
      err: ['fulcrum: unknown command "biuld"; the commands are init, new, check, dev, build and import (fulcrum --help)'],
    });
    const none = await run();
    expect(none.status).toBe(2);
    expect(none.err[0]).toMatch(/^usage: fulcrum <command> \[options\]/);
  });

  it('passes a command’s own mistakes on with its usage', async () => {
    expect(await run('init', 'a', 'b')).toEqual({ status: 2, out: [], err: ['unexpected a b; usage: fulcrum init [folder]'] });
  });
});

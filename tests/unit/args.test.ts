/** Every command reads its arguments through readArgs, so a mistake is worded the same in all of them. */
import { describe, expect, it } from 'vitest';
import { argsProblem, readArgs } from '../../src/cli/args.ts';
import { runCheck } from '../../src/cli/check-command.ts';
import { runImport } from '../../src/cli/import-command.ts';
import { runNew } from '../../src/cli/new-day.ts';

const OPTIONS = { from: { type: 'string' }, yaml: { type: 'boolean' }, drop: { type: 'string', multiple: true } } as const;

describe('readArgs', () => {
  it('returns the values and positional arguments it was given', () => {
    expect(readArgs(['2026-04-22', '--yaml', '--from=codex', '--drop', 'a', '--drop', 'b'], OPTIONS, 'usage: x', 1)).toEqual({
      values: { yaml: true, from: 'codex', drop: ['a', 'b'] },
      positionals: ['2026-04-22'],
    });
    expect(readArgs(['--from=--yaml', '--', '--yaml'], OPTIONS, 'usage: x', 1)).toEqual({
      values: { from: '--yaml' },
      positionals: ['--yaml'],
    });
  });

  it('words each kind of mistake in one way, followed by the usage', () => {
    const problem = (...args: string[]) => readArgs(args, OPTIONS, 'usage: x', 1);
    expect(problem('--jsn')).toEqual({ error: 'unknown option --jsn; usage: x' });
    expect(problem('-y')).toEqual({ error: 'unknown option -y; usage: x' });
    expect(problem('--from')).toEqual({ error: '--from needs a value; usage: x' });
    expect(problem('--from', '--yaml')).toEqual({ error: '--from needs a value; usage: x' });
    expect(problem('--yaml=no')).toEqual({ error: '--yaml takes no value; usage: x' });
    expect(problem('a', 'b')).toEqual({ error: 'unexpected a b; usage: x' });
  });

  it('takes no positional arguments unless told', () => {
    expect(argsProblem(['dist'], {})).toBe('unexpected dist');
    expect(argsProblem([], {})).toBeUndefined();
  });
});

describe('the commands', () => {
  const run = (command: (args: string[], err: string[]) => number | Promise<number>, ...args: string[]) => {
    const err: string[] = [];
    return Promise.resolve(command(args, err)).then((status) => ({ status, err: err.join('\n') }));
  };
  const io = (err: string[]) => ({ out: () => undefined, err: (text: string) => err.push(text) });

  it('answer an unknown option alike', async () => {
    expect(await run((args, err) => runCheck(args, '/nowhere', io(err)), '--jsn')).toEqual({
      status: 2,
      err: 'unknown option --jsn; usage: npm run check [-- --json] [--strict] [--fix [--yes] [--all | <day file>...]]',
    });
    expect(await run((args, err) => runImport(args, '/nowhere', io(err)), 'post.html', '--overwrite')).toEqual({
      status: 2,
      err: 'unknown option --overwrite; usage: npm run import -- <file or folder>... [--dry-run] [--force] [--drop TEXT]... [--json]',
    });
    expect(await run((args, err) => runNew(args, '/nowhere', io(err), new Date(0)), '--jsn')).toEqual({
      status: 2,
      err: 'unknown option --jsn; usage: npm run new [YYYY-MM-DD] [-- --yaml] [--from claude-code|codex [--dry-run] [--merge] [--no-titles] [--logs DIR]]',
    });
  });

  it('answer a stray argument alike', async () => {
    expect(await run((args, err) => runCheck(args, '/nowhere', io(err)), 'json')).toEqual({
      status: 2,
      err: 'unexpected json; usage: npm run check [-- --json] [--strict] [--fix [--yes] [--all | <day file>...]]',
    });
  });
});

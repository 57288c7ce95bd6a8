/**
 * `fulcrum <command>`: the one command line an author's project runs
 * (its npm scripts new, check, build, dev and import call it), and
 * `fulcrum init` to start a project. Each command's own module does the work.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { packageRoot } from '../lib/storage/package-files.ts';
import type { Io } from './io.ts';

const HELP = `usage: fulcrum <command> [options]

  init [folder]     start a new blog in folder (default: the current one)
  new [YYYY-MM-DD]  write a ready-to-fill day file (--yaml, --from claude-code|codex)
  check             check every day and content/site.yaml (--json, --strict, --fix)
  dev               preview the site while writing, at http://localhost:4321/
  build             check, then build the site into dist/
  import <path>...  turn published posts into day files, auditing their figures

  --version         the installed version of Fulcrum
  --help            this text

Inside a project made by fulcrum init, run them as npm run new, npm run check, …
The guide: node_modules/fulcrum/README.md and its docs/ folder.`;

function version(): string {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
}

/** Asks at the terminal; with no terminal (CI, pipes) nobody can answer, so --fix only shows its diff. */
const confirm = process.stdin.isTTY
  ? async () => {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await prompt.question('Write these changes? [y/N] ');
      prompt.close();
      return /^y(es)?$/i.test(answer.trim());
    }
  : undefined;

/** `astro dev` of the project's own Astro, in a process of its own that owns the terminal until it ends. */
function runDev(args: readonly string[], root: string, io: Io): Promise<number> {
  let astro: string;
  try {
    const require = createRequire(join(root, 'package.json'));
    astro = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
  } catch {
    io.err('fulcrum dev needs Astro installed in this project; run npm install first.');
    return Promise.resolve(1);
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'dev', ...args], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 1)));
  });
}

/**
 * The exit code of the command, which must end the process (the build
 * leaves idle workers behind). Each command's module is loaded when it is
 * asked for: init and --version need none of the dependencies.
 */
export async function main(argv: readonly string[], io: Io, cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'init':
      return (await import('./init.ts')).runInit(args, cwd, io, new Date());
    case 'new':
      return (await import('./new-day.ts')).runNew(args, cwd, io, new Date());
    case 'check':
      return (await import('./check-command.ts')).runCheck(args, cwd, io, confirm);
    case 'build':
      return (await import('./build.ts')).runBuild(args, cwd, io);
    case 'dev':
      return runDev(args, cwd, io);
    case 'import':
      // npm runs scripts in the project's folder; paths on the command line are the author's, relative to where they typed them.
      return (await import('./import-command.ts')).runImport(args, cwd, io, env.INIT_CWD ?? cwd);
    case '--version':
    case '-v':
      io.out(version());
      return 0;
    case '--help':
    case '-h':
    case 'help':
      io.out(HELP);
      return 0;
    case undefined:
      io.err(HELP);
      return 2;
    default:
      io.err(`fulcrum: unknown command "${command}"; the commands are init, new, check, dev, build and import (fulcrum --help)`);
      return 2;
  }
}

/**
 * `fulcrum init [folder]`: a new author's project, ready for npm install:
 * their settings, one example day, the Astro configuration that lists
 * Fulcrum, a deploy workflow and a README for the daily routine. Nothing of
 * Fulcrum itself is copied in; `npm update fulcrum` brings new versions.
 * It writes only into an empty (or new) folder, so nothing is overwritten.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { readArgs } from './args.ts';
import type { Io } from './io.ts';
import { packageRoot } from '../lib/storage/package-files.ts';

const USAGE = 'usage: fulcrum init [folder]';

/** Files a fresh repository may already hold that do not make the folder anyone's project. */
const HARMLESS = new Set(['.git', 'LICENSE', '.DS_Store']);

/** The npm scripts of an author's project: each runs the fulcrum command. */
const SCRIPTS = { new: 'fulcrum new', check: 'fulcrum check', dev: 'fulcrum dev', build: 'fulcrum build', import: 'fulcrum import' };

/** A package name npm accepts, from the folder's name. */
function packageName(folder: string): string {
  const name = basename(folder)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+/, '');
  return name || 'my-leverage-log';
}

/** Astro 7's own requirement: the project runs Fulcrum compiled, so it needs no more than Astro does. */
const NODE_VERSIONS = '>=22.12.0';

function fulcrumPackage(): { version: string; astro: string } {
  const own = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  return { version: own.version, astro: own.peerDependencies.astro };
}

function authorPackage(name: string): string {
  const fulcrum = fulcrumPackage();
  const manifest = {
    name,
    private: true,
    type: 'module',
    engines: { node: NODE_VERSIONS },
    scripts: SCRIPTS,
    dependencies: { astro: fulcrum.astro, fulcrum: `^${fulcrum.version}` },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Today's date in UTC, for the example day (the author's zone is not known yet). */
function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function runInit(args: readonly string[], cwd: string, io: Io, now: Date): number {
  const parsed = readArgs(args, {}, USAGE, 1);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const folder = resolve(cwd, parsed.positionals[0] ?? '.');
  const shown = relative(cwd, folder) || '.';
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    io.err(`${shown} is a file; give a new folder's name: fulcrum init my-blog`);
    return 1;
  }
  const present = existsSync(folder) ? readdirSync(folder).filter((name) => !HARMLESS.has(name)) : [];
  if (present.length > 0) {
    io.err(
      `${shown} is not empty (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}); fulcrum init writes only into a new or empty folder, so nothing of yours is overwritten. Give a new folder's name: fulcrum init my-blog`,
    );
    return 1;
  }
  mkdirSync(folder, { recursive: true });
  const template = join(packageRoot(), 'src', 'cli', 'template');
  cpSync(template, folder, { recursive: true });
  // npm leaves files named .gitignore out of a package, so the template's is named without the dot.
  renameSync(join(folder, 'gitignore'), join(folder, '.gitignore'));
  const date = isoDate(now);
  const example = join(folder, 'content', 'days', `${date}.md`);
  renameSync(join(folder, 'content', 'days', 'DATE.md'), example);
  writeFileSync(example, readFileSync(example, 'utf8').replaceAll('DATE', date));
  const name = packageName(folder);
  const readme = join(folder, 'README.md');
  writeFileSync(readme, readFileSync(readme, 'utf8').replace('NAME', name));
  writeFileSync(join(folder, 'package.json'), authorPackage(name));
  io.out(`A new blog in ${shown}. Next:`);
  if (shown !== '.') io.out(`  cd ${shown}`);
  io.out('  npm install');
  io.out('  npm run dev       (then edit content/site.yaml and replace the example day)');
  return 0;
}

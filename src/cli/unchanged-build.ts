/**
 * A rebuild of nothing new: when every input of the site is as it was for
 * the last successful build into an output folder, and that folder holds
 * exactly the files that build left there, building again would write the
 * same bytes (a warm build publishes what a cold one does), so the build
 * says so and stops.
 *
 * The inputs, as a digest (`inputsFingerprint`):
 * - every file of the project, but the output folder and a build's work
 *   files beside it, `node_modules` (at any depth) and hidden folders (.git,
 *   Astro's generated .astro/): content, site.yaml, astro.config, the
 *   author's src/ overrides, public/, .env files, package-lock.json;
 * - the content folder and the `--config` file, also when they lie outside the project;
 * - Fulcrum's own files, those its package ships, wherever it runs from
 *   (in this checkout they are files of the project);
 * - the installed dependencies: npm's record of the installed tree
 *   (node_modules/.package-lock.json) and each installed package's package.json;
 * - the environment variables Fulcrum, Astro and Vite read, the command
 *   line's options, and the Node version.
 * Files count by their bytes, not their times, so an unchanged file saved
 * again changes nothing. The output counts by what the file system says of
 * each entry (size, times, inode): a file edited, deleted, added or put back
 * with its old time is a difference.
 *
 * The record is written only after a build succeeded and its site is in
 * place; a record that is missing, unreadable or names anything else means
 * a normal build.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, type Dirent, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { packageRoot } from '../lib/storage/package-files.ts';
import { writeWhole } from '../lib/storage/write-whole.ts';

/**
 * Where the records live: beside Fulcrum's content cache, not in it, since
 * they name output folders of this machine, which a deploy's restored cache
 * never has, and the content cache holds only what a build of the same
 * content reads.
 */
const RECORDS = join('node_modules', '.cache', 'fulcrum-builds');

/** Installed packages, at any depth, are counted apart (addInstalled). */
const PACKAGES = 'node_modules';

/**
 * Hidden folders (.git, .github, .vscode, .astro, .cache, bench/.work …)
 * hold tools' history, settings and work, not the site: a build never reads
 * them, while tools write there between builds (an editor, Astro's generated
 * types, a benchmark's logs). Hidden files (.env, .nvmrc) do count.
 */
const isHiddenFolder = (entry: Dirent) => entry.name.startsWith('.') && entry.isDirectory();

/** Variables that change what a build writes: Fulcrum's own, Astro's and Vite's (PUBLIC_ and VITE_ reach pages), Node's, and the locale and time zone. */
const READ_VARIABLES = /^(FULCRUM_.*|ASTRO_.*|PUBLIC_.*|VITE_.*|NODE_.*|BASE_URL|MODE|DEV|PROD|SSR|SITE|TZ|LANG|LANGUAGE|LC_.*)$/;

export interface BuildInputs {
  /** The project folder the build runs in. */
  root: string;
  /** The content folder (FULCRUM_CONTENT, or content/). */
  content: string;
  /** Where the site goes, links resolved (outputTarget). */
  target: string;
  /** The output folder as given, which may be a link to `target`. */
  outDir: string;
  /** The command line after `build`, as given. */
  args: readonly string[];
  env: NodeJS.ProcessEnv;
}

interface Walk {
  hash: Hash;
  /** Paths never counted: the output folder and what a build keeps beside it. */
  skip(path: string): boolean;
  /** Real paths of folders already counted, so a link back up cannot loop. */
  seen: Set<string>;
}

function addFile(walk: Walk, name: string, path: string): void {
  const bytes = readFileSync(path);
  walk.hash.update(`f\0${name}\0${bytes.length}\0`).update(bytes);
}

/** Every file below `dir`, by its path below `top` and its bytes, in a fixed order. */
function addFolder(walk: Walk, top: string, dir: string): void {
  const real = realpathSync(dir);
  if (walk.seen.has(real)) return;
  walk.seen.add(real);
  const entries: Dirent[] = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.name === PACKAGES || isHiddenFolder(entry) || walk.skip(path)) continue;
    const name = relative(top, path).split('\\').join('/');
    const stats = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (stats === undefined) walk.hash.update(`l\0${name}\0`);
    else if (stats.isDirectory()) {
      walk.hash.update(`d\0${name}\0`);
      addFolder(walk, top, path);
    } else if (stats.isFile()) addFile(walk, name, path);
  }
}

/** The files the package at `dir` ships (its package.json's `files`), and that package.json. */
function addPackage(walk: Walk, dir: string): void {
  const manifest = join(dir, 'package.json');
  addFile(walk, 'package.json', manifest);
  const { files = [] } = JSON.parse(readFileSync(manifest, 'utf8')) as { files?: string[] };
  for (const shipped of [...files].sort()) {
    const path = join(dir, shipped);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) addFolder(walk, dir, path);
    else if (stats?.isFile()) addFile(walk, shipped, path);
    else walk.hash.update(`-\0${shipped}\0`);
  }
}

/** Each installed package's package.json (its version), scoped ones included, and npm's record of the whole tree. */
function addInstalled(walk: Walk, modules: string): void {
  if (!existsSync(modules)) return;
  const record = join(modules, '.package-lock.json');
  if (existsSync(record)) addFile(walk, record, record);
  for (const name of readdirSync(modules).sort()) {
    if (name.startsWith('.')) continue;
    const packages = name.startsWith('@') ? readdirSync(join(modules, name)).map((inner) => join(name, inner)) : [name];
    for (const installed of packages.sort()) {
      const manifest = join(modules, installed, 'package.json');
      if (existsSync(manifest)) addFile(walk, `${modules}:${installed}`, manifest);
    }
  }
}

/** The option `--config` names, relative to the project as Astro takes it. */
function configFile(args: readonly string[], root: string): string | undefined {
  const at = args.findIndex((arg) => arg === '--config' || arg.startsWith('--config='));
  if (at < 0) return undefined;
  const arg = args[at] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  return value === undefined ? undefined : resolve(root, value);
}

/** The digest of everything the site at `target` is made from; it throws when a file cannot be read. */
export function inputsFingerprint(inputs: BuildInputs): string {
  const { root, content, target, outDir, args, env } = inputs;
  const besideTarget = `.${basename(target)}-`;
  const walk: Walk = {
    hash: createHash('sha256'),
    skip: (path) => path === target || path === outDir || (dirname(path) === dirname(target) && basename(path).startsWith(besideTarget)),
    seen: new Set(),
  };
  walk.hash.update(`node\0${process.version}\0${process.platform}\0${process.arch}\0`);
  walk.hash.update(`args\0${JSON.stringify([resolve(root), target, ...args])}\0`);
  const variables = Object.entries(env)
    .filter(([name]) => READ_VARIABLES.test(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  walk.hash.update(`env\0${JSON.stringify(variables)}\0`);
  walk.hash.update('project\0');
  addFolder(walk, root, root);
  walk.hash.update('content\0');
  if (existsSync(content)) addFolder({ ...walk, seen: new Set() }, content, content);
  const config = configFile(args, root);
  if (config !== undefined && existsSync(config)) addFile(walk, `config:${config}`, config);
  const fulcrum = packageRoot();
  walk.hash.update('fulcrum\0');
  if (resolve(fulcrum) !== resolve(root)) addPackage({ ...walk, seen: new Set() }, fulcrum);
  walk.hash.update('installed\0');
  addInstalled(walk, join(root, 'node_modules'));
  addInstalled(walk, join(fulcrum, 'node_modules'));
  return walk.hash.digest('hex');
}

/** What the file system says of every entry below the output folder (and of the folder), as a digest. */
function outputManifest(target: string): string {
  const hash = createHash('sha256');
  const add = (name: string, path: string) => {
    const { size, mtimeNs, ctimeNs, ino, mode } = statSync(path, { bigint: true });
    hash.update(`${name}\0${mode}\0${size}\0${mtimeNs}\0${ctimeNs}\0${ino}\0`);
  };
  add('.', target);
  const names = readdirSync(target, { recursive: true, encoding: 'utf8' }).sort();
  for (const name of names) add(name, join(target, name));
  return hash.digest('hex');
}

interface LastBuild {
  inputs: string;
  output: string;
}

/** One record per output folder, so builds into two folders do not undo each other's. */
function recordPath(root: string, target: string): string {
  const name = createHash('sha256').update(target).digest('hex').slice(0, 32);
  return join(root, RECORDS, `${name}.json`);
}

/** Whether the last build into `target` was made from `inputs` (a fingerprint) and left what it holds now. */
export function unchangedSince(root: string, target: string, inputs: string): boolean {
  try {
    const record = JSON.parse(readFileSync(recordPath(root, target), 'utf8')) as Partial<LastBuild>;
    return record.inputs === inputs && record.output === outputManifest(target);
  } catch {
    return false;
  }
}

/** After a build succeeded and its site is in place: the inputs it was made from, and what the output folder holds. */
export function recordBuild(root: string, target: string, inputs: string): void {
  try {
    const record: LastBuild = { inputs, output: outputManifest(target) };
    const path = recordPath(root, target);
    mkdirSync(dirname(path), { recursive: true });
    writeWhole(path, JSON.stringify(record));
  } catch {
    // Without a record the next build is a normal one, as it would be anyway.
  }
}

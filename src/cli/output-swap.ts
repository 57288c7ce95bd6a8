/**
 * Putting a finished build in place of the output folder, and tidying up
 * after builds that were killed while they did.
 *
 * Beside the output folder (`dist`), a build uses folders named after it and
 * after the build's process id:
 * - `.dist-tmp-<pid>`: the build being written;
 * - `.dist-search-<pid>`: its search index being written, moved into it when both are done;
 * - `.dist-old-<pid>`: the previous site, whole, moved aside for the instant of the swap;
 * - `.dist-drop-<pid>`: a folder being deleted.
 * When the output folder itself cannot be renamed (a mount point, or a
 * folder another program holds open), its contents are swapped instead,
 * through folders inside it:
 * - `.dist-keep-<pid>`: the previous site's entries being moved in, some still outside;
 * - `.dist-kept-<pid>`: all of the previous site's entries;
 * - `.dist-drop-<pid>`: as above.
 * A build that is killed leaves some of these behind; the next build
 * (`recoverOutput`) puts the previous site back where the swap was cut short
 * and deletes the rest, touching only folders whose process has ended.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { WORK_KINDS, type WorkKind as Kind } from '../lib/storage/build-output.ts';

/** `.dist-<kind>-<pid>` for the output folder `target`. */
function workName(target: string, kind: Kind, pid = process.pid): string {
  return `.${basename(target)}-${kind}-${pid}`;
}

/** The same beside `target`. */
export function besideOutput(target: string, kind: Kind, pid = process.pid): string {
  return join(dirname(target), workName(target, kind, pid));
}

/** The system error's code (ENOENT, EEXIST, …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return errorCode(error) === 'EPERM';
  }
  // A process killed with kill -9 still answers until its parent collects it
  // (a zombie, state Z, or X as it goes); Linux tells, elsewhere it is taken as running.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(')') + 2));
  } catch {
    return true;
  }
}

/** Work folders of ended builds in `dir`, by kind. */
function workFolders(dir: string, target: string): { name: string; kind: Kind; pid: number }[] {
  const pattern = new RegExp(`^\\.${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(${WORK_KINDS.join('|')})-(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = pattern.exec(name);
    if (!match) return [];
    const pid = Number(match[2]);
    return pid === process.pid || isRunning(pid) ? [] : [{ name, kind: match[1] as Kind, pid }];
  });
}

/** Moves every entry of `from` into `to` (renaming, or copying across file systems), then removes `from`. */
function moveEntries(from: string, to: string, skip: (name: string) => boolean = () => false): void {
  for (const name of readdirSync(from)) {
    if (skip(name)) continue;
    try {
      renameSync(join(from, name), join(to, name));
    } catch (error) {
      if (errorCode(error) !== 'EXDEV') throw error;
      cpSync(join(from, name), join(to, name), { recursive: true, preserveTimestamps: true });
      rmSync(join(from, name), { recursive: true, force: true });
    }
  }
}

/** Entries of the output folder that are the swap's own work folders. */
function isWorkFolder(target: string): (name: string) => boolean {
  const prefix = `.${basename(target)}-`;
  return (name) => name.startsWith(prefix) && /-(keep|kept|drop)-\d+$/.test(name);
}

/** Empties `target` but for its work folders, and moves the previous site's entries back from `kept`. */
function putBack(kept: string, target: string): void {
  const work = isWorkFolder(target);
  for (const name of readdirSync(target)) if (!work(name)) rmSync(join(target, name), { recursive: true, force: true });
  moveEntries(kept, target);
  rmdirSync(kept);
}

/**
 * Swaps the contents of `target` for those of `fresh`, for a folder that
 * cannot be renamed. The previous entries are moved into a folder inside it
 * first (same file system, so a rename each), and put back if anything fails.
 */
function replaceContents(fresh: string, target: string): void {
  const keep = join(target, workName(target, 'keep'));
  const kept = join(target, workName(target, 'kept'));
  mkdirSync(keep);
  try {
    moveEntries(target, keep, isWorkFolder(target));
  } catch (error) {
    moveEntries(keep, target);
    rmdirSync(keep);
    throw error;
  }
  renameSync(keep, kept);
  try {
    moveEntries(fresh, target, isWorkFolder(target));
  } catch (error) {
    putBack(kept, target);
    throw error;
  }
  const drop = join(target, workName(target, 'drop'));
  renameSync(kept, drop);
  // Deleted here, not by the caller's remover: it is inside the output folder, which the build lists next.
  removeNow(drop);
  rmSync(fresh, { recursive: true, force: true });
}

/** What deletes a folder the swap has done with (a `drop` work folder). */
export type Remover = (folder: string) => void;

function removeNow(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * Deletes `folder` on a thread of its own, so that the work after a swap goes
 * on meanwhile: a previous site of 4,000 days, some 15,000 files, took 2.7 s
 * to delete (bench/README.md). It is a `drop` work folder, so if the build
 * stops first, the next one deletes what is left (`recoverOutput`).
 */
export function removeAside(folder: string): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker("require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true });", {
      eval: true,
      workerData: folder,
    });
    // A folder that could not be deleted is left to the next build, as a stopped build's would be.
    worker.on('error', () => undefined);
    worker.on('exit', () => resolve());
  });
}

/** Why a folder cannot be renamed although its contents can be replaced. */
const UNMOVABLE = new Set(['EPERM', 'EBUSY', 'EXDEV']);

/**
 * Puts `fresh` where `target` is. Two renames within one folder: `target`
 * is never half-written, only missing for the instant between them (a build
 * killed then is put right by the next one). When `target` cannot be renamed,
 * its contents are replaced instead ('contents'). The previous site, by then
 * a `drop` work folder beside `target`, is handed to `remove`.
 */
export function swapIn(fresh: string, target: string, remove: Remover = removeNow): 'renamed' | 'contents' {
  const old = besideOutput(target, 'old');
  const hadTarget = existsSync(target);
  if (hadTarget) {
    try {
      renameSync(target, old);
    } catch (error) {
      if (!UNMOVABLE.has(errorCode(error) ?? '')) throw error;
      replaceContents(fresh, target);
      return 'contents';
    }
  }
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    throw error;
  }
  if (hadTarget) {
    const drop = besideOutput(target, 'drop');
    renameSync(old, drop);
    remove(drop);
  }
  return 'renamed';
}

/**
 * Puts right what builds that were killed left behind, for `target`: the
 * previous site goes back where a swap was cut short, everything else of
 * theirs is deleted. Returns lines that say what was done.
 */
export function recoverOutput(target: string): string[] {
  const notes: string[] = [];
  const removed: string[] = [];
  const name = basename(target);
  if (existsSync(target) && statSync(target).isDirectory()) {
    for (const work of workFolders(target, target)) {
      const path = join(target, work.name);
      if (work.kind === 'keep') {
        moveEntries(path, target);
        rmdirSync(path);
      } else if (work.kind === 'kept') {
        putBack(path, target);
      } else {
        rmSync(path, { recursive: true, force: true });
        removed.push(`${name}/${work.name}`);
        continue;
      }
      notes.push(
        `${name} was half replaced: a build (process ${work.pid}) was stopped while it replaced its contents; put back the site that was there before.`,
      );
    }
  }
  const beside = workFolders(dirname(target), target);
  const olds = beside
    .filter((work) => work.kind === 'old')
    .sort((a, b) => mtime(join(dirname(target), b.name)) - mtime(join(dirname(target), a.name)));
  const restore = existsSync(target) ? undefined : olds[0];
  if (restore) {
    renameSync(join(dirname(target), restore.name), target);
    notes.push(
      `${name} was missing: a build (process ${restore.pid}) was stopped while it swapped folders; put back the site that was there before, from ${restore.name}.`,
    );
  }
  for (const work of beside) {
    if (work === restore) continue;
    rmSync(join(dirname(target), work.name), { recursive: true, force: true });
    removed.push(work.name);
  }
  if (removed.length > 0) notes.push(`Removed what stopped builds left: ${removed.sort().join(', ')}.`);
  return notes;
}

function mtime(path: string): number {
  return statSync(path).mtimeMs;
}

/**
 * One build at a time for an output folder: `npm run build` holds a lock
 * file beside it (`.dist-lock`, holding the build's process id) from before
 * it tidies up until its site is in place. A second build waits for it.
 *
 * A lock is stale, and is taken over, when its process has ended (a build
 * killed with kill -9) or when it has not been touched for `staleAfter`: the
 * holder touches it every few seconds, so a lock left by a process whose id
 * now belongs to another program (after a restart) does not block for ever.
 * Taking over goes through a folder only one waiter can create, so two
 * waiters never both take the same stale lock.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Io } from './io.ts';
import { errorCode, isRunning } from './output-swap.ts';

export interface LockTiming {
  /** How often a waiting build looks again (ms). */
  poll: number;
  /** How often the holder touches its lock (ms). */
  beat: number;
  /** A lock untouched for this long is stale, whatever process it names (ms). */
  staleAfter: number;
}

const TIMING: LockTiming = { poll: 250, beat: 5_000, staleAfter: 120_000 };

interface Holder {
  pid: number;
  touched: number;
}

export function lockPath(target: string): string {
  return join(dirname(target), `.${basename(target)}-lock`);
}

/** When `path` was last changed, or undefined when it does not exist (any more). */
function touchedAt(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Who holds the lock, or undefined when there is none (any more). */
function holder(path: string): Holder | undefined {
  const touched = touchedAt(path);
  if (touched === undefined) return undefined;
  try {
    return { pid: Number.parseInt(readFileSync(path, 'utf8'), 10), touched };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  writeSync(fd, `${process.pid}\n`);
  closeSync(fd);
  return true;
}

/** A lock whose process has ended, or that nobody has touched for too long. */
function isStale(seen: Holder, timing: LockTiming): boolean {
  const age = Date.now() - seen.touched;
  // Without a process id it is being written this instant, unless it has been like that for a while.
  if (!Number.isSafeInteger(seen.pid)) return age > timing.poll * 20;
  return !isRunning(seen.pid) || age > timing.staleAfter;
}

/** Removes the stale lock `seen`, unless another waiter is doing so or it changed meanwhile; true if it did. */
function takeOver(path: string, seen: Holder, timing: LockTiming): boolean {
  const reaper = `${path}-reap`;
  try {
    mkdirSync(reaper);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    // Another waiter is taking over. One that died doing so (it takes microseconds) would leave this behind.
    const since = touchedAt(reaper);
    if (since !== undefined && Date.now() - since > timing.poll * 40) rmSync(reaper, { recursive: true, force: true });
    return false;
  }
  try {
    const now = holder(path);
    if (!now || now.pid !== seen.pid || now.touched !== seen.touched) return false;
    unlinkSync(path);
    return true;
  } finally {
    rmdirSync(reaper);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock for `target`, waiting while another build holds it, and
 * returns the function that releases it.
 */
export async function lockOutput(target: string, io: Io, timing: LockTiming = TIMING): Promise<() => void> {
  const path = lockPath(target);
  // `--outDir build/site` in a project without build/: the build would create it anyway.
  mkdirSync(dirname(path), { recursive: true });
  let told = false;
  while (!tryCreate(path)) {
    const seen = holder(path);
    if (!seen) continue;
    if (isStale(seen, timing)) {
      if (!takeOver(path, seen, timing)) await pause(timing.poll / 10);
      continue;
    }
    if (!told && Number.isSafeInteger(seen.pid)) {
      io.err(`Another build (process ${seen.pid}) is building ${basename(target)}; waiting for it to finish.`);
      told = true;
    }
    await pause(timing.poll);
  }
  const beat = setInterval(() => {
    const now = new Date();
    try {
      utimesSync(path, now, now);
    } catch {
      // Gone: released, or taken over after this process stalled; nothing to keep fresh.
    }
  }, timing.beat);
  beat.unref();
  return () => {
    clearInterval(beat);
    if (holder(path)?.pid === process.pid) unlinkSync(path);
  };
}

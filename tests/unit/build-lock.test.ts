/**
 * One build at a time for an output folder: a second waits while the first
 * holds the lock, and a lock left by a build that was killed (or whose
 * process id now belongs to another program) is taken over, by one waiter only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockOutput, lockPath } from '../../src/cli/build-lock.ts';

const FAST = { poll: 20, beat: 20, staleAfter: 60_000 };

let dir: string;
let target: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fulcrum-lock-'));
  target = join(dir, 'dist');
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

function recorder() {
  const lines: string[] = [];
  return { lines, io: { out: (text: string) => lines.push(text), err: (text: string) => lines.push(text) } };
}
const deadPid = () => spawnSync('true').pid as number;
function sleeper(): ChildProcess {
  const child = spawn('sleep', ['60']);
  children.push(child);
  return child;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lockOutput', () => {
  it('takes a free lock beside the output folder, holding its process id, and releases it', async () => {
    const { lines, io } = recorder();
    const release = await lockOutput(target, io, FAST);
    expect(lockPath(target)).toBe(join(dir, '.dist-lock'));
    expect(readFileSync(join(dir, '.dist-lock'), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(join(dir, '.dist-lock'))).toBe(false);
    expect(lines).toEqual([]);
  });

  it('creates the folder it goes in, for an output folder in a folder that does not exist yet', async () => {
    const release = await lockOutput(join(dir, 'build/site'), recorder().io, FAST);
    expect(readFileSync(join(dir, 'build/.site-lock'), 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('waits while a running build holds it, says so once, and takes it when that build ends', async () => {
    const other = sleeper();
    writeFileSync(join(dir, '.dist-lock'), `${other.pid}\n`);
    const { lines, io } = recorder();
    let taken = false;
    const waiting = lockOutput(target, io, FAST).then((release) => {
      taken = true;
      return release;
    });
    await pause(300);
    expect(taken).toBe(false);
    // The build ends and releases its lock.
    other.kill();
    rmSync(join(dir, '.dist-lock'));
    (await waiting)();
    expect(lines).toEqual([`Another build (process ${other.pid}) is building dist; waiting for it to finish.`]);
  });

  it('takes over at once a lock whose build was killed', async () => {
    writeFileSync(join(dir, '.dist-lock'), `${deadPid()}\n`);
    const { lines, io } = recorder();
    const release = await lockOutput(target, io, FAST);
    expect(readFileSync(join(dir, '.dist-lock'), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(lines).toEqual([]);
  });

  it('takes over a lock nobody has touched for too long, though its process id is in use (reused after a restart)', async () => {
    writeFileSync(join(dir, '.dist-lock'), `${sleeper().pid}\n`);
    const long = new Date(Date.now() - 61_000);
    utimesSync(join(dir, '.dist-lock'), long, long);
    const release = await lockOutput(target, recorder().io, FAST);
    expect(readFileSync(join(dir, '.dist-lock'), 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('keeps its own lock fresh while it holds it', async () => {
    const release = await lockOutput(target, recorder().io, FAST);
    const long = new Date(Date.now() - 61_000);
    utimesSync(join(dir, '.dist-lock'), long, long);
    await pause(200);
    expect(Date.now() - statSync(join(dir, '.dist-lock')).mtimeMs).toBeLessThan(1_000);
    release();
  });

  it('lets only one of several builds waiting on a stale lock in at a time', async () => {
    writeFileSync(join(dir, '.dist-lock'), `${deadPid()}\n`);
    const log = join(dir, 'log');
    writeFileSync(log, '');
    const module = pathToFileURL(join(import.meta.dirname, '../../src/cli/build-lock.ts')).href;
    const start = Date.now() + 1_500;
    const script = `
      import { appendFileSync } from 'node:fs';
      const { lockOutput } = await import(${JSON.stringify(module)});
      const io = { out() {}, err() {} };
      // All start at the same instant, so they find the stale lock together.
      while (Date.now() < ${start}) {}
      const release = await lockOutput(${JSON.stringify(target)}, io, { poll: 5, beat: 1000, staleAfter: 60000 });
      appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + '\\n');
      await new Promise((resolve) => setTimeout(resolve, 150));
      appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + '\\n');
      release();
    `;
    const runs = Array.from({ length: 4 }, () => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
      return new Promise<number | null>((resolve) => child.on('exit', resolve));
    });
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(8);
    for (let i = 0; i < lines.length; i += 2) {
      expect([lines[i]?.split(' ')[0], lines[i + 1]?.split(' ')[0], lines[i]?.split(' ')[1]]).toEqual([
        'in',
        'out',
        lines[i + 1]?.split(' ')[1],
      ]);
    }
    expect(existsSync(join(dir, '.dist-lock'))).toBe(false);
  });
});

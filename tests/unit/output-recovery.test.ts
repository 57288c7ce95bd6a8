/**
 * A build killed at any point leaves the output folder either as it was or
 * as the next build needs it: the next build puts back the previous site
 * where a swap was cut short and removes what is left over, but only what
 * belonged to builds that have ended. A folder that cannot be renamed gets
 * its contents swapped instead.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isRunning, recoverOutput, swapIn } from '../../src/cli/output-swap.ts';
import { fingerprint } from '../support/fingerprint.ts';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

let dir: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fulcrum-recover-'));
});
afterEach(() => {
  vi.mocked(fs.renameSync).mockRestore();
  for (const child of children.splice(0)) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

function folder(path: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path, file)), { recursive: true });
    writeFileSync(join(dir, path, file), text);
  }
  return join(dir, path);
}

const OLD = { 'index.html': 'old', 'rss.xml': 'old', 'data/days.json': 'old' };
const NEW = { 'index.html': 'new', 'rss.xml': 'new', 'data/days.json': 'new', 'search/index.html': 'new' };
const deadPid = () => spawnSync('true').pid as number;
function livePid(): number {
  const child = spawn('sleep', ['60']);
  children.push(child);
  return child.pid as number;
}

describe('isRunning', () => {
  it('tells a running process from one that has ended', () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(livePid())).toBe(true);
    expect(isRunning(deadPid())).toBe(false);
  });

  it.runIf(existsSync('/proc/self/stat'))('counts a killed process its parent has not collected yet (a zombie) as ended', async () => {
    // `sleep 0` ends at once, and the `sleep 60` that replaces the shell never collects it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60']);
    children.push(parent);
    const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
    while (!/\) Z/.test(readFileSync(`/proc/${zombie}/stat`, 'utf8'))) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(isRunning(zombie)).toBe(false);
  });
});

describe('recoverOutput', () => {
  it('puts back the previous site when a swap was cut short, and removes the unfinished build', () => {
    const [swapping, writing] = [deadPid(), deadPid()];
    const kept = fingerprint(folder(`.dist-old-${swapping}`, OLD));
    folder(`.dist-tmp-${writing}`, { 'index.html': 'half' });
    expect(recoverOutput(join(dir, 'dist'))).toEqual([
      `dist was missing: a build (process ${swapping}) was stopped while it swapped folders; put back the site that was there before, from .dist-old-${swapping}.`,
      `Removed what stopped builds left: .dist-tmp-${writing}.`,
    ]);
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(fingerprint(join(dir, 'dist'))).toEqual(kept);
  });

  it('deletes a previous site moved aside once the new one is in place, and a folder that was being deleted', () => {
    const [a, b] = [deadPid(), deadPid()];
    const site = fingerprint(folder('dist', NEW));
    folder(`.dist-old-${a}`, OLD);
    folder(`.dist-drop-${b}`, { 'index.html': 'x' });
    expect(recoverOutput(join(dir, 'dist'))).toEqual([`Removed what stopped builds left: .dist-drop-${b}, .dist-old-${a}.`]);
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(fingerprint(join(dir, 'dist'))).toEqual(site);
  });

  it('leaves alone what belongs to a build that is still running, and other folders’ work', () => {
    const running = livePid();
    folder(`.dist-tmp-${running}`, { 'index.html': 'being written' });
    folder(`.dist-old-${running}`, OLD);
    folder(`.preview-tmp-${deadPid()}`, { 'index.html': 'another output folder' });
    folder('.dist-drafts', { 'index.html': 'not ours' });
    expect(recoverOutput(join(dir, 'dist'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual([
      '.dist-drafts',
      `.dist-old-${running}`,
      `.dist-tmp-${running}`,
      expect.stringMatching(/^\.preview-tmp-\d+$/),
    ]);
  });

  it('puts back a site whose contents were being replaced, at each point a build can be killed', () => {
    // All of the old entries saved, some of the new ones in.
    const a = deadPid();
    folder('dist', { 'index.html': 'new', 'search/index.html': 'new' });
    folder(`dist/.dist-kept-${a}`, OLD);
    expect(recoverOutput(join(dir, 'dist'))).toEqual([
      `dist was half replaced: a build (process ${a}) was stopped while it replaced its contents; put back the site that was there before.`,
    ]);
    expect(fingerprint(join(dir, 'dist'))).toEqual(fingerprint(folder('expected', OLD)));

    // Some of the old entries saved, the rest still in place.
    const b = deadPid();
    rmSync(join(dir, 'dist'), { recursive: true });
    folder('dist', { 'index.html': 'old' });
    folder(`dist/.dist-keep-${b}`, { 'rss.xml': 'old', 'data/days.json': 'old' });
    expect(recoverOutput(join(dir, 'dist'))).toHaveLength(1);
    expect(fingerprint(join(dir, 'dist'))).toEqual(fingerprint(join(dir, 'expected')));

    // The new site in, the old one being deleted.
    const c = deadPid();
    folder(`dist/.dist-drop-${c}`, { 'index.html': 'old' });
    expect(recoverOutput(join(dir, 'dist'))).toEqual([`Removed what stopped builds left: dist/.dist-drop-${c}.`]);
    expect(fingerprint(join(dir, 'dist'))).toEqual(fingerprint(join(dir, 'expected')));
  });
});

describe('swapIn when the output folder cannot be renamed', () => {
  const refuseToMove = (target: string, code: string) => {
    const actual = vi.mocked(fs.renameSync).getMockImplementation() as typeof fs.renameSync;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (from === target) throw Object.assign(new Error(`${code}: cannot rename ${target}`), { code });
      actual(from, to);
    });
  };

  it('replaces its contents instead, in the same folder, and leaves nothing else behind', () => {
    const target = folder('dist', OLD);
    const inode = statSync(target).ino;
    refuseToMove(target, 'EBUSY');
    expect(swapIn(folder(`.dist-tmp-${process.pid}`, NEW), target)).toBe('contents');
    expect(statSync(target).ino).toBe(inode);
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(fingerprint(target)).toEqual(fingerprint(folder('expected', NEW)));
  });

  it('deletes the previous contents itself before it returns, not through the remover it is given', () => {
    // The build lists and records the output folder right after the swap; a folder inside it still being deleted would be listed too.
    const target = folder('dist', OLD);
    refuseToMove(target, 'EBUSY');
    const handed: string[] = [];
    expect(swapIn(folder(`.dist-tmp-${process.pid}`, NEW), target, (drop) => handed.push(drop))).toBe('contents');
    expect(handed).toEqual([]);
    expect(fingerprint(target)).toEqual(fingerprint(folder('expected', NEW)));
  });

  it('puts the previous contents back when the new ones cannot all be moved in', () => {
    const target = folder('dist', OLD);
    const before = fingerprint(target);
    const fresh = folder(`.dist-tmp-${process.pid}`, NEW);
    const actual = vi.mocked(fs.renameSync).getMockImplementation() as typeof fs.renameSync;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (from === target) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      if (from === join(fresh, 'search')) throw Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' });
      actual(from, to);
    });
    expect(() => swapIn(fresh, target)).toThrow('ENOSPC');
    expect(fingerprint(target)).toEqual(before);
    expect(readdirSync(target).sort()).toEqual(['data', 'index.html', 'rss.xml']);
  });

  it('changes nothing when the folder cannot be changed at all (immutable)', () => {
    const target = folder('dist', OLD);
    const before = fingerprint(target);
    const actual = vi.mocked(fs.renameSync).getMockImplementation() as typeof fs.renameSync;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (String(from).startsWith(target)) throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
      actual(from, to);
    });
    expect(() => swapIn(folder(`.dist-tmp-${process.pid}`, NEW), target)).toThrow('EPERM');
    expect(fingerprint(target)).toEqual(before);
    expect(readdirSync(target).sort()).toEqual(['data', 'index.html', 'rss.xml']);
  });
});

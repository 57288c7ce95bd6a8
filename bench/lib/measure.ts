/**
 * Runs one build and measures it: wall time from spawn to exit, the CPU time
 * of the whole process tree, and its peak resident memory. Builders fork
 * (npm, esbuild, workers), and /usr/bin/time reports one process's maximum,
 * not a tree's sum, so the tree is sampled from /proc instead.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Command {
  file: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Measurement {
  seconds: number;
  /** User and system CPU time of the build and every process it started (all their threads). */
  cpuSeconds: number;
  peakBytes: number;
  /** Every sample: seconds since spawn and the tree's resident bytes. */
  timeline: [seconds: number, bytes: number][];
}

const SAMPLE_MS = 50;

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process ended between listing and reading: it no longer counts.
    return '';
  }
}

/** The pid and every descendant, through each thread's `children` list. */
function processTree(root: number): number[] {
  const found: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    found.push(pid);
    let threads: string[] = [];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const thread of threads) {
      const children = readOrEmpty(`/proc/${pid}/task/${thread}/children`).trim();
      if (children !== '') pending.push(...children.split(/\s+/).map(Number));
    }
  }
  return found;
}

function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readOrEmpty(`/proc/${pid}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

function treeResidentBytes(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + residentBytes(pid), 0);
}

/** Clock ticks a second, the unit of CPU times in /proc. */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds of this process's children that have ended (and of their own
 * ended children, when each waited for its own): fields 16 and 17 of
 * /proc/self/stat. The difference across a build is the build's CPU time,
 * worker threads included; 0 where /proc is missing.
 */
function endedChildrenCpu(): number {
  const stat = readOrEmpty('/proc/self/stat');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the name start at field 3 (state), so field 16 is index 13.
  return (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) / TICKS;
}

/** Runs `command` with its output in `logFile`; rejects with the log's tail when it fails. */
export function measure(command: Command, logFile: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const started = performance.now();
    const cpuBefore = endedChildrenCpu();
    const child = spawn(command.file, command.args, { cwd: command.cwd, env: command.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const timeline: Measurement['timeline'] = [];
    const sample = () => {
      if (child.pid !== undefined) timeline.push([(performance.now() - started) / 1000, treeResidentBytes(child.pid)]);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    // 'exit' rather than 'close': the build is over when the process is, not when its pipes drain.
    child.on('exit', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      const cpuSeconds = endedChildrenCpu() - cpuBefore;
      clearInterval(timer);
      child.on('close', () => {
        log.end(() => {
          const peakBytes = Math.max(0, ...timeline.map(([, bytes]) => bytes));
          if (code === 0) return resolve({ seconds, cpuSeconds, peakBytes, timeline });
          const tail = readOrEmpty(logFile).split('\n').slice(-30).join('\n');
          reject(new Error(`${command.file} ${command.args.join(' ')} failed (${signal ?? code}); see ${logFile}\n${tail}`));
        });
      });
    });
  });
}

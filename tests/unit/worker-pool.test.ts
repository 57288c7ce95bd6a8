/**
 * The one pool of worker threads (src/lib/workers/worker-pool.ts) that prepares day
 * files and draws cards, run here with a worker of its own that echoes its
 * jobs: results in the jobs' order, never more workers than its size, an
 * error refusing only its own job, a crashed worker replaced, and shutdown.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkerPool, type WorkerPool } from '../../src/lib/workers/worker-pool.ts';
import type { EchoJob } from '../fixtures/workers/echo-worker.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';

const ECHO = join(PROJECT_ROOT, 'tests/fixtures/workers/echo-worker.ts');

interface Echo {
  value: number;
  thread: number;
}

let pool: WorkerPool<EchoJob, Echo> | undefined;
afterEach(() => pool?.close());

const echoPool = (size: number) => (pool = createWorkerPool<EchoJob, Echo>({ file: ECHO, size, name: 'echo' }));

// Each test starts worker threads of its own, which load TypeScript first: slow on a busy machine.
describe('the worker pool', { timeout: 30_000 }, () => {
  it('gives each job its own result, in the jobs’ order however the workers finish', async () => {
    const echo = echoPool(2);
    const jobs = [{ value: 1, wait: 60 }, { value: 2 }, { value: 3, wait: 20 }, { value: 4 }];
    const results = await Promise.all(jobs.map((job) => echo.run(job)));
    expect(results.map(({ value }) => value)).toEqual([1, 2, 3, 4]);
    expect(new Set(results.map(({ thread }) => thread)).size).toBe(2);
  });

  it('starts no more workers than there are jobs', async () => {
    const echo = echoPool(4);
    const results = await Promise.all(
      [
        { value: 1, wait: 20 },
        { value: 2, wait: 20 },
      ].map((job) => echo.run(job)),
    );
    expect(new Set(results.map(({ thread }) => thread)).size).toBe(2);
  });

  it('reuses an idle worker rather than starting another', async () => {
    const echo = echoPool(3);
    const first = await echo.run({ value: 1 });
    const second = await echo.run({ value: 2 });
    expect(second).toEqual({ value: 2, thread: first.thread });
  });

  it('refuses only the job that failed, with its message, and goes on with the others on the same worker', async () => {
    const echo = echoPool(1);
    const outcomes = await Promise.allSettled([
      echo.run({ value: 1 }),
      echo.run({ value: 2, fail: 'no such day' }),
      echo.run({ value: 3 }),
    ]);
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value.value : outcome.reason.message))).toEqual([
      1,
      'echo: no such day',
      3,
    ]);
    const threads = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.thread] : []));
    expect(threads[0]).toBe(threads[1]);
  });

  it('refuses the job of a worker that stopped, and runs the next in a new worker', async () => {
    const echo = echoPool(1);
    const first = await echo.run({ value: 1 });
    await expect(echo.run({ value: 2, exit: 3 })).rejects.toThrow(new Error('echo: a worker thread stopped (exit code 3)'));
    const after = await echo.run({ value: 4 });
    expect(after.value).toBe(4);
    expect(after.thread).not.toBe(first.thread);
  });

  it('on close, refuses the job running and the jobs waiting, and every job after', async () => {
    const echo = echoPool(1);
    // Settled as they are refused, before close has finished.
    const refused = Promise.allSettled([echo.run({ value: 1, wait: 5_000 }), echo.run({ value: 2 })]);
    await echo.close();
    const closed = new Error('echo: the workers were closed');
    expect(await refused).toEqual([
      { status: 'rejected', reason: closed },
      { status: 'rejected', reason: closed },
    ]);
    await expect(echo.run({ value: 3 })).rejects.toThrow(closed);
  });
});

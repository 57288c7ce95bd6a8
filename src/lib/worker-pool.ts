/**
 * Worker threads that run one kind of job each, for the work of a build that
 * is CPU-bound and independent per item: preparing day files
 * (project/prepare-pool.ts) and drawing social cards (cards/render.ts). The
 * pool starts workers as jobs come, up to its size, and gives each idle
 * worker the longest-waiting job; a worker's file answers with serveJobs.
 */
import { parentPort, Worker } from 'node:worker_threads';

/** What a worker sends back for one job. */
type Reply<Result> = { result: Result } | { error: string };

interface Waiting<Job, Result> {
  job: Job;
  resolve(result: Result): void;
  reject(error: Error): void;
}

export interface WorkerPool<Job, Result> {
  /** The job's result, or its error; Promise.all of several gives their results in the jobs' order. */
  run(job: Job): Promise<Result>;
  /** Ends every worker; the jobs not finished yet, and any run after, are refused. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** The worker's file, as runnableFile gives it. */
  file: string;
  /** Workers at most. */
  size: number;
  /** What the workers do, which begins every error message: "social card". */
  name: string;
}

export function createWorkerPool<Job, Result>({ file, size, name }: WorkerPoolOptions): WorkerPool<Job, Result> {
  const queue: Waiting<Job, Result>[] = [];
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, Waiting<Job, Result>>();
  let closed = false;

  const give = (worker: Worker, waiting: Waiting<Job, Result>) => {
    busy.set(worker, waiting);
    // Only a worker with a job holds the process open: idle ones must not keep a finished build alive.
    worker.ref();
    worker.postMessage(waiting.job);
  };

  const dispatch = () => {
    while (queue.length > 0 && (idle.length > 0 || workers.size < size)) {
      give(idle.pop() ?? start(), queue.shift() as Waiting<Job, Result>);
    }
  };

  /** A worker that failed leaves the pool with its job refused; the jobs waiting go to the others, or to a new one. */
  const drop = (worker: Worker, error: Error) => {
    if (!workers.delete(worker)) return;
    const idleAt = idle.indexOf(worker);
    if (idleAt !== -1) idle.splice(idleAt, 1);
    busy.get(worker)?.reject(error);
    busy.delete(worker);
    dispatch();
  };

  const start = (): Worker => {
    const worker = new Worker(file);
    workers.add(worker);
    worker.on('message', (reply: Reply<Result>) => {
      const waiting = busy.get(worker);
      busy.delete(worker);
      if ('error' in reply) waiting?.reject(new Error(`${name}: ${reply.error}`));
      else waiting?.resolve(reply.result);
      worker.unref();
      idle.push(worker);
      dispatch();
    });
    worker.on('error', (error) => drop(worker, new Error(`${name}: ${error.message}`)));
    worker.on('exit', (code) => drop(worker, new Error(`${name}: a worker thread stopped (exit code ${code})`)));
    return worker;
  };

  return {
    run: (job) =>
      new Promise((resolve, reject) => {
        if (closed) {
          reject(new Error(`${name}: the workers were closed`));
          return;
        }
        queue.push({ job, resolve, reject });
        dispatch();
      }),
    close: async () => {
      closed = true;
      const ending = [...workers];
      workers.clear();
      idle.length = 0;
      const refused = new Error(`${name}: the workers were closed`);
      for (const waiting of [...busy.values(), ...queue.splice(0)]) waiting.reject(refused);
      busy.clear();
      await Promise.all(ending.map((worker) => worker.terminate()));
    },
  };
}

/** In a worker's own file: answers every job the pool sends with what `work` makes of it, or with why it failed. */
export function serveJobs<Job, Result>(work: (job: Job) => Result | Promise<Result>): void {
  parentPort?.on('message', async (job: Job) => {
    let reply: Reply<Result>;
    try {
      reply = { result: await work(job) };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}

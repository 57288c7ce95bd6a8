/**
 * Worker threads that run one kind of job each, for the work of a build that
 * is CPU-bound and independent per item: preparing day files
 * (project/prepare-pool.ts) and drawing social cards (cards/render-card.ts). The
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

export function createWorkerPool<Job, Result>(options: WorkerPoolOptions): WorkerPool<Job, Result> {
  return new Pool<Job, Result>(options);
}

class Pool<Job, Result> implements WorkerPool<Job, Result> {
  private readonly queue: Waiting<Job, Result>[] = [];
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Waiting<Job, Result>>();
  private closed = false;
  private readonly options: WorkerPoolOptions;

  constructor(options: WorkerPoolOptions) {
    this.options = options;
  }

  run(job: Job): Promise<Result> {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(this.closedError());
        return;
      }
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const ending = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    const refused = this.closedError();
    for (const waiting of [...this.busy.values(), ...this.queue.splice(0)]) waiting.reject(refused);
    this.busy.clear();
    await Promise.all(ending.map((worker) => worker.terminate()));
  }

  private closedError(): Error {
    return new Error(`${this.options.name}: the workers were closed`);
  }

  private dispatch(): void {
    while (this.queue.length > 0 && (this.idle.length > 0 || this.workers.size < this.options.size)) {
      this.give(this.idle.pop() ?? this.start(), this.queue.shift() as Waiting<Job, Result>);
    }
  }

  private give(worker: Worker, waiting: Waiting<Job, Result>): void {
    this.busy.set(worker, waiting);
    // Only a worker with a job holds the process open: idle ones must not keep a finished build alive.
    worker.ref();
    worker.postMessage(waiting.job);
  }

  private start(): Worker {
    const { file, name } = this.options;
    const worker = new Worker(file);
    this.workers.add(worker);
    worker.on('message', (reply: Reply<Result>) => this.answered(worker, reply));
    worker.on('error', (error) => this.drop(worker, new Error(`${name}: ${error.message}`)));
    worker.on('exit', (code) => this.drop(worker, new Error(`${name}: a worker thread stopped (exit code ${code})`)));
    return worker;
  }

  private answered(worker: Worker, reply: Reply<Result>): void {
    const waiting = this.busy.get(worker);
    this.busy.delete(worker);
    if ('error' in reply) waiting?.reject(new Error(`${this.options.name}: ${reply.error}`));
    else waiting?.resolve(reply.result);
    worker.unref();
    this.idle.push(worker);
    this.dispatch();
  }

  /** A worker that failed leaves the pool with its job refused; the jobs waiting go to the others, or to a new one. */
  private drop(worker: Worker, error: Error): void {
    if (!this.workers.delete(worker)) return;
    const idleAt = this.idle.indexOf(worker);
    if (idleAt !== -1) this.idle.splice(idleAt, 1);
    this.busy.get(worker)?.reject(error);
    this.busy.delete(worker);
    this.dispatch();
  }
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

/**
 * Social cards: a 1200×630 PNG per post and one for the site. Drawing one
 * takes a couple of milliseconds of CPU, so cards are drawn in worker threads
 * (one per core but one) while Astro renders pages, and cached by their
 * content so a rebuild only draws new ones.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CARD_VERSION, drawCard, type CardContent } from './draw.ts';

export { CARD_HEIGHT, CARD_WIDTH, type CardContent } from './draw.ts';

const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'fulcrum-cards');
/** The worker runs from source: pages are bundled, but Node 24 runs this TypeScript file as it is. */
const WORKER = join(process.cwd(), 'src', 'cards', 'worker.ts');

interface Pending {
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

interface Pool {
  draw(card: CardContent): Promise<Buffer>;
}

function createPool(size: number): Pool {
  const pending = new Map<number, Pending>();
  let next = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(WORKER);
    // Idle workers must not keep a finished build alive.
    worker.unref();
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const waiting = pending.get(id);
      pending.delete(id);
      if (png) waiting?.resolve(Buffer.from(png));
      else waiting?.reject(new Error(`social card: ${error ?? 'no image'}`));
    });
    return worker;
  });
  return {
    draw: (card) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        (workers[id % workers.length] as Worker).postMessage({ id, card });
      }),
  };
}

let pool: Pool | undefined;

function draw(card: CardContent): Promise<Buffer> {
  // Without the worker's source (an unusual install), draw on this thread.
  if (!existsSync(WORKER)) return Promise.resolve(drawCard(card));
  // One core is left to the main thread, which renders the pages meanwhile.
  pool ??= createPool(Math.max(1, availableParallelism() - 1));
  return pool.draw(card);
}

export async function renderCard(card: CardContent): Promise<Buffer> {
  const key = createHash('sha256').update(CARD_VERSION + JSON.stringify(card)).digest('hex').slice(0, 32);
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await draw(card);
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename, so a concurrent build never reads half a file.
  const partial = `${cached}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, cached);
  return png;
}

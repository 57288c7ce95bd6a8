/**
 * Social cards: a 1200×630 PNG per post and one for the site. Drawing one
 * takes a couple of milliseconds of CPU, so cards are drawn in worker threads
 * (one per core but one) while Astro renders pages, and cached by their
 * content so a rebuild only draws new ones.
 */
import { availableParallelism } from 'node:os';
import { inputKey, openContentCache, type ContentCache } from '../storage/content-cache.ts';
import { canRun, runnableFile } from '../storage/package-files.ts';
import { createWorkerPool, type WorkerPool } from '../workers/worker-pool.ts';
import { drawCard, type CardContent } from './draw.ts';

export { CARD_HEIGHT, CARD_WIDTH, type CardContent } from './draw.ts';

/** The worker runs from Fulcrum's own files: pages are bundled, the worker is not. */
const workerFile = () => runnableFile('src/lib/cards/worker.ts');

/** Kept for the whole build: its idle workers do not hold the process open. */
let pool: WorkerPool<CardContent, Uint8Array> | undefined;

async function draw(card: CardContent): Promise<Buffer> {
  // Without the worker's source (an unusual install), draw on this thread.
  if (!canRun(workerFile())) return drawCard(card);
  // One core is left to the main thread, which renders the pages meanwhile.
  pool ??= createWorkerPool({ file: workerFile(), size: Math.max(1, availableParallelism() - 1), name: 'social card' });
  // A Buffer crosses between threads as a plain Uint8Array.
  return Buffer.from(await pool.run(card));
}

/**
 * A card is drawn by the code in src/lib/cards from the content it is given;
 * the files of the cache and of the worker's start that this module runs count
 * too (tests/unit/cache-keys.test.ts fails when a file it runs is missing).
 */
const DRAWING_CODE = [
  'src/lib/cards',
  'src/lib/storage/content-cache.ts',
  'src/lib/storage/package-files.ts',
  'src/lib/storage/write-whole.ts',
  'src/lib/workers/worker-pool.ts',
];

let cache: ContentCache | undefined;

export async function renderCard(card: CardContent): Promise<Buffer> {
  cache ??= openContentCache(process.cwd(), 'cards', DRAWING_CODE);
  const key = inputKey(JSON.stringify(card));
  const cached = cache.read(key);
  if (cached !== undefined) return cached;
  const png = await draw(card);
  cache.write(key, png);
  return png;
}

/** A worker thread that draws social cards, so cards are drawn beside page rendering, on every core. */
import { parentPort } from 'node:worker_threads';
import { drawCard, type CardContent } from './draw.ts';

parentPort?.on('message', ({ id, card }: { id: number; card: CardContent }) => {
  try {
    const png = drawCard(card);
    parentPort?.postMessage({ id, png });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

/** A worker thread that draws social cards, so cards are drawn beside page rendering, on every core. */
import { serveJobs } from '../workers/worker-pool.ts';
import { drawCard, type CardContent } from './draw.ts';

serveJobs((card: CardContent) => drawCard(card));

/**
 * The build's log: Astro's own (its node destination), without what
 * rendering four pages at once garbles. Astro writes each route in two
 * parts, "├─ /404.html" without a line end when it starts and " (+12ms)"
 * when it ends; with four under way, the starts of several routes run into
 * one line and their ends stand alone, naming no route. So the routes are
 * left out (the build ends with one line of what was built,
 * build-summary.ts), and every other message ends its line. `npm run build`
 * gives Astro this file as its logger's entry point; with `--verbose` the
 * routes stay as Astro writes them, for their times.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeDestination from 'astro/logger/node';

const COLOURS = /\u001b\[[\d;]*m/g;
/** "  ├─ /2026/04/22/index.html" */
const ROUTE_START = /^\s*├─ /;
/** " (+12ms) ", " (+1.2s) (file not created, response body was empty)", " (cached)", " (restored)" */
const ROUTE_END = /^\s*\((?:\+[\d.]+m?s|cached|restored)\)\s*(?:\(file not created, response body was empty\))?\s*$/;

function isRoutePart({ level, message }: AstroLoggerMessage): boolean {
  const text = message.replace(COLOURS, '');
  return level === 'info' && (ROUTE_START.test(text) || ROUTE_END.test(text));
}

export interface BuildLogConfig {
  /** Astro's route lines as it writes them. */
  routes?: boolean;
}

export default function buildLog({ routes = false }: BuildLogConfig = {}): AstroLoggerDestination {
  // Astro has already left out what is below the level asked for (--verbose, --silent).
  const astro = nodeDestination({ level: 'debug' });
  return {
    write(message) {
      if (routes) astro.write(message);
      else if (!isRoutePart(message)) astro.write({ ...message, newLine: true });
    },
  };
}

/**
 * Ctrl-C (SIGINT) or a kill (SIGTERM) while `npm run build` runs: what the
 * build started is stopped, what it wrote beside the output folder is
 * removed and its lock released, and one line says so. The output folder
 * itself is only replaced at the very end, by the swap; until then it is as
 * it was. (kill -9 leaves no time for any of this: the next build tidies up,
 * see output-swap.ts.)
 *
 * The stop is synchronous from start to exit, so no other code of the build
 * runs once it has begun.
 */
import type { Io } from './io.ts';

export interface BuildStop {
  /** Something to undo when the build is stopped; the last added is undone first. */
  onStop(undo: () => void): void;
  /**
   * The build is done and puts its site in place, or says why not: all of it
   * synchronous and over in an instant, so a signal from here on is let
   * pass rather than cut the swap short.
   */
  finishing(): void;
  /** The build has returned: signals are Node's again. */
  end(): void;
}

/** Stops the build on SIGINT and SIGTERM; `name` is the output folder as the author calls it. */
export function stopOnSignal(name: string, io: Io): BuildStop {
  const undo: (() => void)[] = [];
  let finishing = false;
  function end(): void {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  function stop(signal: NodeJS.Signals): void {
    if (finishing) return;
    for (const step of undo.reverse()) {
      try {
        step();
      } catch {
        // Whatever is left beside the output folder, the next build removes.
      }
    }
    io.err(`The build was stopped; ${name}/ is as it was.`);
    // Ended by the signal itself, as an interrupted command should be, and at once: process.exit()
    // first waits for the threads of Astro's bundler, which, stopped halfway, can wait for ever.
    end();
    process.kill(process.pid, signal);
  }
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return {
    onStop: (step) => undo.push(step),
    finishing: () => {
      finishing = true;
    },
    end,
  };
}

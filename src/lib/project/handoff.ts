/**
 * Days prepared by `npm run build`'s check, handed to Astro's days loader,
 * which runs in the same process (the build calls Astro's build() itself).
 * The loader runs in code Vite loads, a module instance of its own, so the
 * handoff is a process-wide slot rather than a module's variable. What is
 * handed over is only ever used as known days (prepare.ts): a file whose
 * name or bytes changed since is prepared again, so nothing stale is used.
 */
import type { PreparedDays } from './prepare.ts';

const SLOT = Symbol.for('fulcrum.prepared-days');

type Slot = { [SLOT]?: PreparedDays };

export function handOver(prepared: PreparedDays): void {
  (globalThis as Slot)[SLOT] = prepared;
}

/** The days handed over for the content folder `dir`, if any. */
export function handedOver(dir: string): PreparedDays | undefined {
  const prepared = (globalThis as Slot)[SLOT];
  return prepared?.dir === dir ? prepared : undefined;
}

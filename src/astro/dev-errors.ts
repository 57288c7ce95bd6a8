/**
 * Under `npm run dev`, the content errors the loaders last found, which the
 * pages show (dev-error-banner.ts). The loaders and the middleware are
 * module instances of their own, so this is a process-wide slot. A build
 * never reports here: its loaders stop at the first error. The browser
 * needs no telling: Astro reloads it once the loaders have run.
 */
import type { Diagnostic } from '../lib/source/diagnostic.ts';

/** Which loader found them: each replaces only its own. */
export type ErrorSource = 'days' | 'site';

const SLOT = Symbol.for('fulcrum.dev-errors');

function errorsBySource(): Map<ErrorSource, readonly Diagnostic[]> {
  const global = globalThis as { [SLOT]?: Map<ErrorSource, readonly Diagnostic[]> };
  global[SLOT] ??= new Map();
  return global[SLOT];
}

/** The errors among `diagnostics` are now those of `source`; warnings stay in the terminal. */
export function reportErrors(source: ErrorSource, diagnostics: readonly Diagnostic[]): void {
  errorsBySource().set(
    source,
    diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
  );
}

export function currentErrors(): Diagnostic[] {
  return [...errorsBySource().values()].flat();
}

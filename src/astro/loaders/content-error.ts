import { formatCount } from '../../lib/format.ts';
import { formatDiagnostic, type Diagnostic } from '../../lib/source/diagnostic.ts';

/** Thrown by a loader when an author's file has errors: the message is the check's own output. */
export class ContentError extends Error {
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`${formatCount(errors.length, 'problem', 'problems')} in the content:\n${errors.map(formatDiagnostic).join('\n')}`);
    this.name = 'ContentError';
    // The message says which file and line to fix; where in our code it was noticed would only bury it (Astro prints any stack it finds).
    this.stack = '';
  }
}

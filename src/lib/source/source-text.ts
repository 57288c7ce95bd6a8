/** An author's file as text, or the one diagnostic that says why it is not text. */
import { decodeSource } from './decode.ts';
import type { Diagnostic } from './diagnostic.ts';

export type SourceText = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

export function sourceText(file: string, bytes: Uint8Array): SourceText {
  const decoded = decodeSource(bytes);
  if (decoded.ok) return decoded;
  const { line, column, offset } = decoded;
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    diagnostics: [
      {
        file,
        line,
        column,
        severity: 'error',
        path: '',
        message: `the byte at offset ${offset} (0x${hex}) is not UTF-8 text; the file was probably saved in another encoding (such as Windows-1252): save it as UTF-8 and re-type the character here`,
      },
    ],
  };
}

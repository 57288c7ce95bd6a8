/**
 * Writing a file all at once: the text goes to a hidden temporary file
 * beside it, which is then renamed over it. A crash, a kill or a reader at
 * the same moment sees the old file or the new one, never half of either.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let written = 0;

export function writeWhole(path: string, data: string | Uint8Array): void {
  // Hidden, so a folder's reader (the days folder's, say) passes it over; unique, so two writers never share one.
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}-${(written += 1)}.tmp`);
  try {
    writeFileSync(partial, data);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

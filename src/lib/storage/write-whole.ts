/**
 * Writing a file all at once: the text goes to a hidden temporary file
 * beside it, which is then renamed over it. A crash, a kill or a reader at
 * the same moment sees the old file or the new one, never half of either.
 *
 * A path that is a symbolic link is written where the link leads (through
 * any chain of links): renaming over the link itself would replace it with
 * a plain file, and the author's file behind it would never get the change.
 * Every writer of a day goes through here, so none of them can differ.
 */
import { lstatSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let written = 0;

/** The file a write to `path` changes: the end of its links, or `path` itself when it is no link or does not exist yet. */
function writtenPath(path: string): string {
  let isLink: boolean;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw error;
  }
  // A link to nothing fails here (ENOENT), rather than be replaced.
  return isLink ? realpathSync(path) : path;
}

export function writeWhole(path: string, data: string | Uint8Array): void {
  const target = writtenPath(path);
  // Hidden, so a folder's reader (the days folder's, say) passes it over; unique, so two writers never share one.
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}-${(written += 1)}.tmp`);
  try {
    writeFileSync(partial, data);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

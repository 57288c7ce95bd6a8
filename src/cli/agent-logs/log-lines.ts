/**
 * A log file's lines, read a piece at a time. Logs grow to hundreds of
 * megabytes (one of 629 MB is known), more than a JavaScript string can
 * hold, so a log is never read whole: only the line being read is kept.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** How much of a file is read at a time. */
const CHUNK_BYTES = 1 << 20;

/** A file that could not be read, and the system's error code. */
export interface UnreadableLog {
  path: string;
  code: string;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * The lines of the file at `path` (split at LF, as JSON Lines are), read in
 * chunks of `chunkBytes`. UTF-8 is decoded across chunk boundaries and a
 * byte-order mark is dropped. Should the file not open or a read fail, the
 * lines end there and the file is reported to `unreadable`.
 */
export function* fileLines(path: string, unreadable: (log: UnreadableLog) => void, chunkBytes = CHUNK_BYTES): Generator<string> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    unreadable({ path, code: codeOf(error) });
    return;
  }
  try {
    const decoder = new TextDecoder('utf-8');
    const buffer = Buffer.alloc(chunkBytes);
    // The start of a line not ended yet, in pieces: a line longer than a chunk is joined once, when it ends.
    let pending: string[] = [];
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, chunkBytes, null);
      } catch (error) {
        unreadable({ path, code: codeOf(error) });
        return;
      }
      const text = read === 0 ? decoder.decode() : decoder.decode(buffer.subarray(0, read), { stream: true });
      let from = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
        pending.push(text.slice(from, end));
        yield pending.join('');
        pending = [];
        from = end + 1;
      }
      if (from < text.length) pending.push(text.slice(from));
      if (read === 0) break;
    }
    if (pending.length > 0) yield pending.join('');
  } finally {
    closeSync(fd);
  }
}

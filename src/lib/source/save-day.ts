/**
 * Saving a day file without losing anything that is there. Every command
 * that writes a day (npm run new, --from with --merge, import, check --fix)
 * decides here:
 *
 * - a new day is written whole under a name no other file of its date
 *   holds, in either form, even one that appeared a moment before;
 * - a day that is changed is written whole (through its link, if it is
 *   one: write-whole.ts) only while it still reads as it did when the
 *   change was made from it, so an editor's save or another command's write
 *   in the meantime is never undone.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { writeWhole } from '../storage/write-whole.ts';
import { existingDayFile, type ContentPaths } from './files.ts';
import type { DayForm } from './write-day.ts';

export type CreatedDay = { ok: true; path: string } | { ok: false; existing: string };

/** Names of day files in any case, .yml too, as the check reads them. */
const DAY_NAME = /\.(md|ya?ml)$/i;

/** The other day files of `date` beside `ours`. */
function othersOfDate(paths: ContentPaths, date: string, ours: string): string[] {
  return readdirSync(paths.days)
    .filter((name) => name !== ours && DAY_NAME.test(name) && name.slice(0, name.lastIndexOf('.')) === date)
    .map((name) => join(paths.days, name));
}

/** File systems without hard links (FAT, some network shares) say so with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Puts `text` at `path` only if nothing is there. The text is written to a
 * hidden file first and linked into place, which fails when the name is
 * taken: no reader ever sees the file half-written.
 */
function createWhole(path: string, text: string): boolean {
  const partial = join(path, '..', `.${basename(path)}.${process.pid}.new`);
  try {
    writeFileSync(partial, text);
    linkSync(partial, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
  } finally {
    rmSync(partial, { force: true });
  }
  try {
    writeFileSync(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Writes a new day for `date`, or names the day file that holds the date already. */
export function createDayFile(paths: ContentPaths, date: string, form: DayForm, text: string): CreatedDay {
  const existing = existingDayFile(paths, date);
  if (existing !== undefined) return { ok: false, existing };
  mkdirSync(paths.days, { recursive: true });
  const path = join(paths.days, `${date}.${form}`);
  if (!createWhole(path, text)) return { ok: false, existing: path };
  // A file of the same date in the other form may have appeared since the look above: the day is that one.
  const [other] = othersOfDate(paths, date, basename(path));
  if (other === undefined) return { ok: true, path };
  rmSync(path);
  return { ok: false, existing: other };
}

/** The file's text now, or undefined when it is gone. */
function textNow(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export type Replaced = 'written' | 'changed';

/**
 * Writes `text` over the day at `path` if it still reads `read`, the text
 * the change was made from; 'changed' (and nothing written) when it was
 * saved, moved or deleted since.
 */
export function replaceDayFile(path: string, read: string, text: string): Replaced {
  if (textNow(path) !== read) return 'changed';
  writeWhole(path, text);
  return 'written';
}

/**
 * Where an author's files live and how they are read from disk. The content
 * folder is `content/` below the project root unless FULCRUM_CONTENT names
 * another (tests and benchmarks build throwaway sites that way).
 */
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync, type Dirent } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Diagnostic } from './diagnostic.ts';

/** A file as read: the path to show for it and its bytes. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  file: string;
  bytes: Uint8Array;
}

export interface ContentPaths {
  root: string;
  dir: string;
  days: string;
  site: string;
}

/** The site settings file; `bytes` is undefined when it does not exist or cannot be read. */
export interface SiteSource {
  file: string;
  bytes: Uint8Array | undefined;
  /** Why the file is there but cannot be read (a folder, say), for the author. */
  unreadable?: string;
  /** A file the settings name (the icon), by its path in the content folder. */
  asset?: AssetReader;
}

/** A file in the content folder: the path to show for it, and its bytes unless it is missing or no file. */
export type AssetReader = (path: string) => { file: string; bytes: Uint8Array | undefined };

function contentAsset(paths: ContentPaths): AssetReader {
  return (path) => {
    const full = join(paths.dir, path);
    const bytes = existsSync(full) && statSync(full).isFile() ? readFileSync(full) : undefined;
    return { file: displayPath(paths.root, full), bytes };
  };
}

export function contentPaths(root: string, override = process.env.FULCRUM_CONTENT): ContentPaths {
  const dir = resolve(root, override || 'content');
  return { root, dir, days: join(dir, 'days'), site: join(dir, 'site.yaml') };
}

/** Relative to the project when inside it (as editors and CI logs show paths), absolute otherwise. */
export function displayPath(root: string, path: string): string {
  const inside = relative(root, path);
  return (inside.startsWith('..') ? resolve(path) : inside).split('\\').join('/');
}

export function readSiteFile(paths: ContentPaths): SiteSource {
  const source = { file: displayPath(paths.root, paths.site), asset: contentAsset(paths) };
  if (!existsSync(paths.site)) return { ...source, bytes: undefined };
  try {
    return { ...source, bytes: readFileSync(paths.site) };
  } catch (error) {
    const unreadableSite =
      (error as NodeJS.ErrnoException).code === 'EISDIR'
        ? 'is a folder, but it should be the site settings file; move it away and write the settings there (see docs/site-settings.md)'
        : unreadable(paths.site, error);
    return { ...source, bytes: undefined, unreadable: unreadableSite };
  }
}

/**
 * The file that already holds `date`, in any form an author may have used:
 * .yml too, so it is never missed, and the extension in any case, as the
 * check reads it (2026-04-22.MD).
 */
export function existingDayFile(paths: ContentPaths, date: string): string | undefined {
  if (!existsSync(paths.days)) return undefined;
  const name = readdirSync(paths.days).find((entry) => DAY_LIKE.test(entry) && entry.slice(0, entry.lastIndexOf('.')) === date);
  return name === undefined ? undefined : join(paths.days, name);
}

/** The day files read from disk, and what could not be read or is not read (with why). */
export interface DayFiles {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Names of day files, and of the `.yml` files read so they can be flagged; the case of the extension does not matter. */
const DAY_LIKE = /\.(md|ya?ml)$/i;

function problem(file: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { file, line: 1, column: 1, severity, path: '', message };
}

/**
 * Why a day file could not be read, for the author. The common cases say
 * what to do; anything else names the system's error code.
 */
function unreadable(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    let target = '';
    try {
      target = readlinkSync(path);
    } catch {
      // Not a link: the file went away while it was being read.
    }
    return target === ''
      ? 'disappeared while it was being read; run the command again'
      : `is a link to ${target}, which does not exist; restore that file or remove the link`;
  }
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied; make it readable (chmod u+r)';
  return `cannot be read (${code ?? String(error)})`;
}

/** Why the days folder cannot be listed: the same words for the check and every command. */
function daysFolderUnreadable(days: string, error: unknown): string {
  return (error as NodeJS.ErrnoException).code === 'ENOTDIR'
    ? 'is a file, but it should be the folder that holds the day files; move it away and create the folder'
    : unreadable(days, error);
}

/**
 * What keeps a command from reading or writing days, as one line naming the
 * days folder: it is a file, or cannot be read. A missing folder is fine
 * (the commands create it).
 */
export function daysFolderProblem(paths: ContentPaths): string | undefined {
  try {
    readdirSync(paths.days);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return `${displayPath(paths.root, paths.days)} ${daysFolderUnreadable(paths.days, error)}`;
  }
}

/**
 * Every file in the days folder that looks like a day (`.md`, `.yaml`, and
 * `.yml` so it can be flagged). Hidden files are never days: editors' lock
 * and swap files (`.#2026-04-22.md`, `.2026-04-22.md.swp`) and macOS
 * resource files (`._2026-04-22.md`) are left alone, as are backups that do
 * not end in a day's extension (`2026-04-22.md~`). Only files directly in the
 * folder are days: one in a subfolder gets a warning, so it is not left out
 * without a word.
 */
export function readDayFiles(paths: ContentPaths): DayFiles {
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const show = (path: string) => displayPath(paths.root, path);
  let entries: Dirent[];
  try {
    entries = readdirSync(paths.days, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files, diagnostics };
    return { files, diagnostics: [problem(show(paths.days), 'error', daysFolderUnreadable(paths.days, error))] };
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(paths.days, entry.name);
    const isFolder = `is a folder, not a file; a day is one file, ${show(paths.days)}/YYYY-MM-DD.md or .yaml`;
    if (entry.isDirectory()) {
      if (DAY_LIKE.test(entry.name)) diagnostics.push(problem(show(path), 'error', isFolder));
      for (const nested of nestedDayFiles(path)) {
        const message = `not read: only files directly in ${show(paths.days)}/ are days, so this one is not published; move it to ${show(join(paths.days, basename(nested)))}`;
        diagnostics.push(problem(show(nested), 'warning', message));
      }
      continue;
    }
    if (!DAY_LIKE.test(entry.name)) continue;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) {
        diagnostics.push(problem(show(path), 'error', stats.isDirectory() ? isFolder : 'is not a regular file; a day is a text file'));
        continue;
      }
      files.push({ file: show(path), bytes: readFileSync(path) });
    } catch (error) {
      diagnostics.push(problem(show(path), 'error', unreadable(path, error)));
    }
  }
  return { files, diagnostics };
}

/** The day-like files anywhere below a subfolder of the days folder (not in hidden folders). */
function nestedDayFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return nestedDayFiles(path);
      return DAY_LIKE.test(entry.name) ? [path] : [];
    });
}

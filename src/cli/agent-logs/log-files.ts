/**
 * Where each agent keeps its logs, and reading the ones that can hold a
 * given day. A folder set by the author (option or environment variable)
 * must exist; of the default places, those that exist are read.
 */
import { existsSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { SOURCE_NAMES, type AgentSource, type LogFile } from './activity.ts';
import { fileLines, type UnreadableLog } from './log-lines.ts';

export type { UnreadableLog } from './log-lines.ts';

export interface LogPlaces {
  /** --logs: the agent's own folder (the one holding projects/ or sessions/). */
  option?: string;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** Where a relative folder is taken from: the author's shell, not the project npm runs in. */
  cwd: string;
}

interface SourcePlaces {
  variable: string;
  /** The folders below the agent's own that hold logs; the first is the one every installation has. */
  below: readonly string[];
  defaults: (home: string) => string[];
  matches: (name: string) => boolean;
}

const PLACES: Record<AgentSource, SourcePlaces> = {
  'claude-code': {
    variable: 'CLAUDE_CONFIG_DIR',
    below: ['projects'],
    // Claude Code's own folder; some installations use the XDG one.
    defaults: (home) => [join(home, '.claude'), join(home, '.config', 'claude')],
    matches: (name) => name.endsWith('.jsonl'),
  },
  codex: {
    variable: 'CODEX_HOME',
    // Codex moves a session's rollout from sessions/ to archived_sessions/ when it is archived.
    below: ['sessions', 'archived_sessions'],
    defaults: (home) => [join(home, '.codex')],
    matches: (name) => name.startsWith('rollout-') && name.endsWith('.jsonl'),
  },
};

export type LogFolders = { ok: true; folders: string[] } | { ok: false; message: string };

export function logFolders(source: AgentSource, places: LogPlaces): LogFolders {
  const { variable, below, defaults } = PLACES[source];
  const chosen = places.option ?? places.env[variable];
  const bases = chosen ? [resolve(places.cwd, chosen)] : defaults(places.home);
  const candidates = bases.flatMap((base) => below.map((folder) => join(base, folder)));
  const folders = candidates.filter((folder) => existsSync(folder));
  if (folders.length > 0) return { ok: true, folders };
  const setting = places.option !== undefined ? '--logs' : chosen ? variable : `--logs DIR (or ${variable})`;
  return {
    ok: false,
    message: `there are no ${SOURCE_NAMES[source]} logs at ${candidates.join(' or ')}; point ${setting} at the folder that holds ${below[0]}/`,
  };
}

interface Walk {
  matches: (name: string) => boolean;
  since: number;
  /** Folders and files already met (device and inode), so a loop of links ends and a linked log is read once. */
  seen: Set<string>;
  found: { path: string; modified: number }[];
  unreadable: UnreadableLog[];
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/** The first time the file or folder `stats` describes is met. */
function firstVisit(stats: Stats, walk: Walk): boolean {
  const key = `${stats.dev}:${stats.ino}`;
  if (walk.seen.has(key)) return false;
  walk.seen.add(key);
  return true;
}

function visitFolder(folder: string, walk: Walk): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    walk.unreadable.push({ path: folder, code: codeOf(error) });
    return;
  }
  for (const entry of entries) {
    const { name } = entry;
    // Another kind of file is no log; a link may lead to a folder or a log, so it is looked at.
    if (entry.isFile() && !walk.matches(name)) continue;
    const path = join(folder, name);
    let stats: Stats;
    try {
      // Through links: a linked project folder or log is read like any other.
      stats = statSync(path);
    } catch (error) {
      walk.unreadable.push({ path, code: codeOf(error) });
      continue;
    }
    if (stats.isDirectory()) {
      if (firstVisit(stats, walk)) visitFolder(path, walk);
    } else if (stats.isFile() && walk.matches(name) && stats.mtimeMs >= walk.since && firstVisit(stats, walk)) {
      // A file last written before the day began holds nothing of it.
      walk.found.push({ path, modified: stats.mtimeMs });
    }
  }
}

export interface LogFiles {
  /** Oldest first; each is read as its lines are asked for. */
  files: LogFile[];
  /**
   * Folders and files that could not be read. Files that fail only when
   * their lines are read are added then, so read this after the files.
   */
  unreadable: UnreadableLog[];
}

/** The logs below `folders` written to since `since` (ms), oldest first, and what could not be read. */
export function readLogFiles(source: AgentSource, folders: readonly string[], since: number): LogFiles {
  const walk: Walk = { matches: PLACES[source].matches, since, seen: new Set(), found: [], unreadable: [] };
  for (const folder of folders) {
    try {
      if (firstVisit(statSync(folder), walk)) visitFolder(folder, walk);
    } catch (error) {
      walk.unreadable.push({ path: folder, code: codeOf(error) });
    }
  }
  const { unreadable } = walk;
  // Once per file, however often a reader goes through its lines.
  const report = (log: UnreadableLog) => {
    if (!unreadable.some(({ path }) => path === log.path)) unreadable.push(log);
  };
  const files = walk.found
    .sort((a, b) => a.modified - b.modified || (a.path < b.path ? -1 : 1))
    .map(({ path }) => ({ path, lines: () => fileLines(path, report) }));
  return { files, unreadable };
}

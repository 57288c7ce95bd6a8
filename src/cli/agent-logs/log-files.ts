/**
 * Where each agent keeps its logs, and reading the ones that can hold a
 * given day. A folder set by the author (option or environment variable)
 * must exist; of the default places, those that exist are read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SOURCE_NAMES, type AgentSource, type LogFile } from './activity.ts';

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
  below: string;
  defaults: (home: string) => string[];
  matches: (name: string) => boolean;
}

const PLACES: Record<AgentSource, SourcePlaces> = {
  'claude-code': {
    variable: 'CLAUDE_CONFIG_DIR',
    below: 'projects',
    // Claude Code's own folder; some installations use the XDG one.
    defaults: (home) => [join(home, '.claude'), join(home, '.config', 'claude')],
    matches: (name) => name.endsWith('.jsonl'),
  },
  codex: {
    variable: 'CODEX_HOME',
    below: 'sessions',
    defaults: (home) => [join(home, '.codex')],
    matches: (name) => name.startsWith('rollout-') && name.endsWith('.jsonl'),
  },
};

export type LogFolders = { ok: true; folders: string[] } | { ok: false; message: string };

export function logFolders(source: AgentSource, places: LogPlaces): LogFolders {
  const { variable, below, defaults } = PLACES[source];
  const chosen = places.option ?? places.env[variable];
  const bases = chosen ? [resolve(places.cwd, chosen)] : defaults(places.home);
  const folders = bases.map((base) => join(base, below)).filter((folder) => existsSync(folder));
  if (folders.length > 0) return { ok: true, folders };
  const setting = places.option !== undefined ? '--logs' : chosen ? variable : `--logs DIR (or ${variable})`;
  const where = bases.map((base) => join(base, below)).join(' or ');
  return {
    ok: false,
    message: `there are no ${SOURCE_NAMES[source]} logs at ${where}; point ${setting} at the folder that holds ${below}/`,
  };
}

function walk(folder: string, matches: (name: string) => boolean, since: number, found: { path: string; modified: number }[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, matches, since, found);
    else if (entry.isFile() && matches(entry.name)) {
      const modified = statSync(path).mtimeMs;
      // A file last written before the day began holds nothing of it.
      if (modified >= since) found.push({ path, modified });
    }
  }
}

/** The logs below `folders` written to since `since` (ms), oldest first. */
export function readLogFiles(source: AgentSource, folders: readonly string[], since: number): LogFile[] {
  const found: { path: string; modified: number }[] = [];
  for (const folder of folders) walk(folder, PLACES[source].matches, since, found);
  return found
    .sort((a, b) => a.modified - b.modified || (a.path < b.path ? -1 : 1))
    .map(({ path }) => ({ path, text: readFileSync(path, 'utf8') }));
}

/**
 * Every day file prepared once per build (prepare-day.ts): `npm run build`
 * checks the prepared days and hands them to Astro's days loader in the same
 * process (handoff.ts); `astro dev` and `astro build` alone prepare them in
 * the loader through this same function. A day is prepared again only when
 * its file's bytes (or the code that prepares it) changed: what was prepared
 * is kept in the content cache between builds, and in memory within one.
 * Many files to prepare are spread over worker threads, one per core.
 */
import { availableParallelism } from 'node:os';
import { inputKey, openContentCache } from '../storage/content-cache.ts';
import { sortDiagnostics, type Diagnostic } from '../source/diagnostic.ts';
import { readDayFiles, type ContentPaths, type SourceFile } from '../source/files.ts';
import { markdownWithoutComments } from '../markdown/render-markdown.ts';
import type { RenderedDay } from '../published/publish.ts';
import type { DaySource } from '../schema/day-file.ts';
import type { ProseScanner } from '../prose/check-prose.ts';
import { scanProse } from '../source/prose-scan.ts';
import { checkDayFiles } from './check-project.ts';
import { prepareDayFile, type PreparedDay } from './prepare-day.ts';
import { canPrepareInWorkers, prepareInWorkers } from './prepare-pool.ts';

/** Everything below these folders (and package-lock.json) decides what a prepared day holds. */
const PREPARING_CODE = ['src/lib'];

/**
 * Below this many files to prepare, worker threads cost more than they save:
 * each one loads the YAML, schema and Markdown code first (bench/README.md).
 */
const WORKERS_FROM = 100;

export interface PreparedDays {
  /** The content folder read. */
  dir: string;
  /** Each day file read, by the file (as shown in messages). */
  byFile: ReadonlyMap<string, PreparedDay>;
  /** The key of each file read: its name and bytes (inputKey), which alone decide what it prepared to. */
  keyOfFile: ReadonlyMap<string, string>;
  /** Every day that parsed, sorted by date (drafts included). */
  days: DaySource[];
  /** What could not be read, every problem in each file, and what only shows across files. */
  diagnostics: Diagnostic[];
}

export interface PrepareOptions {
  /** Days prepared earlier in this process: a file whose name and bytes are unchanged is taken from here. */
  known?: PreparedDays | undefined;
  /** Worker threads at most (default: one per core); 0 prepares everything on this thread. */
  workers?: number;
}

export async function prepareDays(paths: ContentPaths, options: PrepareOptions = {}): Promise<PreparedDays> {
  const { files, diagnostics: unread } = readDayFiles(paths);
  const cache = openContentCache(paths.root, 'prepared', PREPARING_CODE);
  const keyOfFile = new Map(files.map(({ file, bytes }) => [file, inputKey(file, bytes)]));
  const keyOf = (file: string) => keyOfFile.get(file) as string;
  const { known } = options;
  // Under npm run dev, the entry of a file's earlier version (or of a file deleted) is never asked for again.
  for (const [file, key] of known?.keyOfFile ?? []) if (keyOfFile.get(file) !== key) cache.remove(key);
  const byFile = new Map<string, PreparedDay>();
  const missing: SourceFile[] = [];
  for (const source of files) {
    const key = keyOf(source.file);
    const earlier = known?.keyOfFile.get(source.file) === key ? known.byFile.get(source.file) : undefined;
    const prepared = earlier ?? stored(cache.read(key));
    if (prepared) byFile.set(source.file, prepared);
    else missing.push(source);
  }
  const workers = options.workers ?? availableParallelism();
  if (missing.length >= WORKERS_FROM && workers > 1 && canPrepareInWorkers()) {
    for (const { file, json } of await prepareInWorkers(missing, workers)) {
      byFile.set(file, JSON.parse(json) as PreparedDay);
      cache.write(keyOf(file), json);
    }
  } else {
    for (const { file, bytes } of missing) {
      const prepared = await prepareDayFile(file, bytes);
      byFile.set(file, prepared);
      cache.write(keyOf(file), JSON.stringify(prepared));
    }
  }
  const checked = checkDayFiles(files, (file) => (byFile.get(file) as PreparedDay).parsed);
  return { dir: paths.dir, byFile, keyOfFile, days: checked.days, diagnostics: sortDiagnostics([...unread, ...checked.diagnostics]) };
}

/**
 * Every day that parsed and rendered (drafts included), as the pages publish
 * them: prose and titles rendered, and task titles as published in the open
 * data, as written but without the author's private comments.
 */
export function renderedDays(prepared: PreparedDays): RenderedDay[] {
  return prepared.days.flatMap((day) => {
    const rendered = prepared.byFile.get(day.file)?.rendered;
    if (!rendered) return [];
    const { date, file, frontmatter } = day;
    const tasks = frontmatter.tasks.map((task) => ({ ...task, title: markdownWithoutComments(task.title).trim() }));
    return [
      {
        date,
        file,
        frontmatter: { ...frontmatter, tasks },
        rendered,
      },
    ];
  });
}

/** What the checks read in a day's prose, as prepared (the tree the renderer went on with). */
export function preparedScanner(prepared: PreparedDays): ProseScanner {
  return (day, part, markdown) => prepared.byFile.get(day.file)?.scanned?.[part] ?? scanProse(markdown);
}

function stored(entry: Buffer | undefined): PreparedDay | undefined {
  if (entry === undefined) return undefined;
  try {
    return JSON.parse(entry.toString('utf8')) as PreparedDay;
  } catch {
    // Written whole, so unreadable only if someone edited it: prepared again.
    return undefined;
  }
}

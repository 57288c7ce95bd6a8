/**
 * `npm run new [YYYY-MM-DD] [--yaml]`: writes a ready-to-fill day file and
 * prints its path. Until its blanks are filled in, `npm run check` and the
 * build point at each of them, so an untouched template is never published.
 * With `--from claude-code` or `--from codex` the day is filled in from the
 * agent's logs instead (new-from-logs.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { isCalendarDate, todayIn, outsideDayYears } from '../lib/dates.ts';
import { contentPaths, displayPath, existingDayFile, readSiteFile, type ContentPaths, daysFolderProblem } from '../lib/source/files.ts';
import { packageRoot } from '../lib/storage/package-files.ts';
import { parseSiteSource } from '../lib/schema/site-file.ts';
import type { DayForm } from '../lib/source/write-day.ts';
import { readArgs } from './args.ts';
import type { Io } from './io.ts';
import { runFromLogs, type Environment } from './new-from-logs.ts';

const TASKS = `tasks:
  # One entry per task. Quote a title that contains ": " or starts with [ { * & ! | > ' " % @ \`
  - title: ""
    human: ""        # what it would have taken you by hand: 2.5h, 45m or 1h 30m
    ai: ""           # the agent's wall-clock time: 17m
    supervision: ""  # your own time prompting and reviewing: 2m
`;

const OPTIONAL = `# title: "A headline for the day (without it: Leverage Record and the date)"
# description: "One sentence for the index and feeds (without it: the first paragraph)"
# tokens: 0
`;

/** The file `npm run new` writes; `schemaPath` is the JSON Schema relative to the file, for editors. */
export function dayTemplate(date: string, form: DayForm, schemaPath: string): string {
  if (form === 'yaml') {
    return `# yaml-language-server: $schema=${schemaPath}
date: ${date}
${OPTIONAL}${TASKS}intro: |
  What you worked on today and why, in a paragraph or two (Markdown, shown above the tables).
analysis: |
  ## Analysis

  What the numbers say: where the agent helped most, and where it needed you.
`;
  }
  return `---
date: ${date}
${OPTIONAL}${TASKS}---
What you worked on today and why, in a paragraph or two (shown above the tables).

## Analysis

What the numbers say: where the agent helped most, and where it needed you.
`;
}

export type NewDayResult = { ok: true; file: string } | { ok: false; message: string };

function today(paths: ContentPaths, now: Date): { ok: true; date: string } | { ok: false; message: string } {
  const source = readSiteFile(paths);
  const { file } = source;
  const { site } = parseSiteSource(source);
  if (!site) {
    return {
      ok: false,
      message: `cannot tell today's date in your time zone: ${file} has errors (npm run check lists them); or give the date: npm run new 2026-04-22`,
    };
  }
  return { ok: true, date: todayIn(site.timeZone, now) };
}

export function createDay(paths: ContentPaths, requested: string | undefined, form: DayForm, now: Date): NewDayResult {
  let date = requested;
  if (date === undefined) {
    const found = today(paths, now);
    if (!found.ok) return found;
    date = found.date;
  } else if (!isCalendarDate(date)) {
    return { ok: false, message: `"${date}" is not a date; give it as YYYY-MM-DD, e.g. npm run new 2026-04-22` };
  }
  const outside = outsideDayYears(date);
  if (outside !== undefined) return { ok: false, message: outside };
  const existing = existingDayFile(paths, date);
  if (existing !== undefined) {
    return { ok: false, message: `${displayPath(paths.root, existing)} already exists; edit it, or give another date` };
  }
  const path = join(paths.days, `${date}.${form}`);
  const schemaPath = relative(paths.days, join(packageRoot(), 'schemas', 'day.schema.json'))
    .split('\\')
    .join('/');
  mkdirSync(paths.days, { recursive: true });
  // 'wx' fails rather than overwrite, should the file appear after the check above.
  writeFileSync(path, dayTemplate(date, form, schemaPath), { flag: 'wx' });
  return { ok: true, file: displayPath(paths.root, path) };
}

const USAGE = 'usage: npm run new [YYYY-MM-DD] [-- --yaml] [--from claude-code|codex [--dry-run] [--merge] [--no-titles] [--logs DIR]]';

const OPTIONS = {
  yaml: { type: 'boolean' },
  from: { type: 'string' },
  'dry-run': { type: 'boolean' },
  merge: { type: 'boolean' },
  'no-titles': { type: 'boolean' },
  logs: { type: 'string' },
} as const;

export function runNew(args: readonly string[], root: string, io: Io, now: Date, env: Environment = process.env): number {
  const parsed = readArgs(args, OPTIONS, USAGE, 1);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { values, positionals } = parsed;
  const form: DayForm = values.yaml ? 'yaml' : 'md';
  const paths = contentPaths(root);
  const unusableDays = daysFolderProblem(paths);
  if (unusableDays !== undefined) {
    io.err(unusableDays);
    return 1;
  }
  if (values.from !== undefined) {
    if (values.from !== 'claude-code' && values.from !== 'codex') {
      io.err(`--from ${values.from} is not a source Fulcrum reads; write --from claude-code or --from codex`);
      return 2;
    }
    return runFromLogs(
      {
        source: values.from,
        date: positionals[0],
        form,
        dryRun: values['dry-run'] ?? false,
        merge: values.merge ?? false,
        titles: !(values['no-titles'] ?? false),
        logs: values.logs,
      },
      { paths, io, now, env, home: homedir() },
    );
  }
  const stray = (['dry-run', 'merge', 'no-titles', 'logs'] as const).find((name) => values[name] !== undefined);
  if (stray !== undefined) {
    io.err(`--${stray} goes with --from claude-code or --from codex; ${USAGE}`);
    return 2;
  }
  const result = createDay(paths, positionals[0], form, now);
  if (!result.ok) {
    io.err(result.message);
    return 1;
  }
  io.out(result.file);
  return 0;
}

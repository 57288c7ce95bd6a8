/**
 * `npm run new [YYYY-MM-DD] [--yaml]`: writes a ready-to-fill day file and
 * prints its path. Until its blanks are filled in, `npm run check` and the
 * build point at each of them, so an untouched template is never published.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isCalendarDate, todayIn } from '../../src/lib/dates.ts';
import { contentPaths, displayPath, readSiteFile, type ContentPaths } from '../../src/lib/source/files.ts';
import { parseSiteFile } from '../../src/lib/source/site-file.ts';
import type { Io } from './io.ts';

export type DayForm = 'md' | 'yaml';

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
  const { file, bytes } = readSiteFile(paths);
  const { site } = parseSiteFile(file, bytes);
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
  // The check reads a day's extension in any case (2026-04-22.MD), so this looks for it the same way.
  const sameDate = new RegExp(`^${date}\\.(md|yaml|yml)$`, 'i');
  const existing = existsSync(paths.days) ? readdirSync(paths.days).find((name) => sameDate.test(name)) : undefined;
  if (existing !== undefined) {
    return { ok: false, message: `${displayPath(paths.root, join(paths.days, existing))} already exists; edit it, or give another date` };
  }
  const path = join(paths.days, `${date}.${form}`);
  const schemaPath = relative(paths.days, join(paths.root, 'schemas', 'day.schema.json')).split('\\').join('/');
  mkdirSync(paths.days, { recursive: true });
  // 'wx' fails rather than overwrite, should the file appear after the check above.
  writeFileSync(path, dayTemplate(date, form, schemaPath), { flag: 'wx' });
  return { ok: true, file: displayPath(paths.root, path) };
}

export function runNew(args: readonly string[], root: string, io: Io, now: Date): number {
  const form: DayForm = args.includes('--yaml') ? 'yaml' : 'md';
  const positional = args.filter((arg) => arg !== '--yaml');
  if (positional.length > 1 || positional.some((arg) => arg.startsWith('-'))) {
    io.err(`unexpected ${positional.join(' ')}; usage: npm run new [YYYY-MM-DD] [-- --yaml]`);
    return 2;
  }
  const result = createDay(contentPaths(root), positional[0], form, now);
  if (!result.ok) {
    io.err(result.message);
    return 1;
  }
  io.out(result.file);
  return 0;
}

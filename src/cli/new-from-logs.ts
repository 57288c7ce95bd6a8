/**
 * `npm run new -- [YYYY-MM-DD] --from claude-code|codex`: writes the day from
 * the agent's own session logs, one task per session, with measured agent
 * time, supervision and tokens and a proposed title; `human` is left for the
 * author. `--dry-run` prints instead of writing, `--merge` adds sessions to a
 * day that exists, `--no-titles` takes no text from the logs, `--logs DIR`
 * reads another folder. See docs/agent-logs.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_NAMES, type AgentSource, type LogFile, type LogReading, type SkippedLine } from './agent-logs/activity.ts';
import { readClaudeCode } from './agent-logs/claude-code.ts';
import { readCodex } from './agent-logs/codex.ts';
import { localClock, localDate, sessionDay } from './agent-logs/session-days.ts';
import {
  agentMinutes,
  dayMinutes,
  dayTokens,
  draftDay,
  measuredMinutes,
  sessionTask,
  taskSessions,
  type DraftSettings,
  type MeasuredSession,
} from './agent-logs/draft.ts';
import { logFolders, readLogFiles, type UnreadableLog } from './agent-logs/log-files.ts';
import { shortSessionIds, skippedOfDay } from './agent-logs/report.ts';
import { countTokens } from '../lib/schema/token-counts.ts';
import { measureTurns } from './agent-logs/turns.ts';
import { dateOfDayNumber, dayNumber, isCalendarDate, startOfDay, todayIn } from '../lib/dates.ts';
import { countNoun, formatCount, formatTokens } from '../lib/format.ts';
import type { Site } from '../lib/schema/site-schema.ts';
import { displayPath, existingDayFile, readSiteFile, type ContentPaths } from '../lib/source/files.ts';
import { mergeDay } from '../lib/source/merge-day.ts';
import { createDayFile, replaceDayFile } from '../lib/source/save-day.ts';
import { parseSiteSource } from '../lib/schema/site-file.ts';
import { dayFileText, type DayForm } from '../lib/source/write-day.ts';
import type { Io } from './io.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface FromLogsOptions {
  source: AgentSource;
  /** YYYY-MM-DD; today in the site's time zone when absent. */
  date: string | undefined;
  form: DayForm;
  dryRun: boolean;
  merge: boolean;
  titles: boolean;
  logs: string | undefined;
}

export interface FromLogsContext {
  paths: ContentPaths;
  io: Io;
  now: Date;
  env: Environment;
  home: string;
}

const MS_PER_CS = 10;
/** Skipped lines listed by place in the warning; the rest are counted. */
const LISTED_SKIPS = 5;

function read(source: AgentSource, files: readonly LogFile[], titles: boolean): LogReading {
  return source === 'claude-code' ? readClaudeCode(files, { titles }) : readCodex(files, { titles });
}

function skippedWarning(skipped: readonly SkippedLine[]): string {
  const listed = skipped.slice(0, LISTED_SKIPS).map(({ file, line, reason }) => `${file}:${line} (${reason})`);
  const more = skipped.length > LISTED_SKIPS ? ` and ${skipped.length - LISTED_SKIPS} more` : '';
  return `warning: skipped ${formatCount(skipped.length, 'log line', 'log lines')} that Fulcrum could not read: ${listed.join(', ')}${more}; the figures leave ${skipped.length === 1 ? 'it' : 'them'} out`;
}

/** What the common reasons a log cannot be read mean, for the author. */
const UNREADABLE_REASONS: Record<string, string> = {
  EACCES: 'no permission to read it',
  EPERM: 'no permission to read it',
  ENOENT: 'a link to nothing',
  ELOOP: 'a loop of links',
};

function unreadableWarning(unreadable: readonly UnreadableLog[]): string {
  const listed = unreadable.map(
    ({ path, code }) => `${path} (${code}${UNREADABLE_REASONS[code] === undefined ? '' : `: ${UNREADABLE_REASONS[code]}`})`,
  );
  // A read that fails part way leaves out the rest of that file; the lines before it are counted.
  return `warning: could not read ${formatCount(unreadable.length, 'log or folder', 'logs or folders')}: ${listed.join(', ')}; the figures leave out what could not be read`;
}

/** Columns padded to their widest cell, two spaces apart. */
function table(rows: readonly string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function sessionTable(measured: readonly MeasuredSession[], date: string, site: Site, settings: DraftSettings): string[] {
  const { timeZone } = site;
  const tokens = (value: number) => (settings.tokenKinds.length === 0 ? '—' : formatTokens(value));
  const clock = (instant: number) => {
    const later = localDate(instant, timeZone) !== date;
    return `${localClock(instant, timeZone)}${later ? '+1' : ''}`;
  };
  const ids = shortSessionIds(measured.map(({ session }) => session.id));
  const rows = measured.map(({ session, day }, index) => {
    const left = day.agentMs === 0;
    const task = left ? '(left out: the agent did no work this day)' : settings.titles ? (session.title ?? '(no title in the log)') : '—';
    return [
      ids[index] ?? session.id,
      clock(day.start),
      clock(day.end),
      left ? '0m' : agentMinutes(day.agentMs),
      measuredMinutes(day.supervisionMs),
      tokens(countTokens(day.tokens, settings.tokenKinds)),
      task,
    ];
  });
  const totals = dayMinutes(measured);
  return table([
    ['session', 'start', 'end', 'agent', 'supervision', 'tokens', 'task'],
    ...rows,
    [
      'total',
      '',
      '',
      totals.agent,
      totals.supervision,
      tokens(dayTokens(measured, settings.tokenKinds) ?? 0),
      formatCount(taskSessions(measured).length, 'task', 'tasks'),
    ],
  ]);
}

/** The day to add sessions to, as read before the logs are. */
interface DayToMerge {
  path: string;
  form: DayForm;
  text: string;
}

/** The day at `path` read for merging, or why it cannot be merged into. */
function dayToMerge(paths: ContentPaths, path: string): { ok: true; day: DayToMerge } | { ok: false; message: string } {
  const shown = displayPath(paths.root, path);
  // The check reads an extension in any case (2026-04-22.YAML), and so does the merge.
  const extension = path.toLowerCase().split('.').at(-1);
  if (extension === 'yml') return { ok: false, message: `${shown}: day files written in YAML end in .yaml; rename it, then merge` };
  try {
    return { ok: true, day: { path, form: extension === 'yaml' ? 'yaml' : 'md', text: readFileSync(path, 'utf8') } };
  } catch (error) {
    // A link to a file that is gone, a folder, a file without read permission.
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: `cannot add the sessions to ${shown}: it cannot be read (${code}); nothing written` };
  }
}

const existsMessage = (shown: string) =>
  `${shown} already exists; add --merge to add the sessions it does not have yet, or give another date`;

const NEXT_STEP = "fill in each task's human (your estimate by hand), check the titles, then run npm run check";

interface Found {
  name: string;
  date: string;
  where: string;
  site: Site;
  settings: DraftSettings;
  measured: MeasuredSession[];
}

function printDryRun(io: Io, found: Found, verb: string, shown: string, summary: string, text: string): void {
  io.out(`${found.name} sessions on ${found.date} (${found.site.timeZone}) in ${found.where}:`);
  for (const line of sessionTable(found.measured, found.date, found.site, found.settings)) io.out(line);
  io.out('');
  io.out(`Would ${verb} ${shown} (${summary}):`);
  io.out(text.replace(/\n$/, ''));
}

/** How often a day saved again while the sessions were added is merged anew before the command gives up. */
const MERGE_ATTEMPTS = 3;

/**
 * Adds the sessions the day lacks to `day` and writes it, as long as the
 * file still reads as it did: when it was saved meanwhile (an editor,
 * another --merge), the sessions are added again to what it holds now.
 */
function mergeInto(first: DayToMerge, found: Found, dryRun: boolean, paths: ContentPaths, io: Io): number {
  const { name, date, settings, measured } = found;
  const shown = displayPath(paths.root, first.path);
  const additions = taskSessions(measured).map((session) => ({
    task: sessionTask(session, settings),
    tokens: settings.tokenKinds.length === 0 ? undefined : countTokens(session.day.tokens, settings.tokenKinds),
  }));
  let day = first;
  for (let attempt = 1; ; attempt += 1) {
    const merged = mergeDay(day.text, day.form, additions);
    if (!merged.ok) {
      io.err(`cannot add the sessions to ${shown}: ${merged.message}; nothing written`);
      return 1;
    }
    if (merged.added.length === 0) {
      const count = merged.alreadyThere.length;
      io.err(
        `${shown} already has ${count === 1 ? 'the' : `all ${count}`} ${name} ${countNoun(count, 'session', 'sessions')} of ${date}; nothing to add`,
      );
      if (!dryRun) io.out(shown);
      return 0;
    }
    const notes = [
      ...(merged.alreadyThere.length === 0 ? [] : [`${merged.alreadyThere.length} already there`]),
      ...(merged.tokens.after === merged.tokens.before || merged.tokens.after === undefined
        ? []
        : [
            `tokens ${merged.tokens.before === undefined ? '' : `${formatTokens(merged.tokens.before)} → `}${formatTokens(merged.tokens.after)}`,
          ]),
    ];
    const summary = [`${formatCount(merged.added.length, 'task', 'tasks')} added from ${name}'s logs`, ...notes].join(', ');
    if (dryRun) {
      printDryRun(io, found, 'change', shown, summary, merged.text);
      return 0;
    }
    if (replaceDayFile(day.path, day.text, merged.text) === 'written') {
      io.out(shown);
      io.err(`${summary}; ${NEXT_STEP}`);
      return 0;
    }
    if (attempt === MERGE_ATTEMPTS) {
      io.err(`${shown} was saved again each time the sessions were added to it; nothing written; run the command again once it is saved`);
      return 1;
    }
    const again = dayToMerge(paths, day.path);
    if (!again.ok) {
      io.err(again.message);
      return 1;
    }
    day = again.day;
  }
}

/** What stops the command, said to the author; or what it goes on with. */
type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

function fail(io: Io, message: string): number {
  io.err(message);
  return 1;
}

export function runFromLogs(options: FromLogsOptions, context: FromLogsContext): number {
  const { paths, io } = context;
  const settled = siteAndDate(options, paths, context.now);
  if (!settled.ok) return fail(io, settled.message);
  const { site, date } = settled.value;
  // Read before the logs, which may take long: what the day holds now is what the sessions are added to.
  const existing = dayToAddTo(paths, date, options.merge);
  if (!existing.ok) return fail(io, existing.message);
  const found = findSessions(options, context, site, date);
  if (!found.ok) return fail(io, found.message);
  if (existing.value !== undefined) return mergeInto(existing.value, found.value, options.dryRun, paths, io);
  return writeNewDay(found.value, options, context);
}

/** The site's settings and the date of the day to write (today in the site's time zone unless given). */
function siteAndDate(options: FromLogsOptions, paths: ContentPaths, now: Date): Outcome<{ site: Site; date: string }> {
  const siteSource = readSiteFile(paths);
  const { site } = parseSiteSource(siteSource);
  if (!site)
    return {
      ok: false,
      message: `cannot read the time zone and agentLogs settings: ${siteSource.file} has errors (npm run check lists them)`,
    };
  const date = options.date ?? todayIn(site.timeZone, now);
  if (!isCalendarDate(date)) {
    return {
      ok: false,
      message: `"${date}" is not a date; give it as YYYY-MM-DD, e.g. npm run new -- 2026-04-22 --from ${options.source}`,
    };
  }
  return { ok: true, value: { site, date } };
}

/** The day file of `date` read for merging; undefined when there is none. A day that exists is an error without --merge. */
function dayToAddTo(paths: ContentPaths, date: string, merge: boolean): Outcome<DayToMerge | undefined> {
  const existing = existingDayFile(paths, date);
  if (existing === undefined) return { ok: true, value: undefined };
  if (!merge) return { ok: false, message: existsMessage(displayPath(paths.root, existing)) };
  const read = dayToMerge(paths, existing);
  return read.ok ? { ok: true, value: read.day } : read;
}

/** The sessions with agent work on `date`, measured; what could not be read is said as it is found. */
function findSessions(options: FromLogsOptions, context: FromLogsContext, site: Site, date: string): Outcome<Found> {
  const { source, titles } = options;
  const { io, env, home } = context;
  const name = SOURCE_NAMES[source];
  // npm runs scripts in the project folder; INIT_CWD is where the author typed the command.
  const cwd = env.INIT_CWD ?? process.cwd();
  const located = logFolders(source, { ...(options.logs === undefined ? {} : { option: options.logs }), env, home, cwd });
  if (!located.ok) return located;
  const dayStart = startOfDay(date, site.timeZone).getTime();
  const { files, unreadable } = readLogFiles(source, located.folders, dayStart);
  const reading = read(source, files, titles);
  // After the reading: a file that fails only when it is read is named then.
  if (unreadable.length > 0) io.err(unreadableWarning(unreadable));
  const skipped = skippedOfDay(reading, dayStart, startOfDay(dateOfDayNumber(dayNumber(date) + 1), site.timeZone).getTime());
  if (skipped.length > 0) io.err(skippedWarning(skipped));
  const measured = measureSessions(reading, site, date);
  const where = located.folders.join(' and ');
  if (taskSessions(measured).length === 0) {
    return { ok: false, message: `no ${name} sessions with agent work on ${date} (${site.timeZone}) in ${where}; nothing written` };
  }
  const settings: DraftSettings = { titles, tokenKinds: site.agentLogs.tokens, home };
  return { ok: true, value: { name, date, where, site, settings, measured } };
}

/** Each session's part of `date`, in the order the sessions started (then by id). */
function measureSessions(reading: LogReading, site: Site, date: string): MeasuredSession[] {
  const capMs = site.agentLogs.supervisionGapCap * MS_PER_CS;
  return reading.sessions
    .flatMap((session) => {
      const day = sessionDay(measureTurns(session, capMs), date, site.timeZone);
      return day ? [{ session, day }] : [];
    })
    .sort((a, b) => a.day.start - b.day.start || (a.session.id < b.session.id ? -1 : 1));
}

/** A new day file of the sessions found; should one appear while the logs were read, as if it had been there from the start. */
function writeNewDay(found: Found, options: FromLogsOptions, context: FromLogsContext): number {
  const { source, form, dryRun, merge } = options;
  const { paths, io } = context;
  const { name, date, settings, measured } = found;
  const text = dayFileText(draftDay(date, source, measured, settings), form);
  const summary = `${formatCount(taskSessions(measured).length, 'task', 'tasks')} measured from ${name}'s logs`;
  if (dryRun) {
    printDryRun(io, found, 'write', displayPath(paths.root, join(paths.days, `${date}.${form}`)), summary, text);
    return 0;
  }
  const created = createDayFile(paths, date, form, text);
  if (created.ok) {
    io.out(displayPath(paths.root, created.path));
    io.err(`${summary}; ${NEXT_STEP}`);
    return 0;
  }
  if (!merge) return fail(io, existsMessage(displayPath(paths.root, created.existing)));
  const appeared = dayToMerge(paths, created.existing);
  if (!appeared.ok) return fail(io, appeared.message);
  return mergeInto(appeared.day, found, dryRun, paths, io);
}

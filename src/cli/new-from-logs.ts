/**
 * `npm run new -- [YYYY-MM-DD] --from claude-code|codex`: writes the day from
 * the agent's own session logs, one task per session, with measured agent
 * time, supervision and tokens and a proposed title; `human` is left for the
 * author. `--dry-run` prints instead of writing, `--merge` adds sessions to a
 * day that exists, `--no-titles` takes no text from the logs, `--logs DIR`
 * reads another folder. See docs/agent-logs.md.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_NAMES, type AgentSource, type LogFile, type LogReading, type SkippedLine } from './agent-logs/activity.ts';
import { readClaudeCode } from './agent-logs/claude-code.ts';
import { readCodex } from './agent-logs/codex.ts';
import { localClock, localDate, sessionDay } from './agent-logs/days.ts';
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
import { logFolders, readLogFiles } from './agent-logs/log-files.ts';
import { countTokens } from '../lib/tokens.ts';
import { measureTurns } from './agent-logs/turns.ts';
import { isCalendarDate, startOfDay, todayIn } from '../lib/dates.ts';
import { formatTokens } from '../lib/format.ts';
import type { Site } from '../lib/schema/site.ts';
import { displayPath, existingDayFile, readSiteFile, type ContentPaths } from '../lib/source/files.ts';
import { mergeDay } from '../lib/source/merge-day.ts';
import { parseSiteSource } from '../lib/schema/site-file.ts';
import { dayFileText, type DayForm } from '../lib/source/write-day.ts';
import { writeWhole } from '../lib/write-whole.ts';
import { plural, type Io } from './io.ts';

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
  return `warning: skipped ${plural(skipped.length, 'log line')} that Fulcrum could not read: ${listed.join(', ')}${more}; the figures leave ${skipped.length === 1 ? 'it' : 'them'} out`;
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
  const rows = measured.map(({ session, day }) => {
    const left = day.agentMs === 0;
    const task = left ? '(left out: the agent did no work this day)' : settings.titles ? (session.title ?? '(no title in the log)') : '—';
    return [
      session.id.slice(0, 8),
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
      plural(taskSessions(measured).length, 'task'),
    ],
  ]);
}

export function runFromLogs(options: FromLogsOptions, context: FromLogsContext): number {
  const { source, form, dryRun, merge, titles } = options;
  const { paths, io, now, env, home } = context;
  const name = SOURCE_NAMES[source];

  const siteSource = readSiteFile(paths);
  const siteFile = siteSource.file;
  const { site } = parseSiteSource(siteSource);
  if (!site) {
    io.err(`cannot read the time zone and agentLogs settings: ${siteFile} has errors (npm run check lists them)`);
    return 1;
  }
  const date = options.date ?? todayIn(site.timeZone, now);
  if (!isCalendarDate(date)) {
    io.err(`"${date}" is not a date; give it as YYYY-MM-DD, e.g. npm run new -- 2026-04-22 --from ${source}`);
    return 1;
  }
  const existing = existingDayFile(paths, date);
  if (existing !== undefined && !merge) {
    io.err(`${displayPath(paths.root, existing)} already exists; add --merge to add the sessions it does not have yet, or give another date`);
    return 1;
  }
  // The check reads an extension in any case (2026-04-22.YAML), and so does the merge.
  const existingForm = existing?.toLowerCase().split('.').at(-1);
  if (existing !== undefined && existingForm === 'yml') {
    io.err(`${displayPath(paths.root, existing)}: day files written in YAML end in .yaml; rename it, then merge`);
    return 1;
  }

  // npm runs scripts in the project folder; INIT_CWD is where the author typed the command.
  const cwd = env.INIT_CWD ?? process.cwd();
  const located = logFolders(source, { ...(options.logs === undefined ? {} : { option: options.logs }), env, home, cwd });
  if (!located.ok) {
    io.err(located.message);
    return 1;
  }
  const files = readLogFiles(source, located.folders, startOfDay(date, site.timeZone).getTime());
  const reading = read(source, files, titles);
  if (reading.skipped.length > 0) io.err(skippedWarning(reading.skipped));

  const capMs = site.agentLogs.supervisionGapCap * MS_PER_CS;
  const measured = reading.sessions
    .flatMap((session) => {
      const day = sessionDay(measureTurns(session, capMs), date, site.timeZone);
      return day ? [{ session, day }] : [];
    })
    .sort((a, b) => a.day.start - b.day.start || (a.session.id < b.session.id ? -1 : 1));
  const where = located.folders.join(' and ');
  if (taskSessions(measured).length === 0) {
    io.err(`no ${name} sessions with agent work on ${date} (${site.timeZone}) in ${where}; nothing written`);
    return 1;
  }

  const settings: DraftSettings = { titles, tokenKinds: site.agentLogs.tokens, home };
  const target = existing ?? join(paths.days, `${date}.${form}`);
  const shown = displayPath(paths.root, target);
  let text: string;
  let summary: string;
  if (existing !== undefined) {
    const additions = taskSessions(measured).map((session) => ({
      task: sessionTask(session, settings),
      tokens: settings.tokenKinds.length === 0 ? undefined : countTokens(session.day.tokens, settings.tokenKinds),
    }));
    let original: string;
    try {
      original = readFileSync(existing, 'utf8');
    } catch (error) {
      // A link to a file that is gone, a folder, a file without read permission.
      io.err(`cannot add the sessions to ${shown}: it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing written`);
      return 1;
    }
    const merged = mergeDay(original, existingForm === 'yaml' ? 'yaml' : 'md', additions);
    if (!merged.ok) {
      io.err(`cannot add the sessions to ${shown}: ${merged.message}; nothing written`);
      return 1;
    }
    if (merged.added.length === 0) {
      const count = merged.alreadyThere.length;
      io.err(`${shown} already has ${count === 1 ? 'the' : `all ${count}`} ${name} ${count === 1 ? 'session' : 'sessions'} of ${date}; nothing to add`);
      if (!dryRun) io.out(shown);
      return 0;
    }
    text = merged.text;
    const notes = [
      ...(merged.alreadyThere.length === 0 ? [] : [`${merged.alreadyThere.length} already there`]),
      ...(merged.tokens.after === merged.tokens.before || merged.tokens.after === undefined
        ? []
        : [`tokens ${merged.tokens.before === undefined ? '' : `${formatTokens(merged.tokens.before)} → `}${formatTokens(merged.tokens.after)}`]),
    ];
    summary = [`${plural(merged.added.length, 'task')} added from ${name}'s logs`, ...notes].join(', ');
  } else {
    text = dayFileText(draftDay(date, source, measured, settings), form);
    summary = `${plural(taskSessions(measured).length, 'task')} measured from ${name}'s logs`;
  }

  if (dryRun) {
    io.out(`${name} sessions on ${date} (${site.timeZone}) in ${where}:`);
    for (const line of sessionTable(measured, date, site, settings)) io.out(line);
    io.out('');
    io.out(`Would ${existing === undefined ? 'write' : 'change'} ${shown} (${summary}):`);
    io.out(text.replace(/\n$/, ''));
    return 0;
  }
  if (existing === undefined) {
    mkdirSync(paths.days, { recursive: true });
    // 'wx' fails rather than overwrite, should the file appear meanwhile.
    writeFileSync(target, text, { flag: 'wx' });
  } else {
    // A linked day is written where the link points, so the link and the author's file both stay.
    writeWhole(realpathSync(target), text);
  }
  io.out(shown);
  io.err(`${summary}; fill in each task's human (your estimate by hand), check the titles, then run npm run check`);
  return 0;
}

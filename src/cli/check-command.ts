/**
 * `npm run check`: every problem in the author's files, one line each in the
 * `file:line:column severity path: message` form editors and CI understand,
 * or the same as JSON. The build runs the same function first.
 */
import { resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../lib/source/diagnostic.ts';
import { contentPaths, readSiteFile, type ContentPaths } from '../lib/source/files.ts';
import { checkSiteAndProse, type ProjectCheck, type ProjectOptions } from '../lib/project/check-project.ts';
import { prepareDays, preparedScanner, type PreparedDays } from '../lib/project/prepare.ts';
import { openProseCheckMemo } from '../lib/project/prose-check-memo.ts';
import { addressOverrideDiagnostics } from '../lib/schema/site-address.ts';
import { readArgs } from './args.ts';
import { changedDayPaths } from './changed-days.ts';
import { ALL_DAYS, NAME_THE_DAYS, runFix, type FixSelection } from './fix-command.ts';
import { formatCount } from '../lib/format.ts';
import type { Io } from './io.ts';

export interface CheckSummary {
  days: number;
  drafts: number;
  tasks: number;
  /** First and last date, or null when there are no days. */
  first: string | null;
  last: string | null;
}

export interface CheckReport {
  ok: boolean;
  errors: number;
  warnings: number;
  summary: CheckSummary;
  diagnostics: Diagnostic[];
}

/**
 * Every check, on the days as prepared for a build (prepare.ts): the build
 * hands them on to Astro, so nothing is read, parsed or rendered twice. The
 * prose of a day whose check read nothing that changed is not checked again
 * (prose-check-memo.ts).
 */
export async function checkContent(
  paths: ContentPaths,
  options: ProjectOptions = {},
): Promise<CheckReport & { project: ProjectCheck; prepared: PreparedDays }> {
  const prepared = await prepareDays(paths);
  const memo = openProseCheckMemo(paths.root, paths.dir, prepared.keyOfFile);
  const project = checkSiteAndProse(readSiteFile(paths), prepared, options, preparedScanner(prepared), memo);
  memo.save();
  const { days } = project;
  const diagnostics = [...addressOverrideDiagnostics(), ...project.diagnostics];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    ok: errors === 0,
    errors,
    warnings: diagnostics.length - errors,
    summary: {
      days: days.length,
      drafts: days.filter((day) => day.frontmatter.draft).length,
      tasks: days.reduce((sum, day) => sum + day.frontmatter.tasks.length, 0),
      first: days[0]?.date ?? null,
      last: days.at(-1)?.date ?? null,
    },
    diagnostics,
    project,
    prepared,
  };
}

/** The one line that ends the output. */
export function summaryLine(report: CheckReport): string {
  if (!report.ok) {
    // An environment variable (line 0) is not a file.
    const files = new Set(report.diagnostics.filter((d) => d.line > 0).map((d) => d.file)).size;
    const warnings = report.warnings === 0 ? '' : ` and ${formatCount(report.warnings, 'warning', 'warnings')}`;
    return `Found ${formatCount(report.errors, 'error', 'errors')}${warnings}${files === 0 ? '' : ` in ${formatCount(files, 'file', 'files')}`}.`;
  }
  const { days, drafts, tasks, first, last } = report.summary;
  const span = first === null ? '' : first === last ? `, ${first}` : `, ${first} to ${last}`;
  const draftNote = drafts === 0 ? '' : ` (${formatCount(drafts, 'draft', 'drafts')})`;
  const contents =
    days === 0
      ? 'no days yet (npm run new writes one)'
      : `${formatCount(days, 'day', 'days')}${draftNote} with ${formatCount(tasks, 'task', 'tasks')}${span}`;
  const verdict = report.warnings === 0 ? 'no problems' : `no errors, ${formatCount(report.warnings, 'warning', 'warnings')}`;
  return `Checked ${contents}: ${verdict}.`;
}

export function textReport(report: CheckReport): string {
  return [...report.diagnostics.map(formatDiagnostic), summaryLine(report)].join('\n');
}

export function jsonReport(report: CheckReport): string {
  const { ok, errors, warnings, summary, diagnostics } = report;
  return JSON.stringify({ ok, errors, warnings, summary, diagnostics }, null, 2);
}

const OPTIONS = {
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  fix: { type: 'boolean' },
  yes: { type: 'boolean' },
  all: { type: 'boolean' },
} as const;
const USAGE = 'usage: npm run check [-- --json] [--strict] [--fix [--yes] [--all | <day file>...]]';

/** Day files and --all belong to --fix, and exclude each other. */
function fixOptionsProblem(fix: boolean, all: boolean, given: readonly string[]): string | undefined {
  if (!fix && given.length > 0) return `unexpected ${given.join(' ')}`;
  if (!fix && all) return '--all goes with --fix';
  if (all && given.length > 0) return '--all or day files, not both';
  return undefined;
}

/**
 * The days --fix may rewrite: `--all`, the day files given (each must be one
 * of the site's), or else those changed since the last commit; a problem
 * when it cannot tell.
 */
function fixSelection(
  root: string,
  daysDir: string,
  dayFiles: readonly string[],
  all: boolean,
  given: readonly string[],
): FixSelection | { problem: string } {
  if (all) return ALL_DAYS;
  const known = new Set(dayFiles.map((file) => resolve(root, file)));
  if (given.length > 0) {
    const paths = given.map((file) => resolve(root, file));
    const unknown = given.filter((_file, index) => !known.has(paths[index] as string));
    if (unknown.length > 0) {
      return {
        problem: `--fix: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a day file' : 'are not day files'} of this site; give files in ${daysDir}`,
      };
    }
    return { kind: 'given', paths };
  }
  const changed = changedDayPaths(daysDir);
  if (!changed.ok) {
    return { problem: `--fix: ${changed.problem}; ${NAME_THE_DAYS}` };
  }
  return { kind: 'changed', paths: changed.paths.filter((path) => known.has(path)) };
}

/**
 * `confirm` asks the author before --fix writes (absent when nobody can
 * answer, e.g. in CI: then --fix only shows the diff unless --yes is given).
 */
export async function runCheck(args: readonly string[], root: string, io: Io, confirm?: () => Promise<boolean>): Promise<number> {
  const parsed = readArgs(args, OPTIONS, USAGE, Infinity);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { json, strict, fix, yes, all } = parsed.values;
  const given = parsed.positionals;
  const misuse = fixOptionsProblem(fix === true, all === true, given);
  if (misuse) {
    io.err(`${misuse}; ${USAGE}`);
    return 2;
  }
  const paths = contentPaths(root);
  const report = await checkContent(paths, strict ? { strictClaims: true } : {});
  io.out(json ? jsonReport(report) : textReport(report));
  const { site, days } = report.project;
  if (!fix || !site) return report.ok ? 0 : 1;
  const selection = fixSelection(
    root,
    paths.days,
    days.map((day) => day.file),
    all === true,
    given,
  );
  if ('problem' in selection) {
    io.err(selection.problem);
    return 1;
  }
  const fixed = await runFix(root, days, site, io, yes ? async () => true : confirm, selection);
  return report.ok && fixed ? 0 : 1;
}

/**
 * `npm run import -- <file or folder>... [--dry-run] [--force] [--drop TEXT]... [--json]`:
 * published posts (saved HTML, Markdown, text copied from a browser) to day
 * files in content/days/, with an audit of the figures each post printed.
 * Nothing is overwritten without --force; a post that cannot be imported is
 * reported and the others go on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { differenceLine, type Comparison, type Audit } from './import/audit.ts';
import { importPosts, type PostFile, type PostOutcome } from './import/import-posts.ts';
import { formatOfFile } from './import/read-post.ts';
import type { LeftOut } from './import/site-wide.ts';
import { parseDayFile } from '../lib/schema/day-file.ts';
import { formatDiagnostic } from '../lib/source/diagnostic.ts';
import { contentPaths, displayPath, existingDayFile, readSiteFile, type ContentPaths, daysFolderProblem } from '../lib/source/files.ts';
import { parseSiteSource } from '../lib/schema/site-file.ts';
import { dayFileText, type DayDraft, type DayForm } from '../lib/source/write-day.ts';
import { writeWhole } from '../lib/storage/write-whole.ts';
import { createDayFile } from '../lib/source/save-day.ts';
import { readArgs } from './args.ts';
import { formatCount } from '../lib/format.ts';
import type { Io } from './io.ts';

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  drop: { type: 'string', multiple: true, default: [] as string[] },
  json: { type: 'boolean', default: false },
} as const;
const USAGE = 'usage: npm run import -- <file or folder>... [--dry-run] [--force] [--drop TEXT]... [--json]';

export type PostStatus = 'written' | 'would write' | 'skipped' | 'failed';

export interface PostReport {
  file: string;
  status: PostStatus;
  /** The day file written, to be written, or in the way. */
  day?: string;
  date?: string;
  dateFrom?: string;
  tasks?: number;
  message?: string;
  notes: string[];
  /** Parts of this post left out that are not site-wide (what was above the title, a teaser). */
  leftOut: LeftOut[];
  audit?: { checked: number; differences: (Comparison & { message: string })[]; notChecked: string[] };
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  posts: PostReport[];
  /** Site-wide parts left out, each once, with why. */
  siteWide: LeftOut[];
  summary: {
    posts: number;
    /** Days written; 0 in a dry run, which writes nothing. */
    written: number;
    /** Days a dry run would have written; 0 in a real run. */
    wouldWrite: number;
    skipped: number;
    failed: number;
    /** Posts whose figures were audited (all that could be read, written or not). */
    audited: number;
    checked: number;
    differences: number;
    postsWithDifferences: number;
  };
}

interface Options {
  dryRun: boolean;
  force: boolean;
  drop: string[];
}

/**
 * The days folder's rule (readDayFiles): a name starting with a dot is never
 * the author's, whether an editor's lock or swap file (`.#2026-03-09.md`), a
 * macOS resource file (`._2026-03-09.md`) or a hidden folder. Backups such as
 * `2026-03-09.md~` and `#2026-03-09.md#` are left out by their extension.
 */
function isHidden(name: string): boolean {
  return name.startsWith('.');
}

/** Folders browsers save next to a page ("Post_files/") hold its images and scripts, not posts. */
function isAssetFolder(name: string): boolean {
  return name.endsWith('_files') || name === 'node_modules';
}

function postFilesIn(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (isHidden(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!isAssetFolder(entry.name)) found.push(...postFilesIn(path));
    } else if (formatOfFile(entry.name) !== undefined) found.push(path);
  }
  return found;
}

/** The system's reason a post could not be read, for a line of the report rather than a stack trace. */
function unreadable(error: unknown): string {
  return `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
}

function collect(args: readonly string[], cwd: string): { files: PostFile[]; unread: PostOutcome[] } {
  const files: PostFile[] = [];
  const unread: PostOutcome[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (!existsSync(path)) {
      unread.push({ file: arg, ok: false, message: 'no such file or folder' });
      continue;
    }
    let found: string[];
    try {
      found = statSync(path).isDirectory() ? postFilesIn(path) : [path];
    } catch (error) {
      unread.push({ file: arg, ok: false, message: unreadable(error) });
      continue;
    }
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      try {
        files.push({ file: displayPath(cwd, file), bytes: readFileSync(file) });
      } catch (error) {
        unread.push({ file: displayPath(cwd, file), ok: false, message: unreadable(error) });
      }
    }
  }
  return { files, unread };
}

function aiNameOf(paths: ContentPaths): string | undefined {
  return parseSiteSource(readSiteFile(paths)).site?.aiName;
}

function siteWideParts(outcomes: readonly PostOutcome[]): LeftOut[] {
  const parts = new Map<string, LeftOut>();
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    for (const part of outcome.day.leftOut) {
      if (isSiteWide(part) && !parts.has(part.text)) parts.set(part.text, part);
    }
  }
  return [...parts.values()];
}

function isSiteWide(part: LeftOut): boolean {
  return part.reason.startsWith('repeated') || part.reason.includes('--drop');
}

function auditReport(file: string, audit: Audit): NonNullable<PostReport['audit']> {
  return {
    checked: audit.comparisons.length,
    differences: audit.differences.map((difference) => ({ ...difference, message: differenceLine(file, difference) })),
    notChecked: audit.notChecked,
  };
}

/** What the report of a post carries whatever became of it: where it came from, what was left out, its audit. */
type PostFacts = Omit<PostReport, 'status' | 'day' | 'message'>;

/** A post read but refused is audited as far as it could be read. */
function refusedPost(outcome: Extract<PostOutcome, { ok: false }>): PostReport {
  const audit = outcome.audit === undefined ? {} : { audit: auditReport(outcome.file, outcome.audit) };
  return { file: outcome.file, status: 'failed', message: outcome.message, notes: [], leftOut: [], ...audit };
}

function postFacts(outcome: Extract<PostOutcome, { ok: true }>): PostFacts {
  const { day } = outcome;
  return {
    file: outcome.file,
    date: day.draft.date,
    dateFrom: outcome.dateFrom,
    tasks: day.draft.tasks.length,
    notes: day.notes,
    leftOut: day.leftOut.filter((part) => !isSiteWide(part)),
    audit: auditReport(outcome.file, day.audit),
  };
}

function duplicateDate(facts: PostFacts, date: string, earlier: string): PostReport {
  return { ...facts, status: 'failed', message: `${date} is also the date of ${earlier}, imported above; one day file per date` };
}

/** Nothing is written over a day without --force, nor over one that appeared while importing. */
function skippedForExisting(facts: PostFacts, paths: ContentPaths, existing: string): PostReport {
  return { ...facts, status: 'skipped', day: displayPath(paths.root, existing), message: 'exists; skipped (--force replaces it)' };
}

/** A day file about to be written: its text and form, and where it goes. */
interface PendingDay {
  date: string;
  form: DayForm;
  target: string;
  text: string;
}

/** Writes the day; a new day is never written over one that appeared meanwhile, and --force writes through a linked day's link. */
function writeDay(facts: PostFacts, paths: ContentPaths, pending: PendingDay, replacing: boolean): PostReport {
  const day = displayPath(paths.root, pending.target);
  try {
    if (replacing) writeWhole(pending.target, pending.text);
    else {
      const created = createDayFile(paths, pending.date, pending.form, pending.text);
      if (!created.ok) return skippedForExisting(facts, paths, created.existing);
    }
  } catch (error) {
    return { ...facts, status: 'failed', day, message: `could not write it: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ...facts, status: 'written', day };
}

/** The day file a post becomes, read back as `npm run check` reads it, then written unless this is a dry run. */
function writePost(facts: PostFacts, paths: ContentPaths, draft: DayDraft, existing: string | undefined, dryRun: boolean): PostReport {
  // --force keeps the form of the day it replaces, at its path.
  const form: DayForm = existing !== undefined && !/\.md$/i.test(existing) ? 'yaml' : 'md';
  const target = existing ?? join(paths.days, `${draft.date}.md`);
  const day = displayPath(paths.root, target);
  const text = dayFileText(draft, form);
  // What is written must be a day `npm run check` accepts: read it back with the same parser.
  const problems = parseDayFile(day, new TextEncoder().encode(text)).diagnostics.filter((d) => d.severity === 'error');
  if (problems.length > 0) {
    return {
      ...facts,
      status: 'failed',
      day,
      message: `the day would not pass npm run check: ${problems.map(formatDiagnostic).join('; ')}`,
    };
  }
  if (dryRun) return { ...facts, status: 'would write', day };
  return writeDay(facts, paths, { date: draft.date, form, target, text }, existing !== undefined);
}

function reportPost(outcome: PostOutcome, paths: ContentPaths, options: Options, taken: Map<string, string>): PostReport {
  if (!outcome.ok) return refusedPost(outcome);
  const facts = postFacts(outcome);
  const { draft } = outcome.day;
  const earlier = taken.get(draft.date);
  if (earlier !== undefined) return duplicateDate(facts, draft.date, earlier);
  taken.set(draft.date, outcome.file);
  const existing = existingDayFile(paths, draft.date);
  if (existing !== undefined && !options.force) return skippedForExisting(facts, paths, existing);
  return writePost(facts, paths, draft, existing, options.dryRun);
}

export function importReport(outcomes: readonly PostOutcome[], paths: ContentPaths, options: Options): ImportReport {
  const taken = new Map<string, string>();
  const posts = outcomes.map((outcome) => reportPost(outcome, paths, options, taken));
  const audited = posts.filter((post) => post.audit !== undefined);
  const count = (status: PostStatus) => posts.filter((post) => post.status === status).length;
  const summary = {
    posts: posts.length,
    written: count('written'),
    wouldWrite: count('would write'),
    skipped: count('skipped'),
    failed: count('failed'),
    audited: audited.length,
    checked: audited.reduce((sum, post) => sum + (post.audit?.checked ?? 0), 0),
    differences: audited.reduce((sum, post) => sum + (post.audit?.differences.length ?? 0), 0),
    postsWithDifferences: audited.filter((post) => (post.audit?.differences.length ?? 0) > 0).length,
  };
  return { ok: summary.skipped === 0 && summary.failed === 0, dryRun: options.dryRun, posts, siteWide: siteWideParts(outcomes), summary };
}

/** A part's text cut to a line. */
function excerpt(text: string): string {
  return text.length <= 72 ? text : `${text.slice(0, 71).trimEnd()}…`;
}

function postLines(post: PostReport): string[] {
  const { file } = post;
  const lines: string[] = [];
  if (post.status === 'failed' && post.audit === undefined) return [`${file}: error: ${post.message}`];
  const from = `${formatCount(post.tasks ?? 0, 'task', 'tasks')}, ${post.date} from the ${post.dateFrom}`;
  if (post.status === 'written') lines.push(`${file}: wrote ${post.day} (${from})`);
  else if (post.status === 'would write') lines.push(`${file}: would write ${post.day} (${from})`);
  else if (post.status === 'skipped') lines.push(`${file}: ${post.day} ${post.message}`);
  else lines.push(`${file}: error: ${post.message}`);
  for (const note of post.notes) lines.push(`${file}: note: ${note}`);
  const reasons = [...new Set(post.leftOut.map((part) => part.reason))];
  for (const reason of reasons) {
    const texts = post.leftOut.filter((part) => part.reason === reason).map((part) => `"${excerpt(part.text)}"`);
    lines.push(`${file}: left out ${reason}: ${texts.join(', ')}`);
  }
  const audit = post.audit;
  if (audit) {
    lines.push(...audit.differences.map((difference) => difference.message));
    for (const item of audit.notChecked) lines.push(`${file}: not audited: ${item}`);
    const verdict =
      audit.checked === 0
        ? 'the post prints no figures to check'
        : audit.differences.length === 0
          ? `all ${audit.checked} printed figures agree`
          : `${audit.differences.length} of ${audit.checked} printed figures ${audit.differences.length === 1 ? 'differs' : 'differ'}`;
    lines.push(`${file}: audit: ${verdict}`);
  }
  return lines;
}

export function textReport(report: ImportReport, daysFolder: string): string {
  const lines: string[] = [];
  if (report.siteWide.length > 0) {
    lines.push('Left out of every day as site-wide parts (Fulcrum prints its own from site.yaml):');
    for (const part of report.siteWide) lines.push(`  "${excerpt(part.text)}" (${part.reason})`);
  }
  for (const post of report.posts) lines.push(...postLines(post));
  const { summary } = report;
  const done = report.dryRun
    ? `Dry run: would import ${summary.wouldWrite} of ${formatCount(summary.posts, 'post', 'posts')}`
    : `Imported ${summary.written} of ${formatCount(summary.posts, 'post', 'posts')}`;
  const rest = [summary.skipped > 0 ? `${summary.skipped} skipped` : '', summary.failed > 0 ? `${summary.failed} failed` : ''].filter(
    (part) => part !== '',
  );
  const audit =
    summary.checked === 0
      ? 'no printed figures to check'
      : summary.differences === 0
        ? `all ${summary.checked} printed figures agree`
        : `${formatCount(summary.differences, 'difference', 'differences')} in ${summary.postsWithDifferences} of ${formatCount(summary.audited, 'post', 'posts')} (${summary.checked} figures checked)`;
  lines.push(
    `${done} into ${daysFolder}${rest.length > 0 ? ` (${rest.join(', ')})` : ''}${report.dryRun ? '; nothing written' : ''}. Audit: ${audit}.`,
  );
  return lines.join('\n');
}

export function runImport(args: readonly string[], root: string, io: Io, cwd = root): number {
  const parsed = readArgs(args, OPTIONS, USAGE, Infinity);
  if ('error' in parsed) {
    io.err(parsed.error);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    io.err(`no posts given; ${USAGE}`);
    return 2;
  }
  const options: Options = { dryRun: values['dry-run'], force: values.force, drop: values.drop };
  const paths = contentPaths(root);
  const unusableDays = daysFolderProblem(paths);
  if (unusableDays !== undefined) {
    io.err(unusableDays);
    return 1;
  }
  const { files, unread } = collect(positionals, cwd);
  const aiName = aiNameOf(paths);
  const outcomes = [...unread, ...importPosts(files, { ...(aiName === undefined ? {} : { aiName }), drop: options.drop })];
  const report = importReport(outcomes, paths, options);
  const daysFolder = `${displayPath(root, paths.days)}/`;
  io.out(values.json ? JSON.stringify(report, null, 2) : textReport(report, daysFolder));
  return report.ok ? 0 : 1;
}

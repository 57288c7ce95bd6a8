/**
 * A post's parts as a Fulcrum day: the tasks with their durations exactly as
 * printed (parsed by the one duration parser), the tokens, the title, the
 * prose as clean Markdown without the site-wide parts, and the audit of what
 * the post printed.
 */
import type { RootContent } from 'mdast';
import { CS_PER_MINUTE, parseDuration, type Centiseconds } from '../../lib/duration.ts';
import { divRoundHalfUp, ratioInUnits } from '../../lib/exact.ts';
import { dayMetrics } from '../../lib/metrics/day-metrics.ts';
import type { DayDraft, TaskDraft } from '../../lib/source/write-day.ts';
import { auditDay, type Audit, type AuditedTask, type PrintedTotal } from './audit.ts';
import type { AggregateMeaning } from './aggregate.ts';
import type { ColumnMeaning } from './columns.ts';
import { dateInText } from './post-date.ts';
import { isNoValue, soleFigure, tokenCount } from './figures.ts';
import { blocksMarkdown, cleanBlocks, cleanInline, collapsedText, inlineMarkdown, type ProseContext } from './prose.ts';
import { withoutSiteWide, withoutTeasers, type LeftOut, type SiteWide } from './site-wide.ts';
import { durationUnits } from './spelled-durations.ts';
import type { PostParts } from './structure.ts';
import type { TaskRow } from './tables.ts';

export interface ImportedDay {
  draft: DayDraft;
  audit: Audit;
  /** Things the author should know: a date that disagrees, columns not imported, times derived. */
  notes: string[];
  leftOut: LeftOut[];
}

/** A post that cannot become a day still has the audit of the rows that could be read, if any. */
export type DayResult = { ok: true; day: ImportedDay } | { ok: false; message: string; audit?: Audit };

class RowProblem extends Error {}

function header(parts: PostParts, meaning: ColumnMeaning): string {
  const index = parts.taskLog.columns.index[meaning];
  return index === undefined ? meaning : (parts.taskLog.headers[index] ?? meaning);
}

function duration(parts: PostParts, row: TaskRow, meaning: 'human' | 'ai' | 'supervision'): Centiseconds {
  const text = written(row, meaning);
  const parsed = parseDuration(text, meaning === 'human');
  if (!parsed.ok) throw new RowProblem(`row ${row.row}, ${header(parts, meaning)}: ${parsed.problem}; ${parsed.hint}`);
  if (meaning === 'ai' && parsed.cs === 0) {
    throw new RowProblem(`row ${row.row}, ${header(parts, meaning)}: "${text}", but the agent's time must be more than 0m`);
  }
  return parsed.cs;
}

/**
 * Supervision of a post whose Task Log has a Sup. Factor but no Sup. column
 * (the posts with a Weeks column in its place): the whole minutes that give
 * exactly the printed factor, rounded as Fulcrum rounds.
 */
function supervisionMinutesFromFactor(parts: PostParts, row: TaskRow, human: Centiseconds): number {
  const printed = (row.cells.supervisionFactor ?? '').trim();
  if (isNoValue(printed)) return 0;
  const figure = soleFigure(printed);
  const scale = figure === undefined ? 0 : 10 ** figure.decimals;
  const minutes = figure === undefined || figure.units === 0 ? 0 : divRoundHalfUp(human * scale, figure.units * CS_PER_MINUTE);
  if (figure === undefined || minutes === 0 || ratioInUnits(human, minutes * CS_PER_MINUTE, figure.decimals) !== figure.units) {
    throw new RowProblem(
      `row ${row.row}: the Task Log has no Sup. column, and no whole number of minutes of supervision gives ${header(parts, 'supervisionFactor')} "${printed}" for ${row.cells.human?.trim()}; add a Sup. column to the post first`,
    );
  }
  return minutes;
}

/** Prose blocks as the day's Markdown: headings of the intro below level two (a `##` would end it). */
function prose(blocks: readonly RootContent[], context: ProseContext, part: 'intro' | 'analysis'): string {
  const clean = cleanBlocks(blocks, context).map((block) => {
    if (block.type !== 'heading') return block;
    if (part === 'intro' && block.depth < 3) return { ...block, depth: 3 as const };
    if (part === 'analysis' && block.depth === 1) return { ...block, depth: 2 as const };
    return block;
  });
  return blocksMarkdown(clean);
}

interface ReadRows {
  tasks: TaskDraft[];
  audited: AuditedTask[];
  /** Why the post cannot become a day, one message per row (or for the whole table). */
  problems: string[];
  /** Every task row could be read, so the day's totals are the post's. */
  complete: boolean;
  /** How each task's supervision was worked out from its printed factor, for the day file's comment. */
  derivations: string[];
}

/** A duration cell as a day writes it: `120 hours` is `120h`. */
function written(row: TaskRow, meaning: 'human' | 'ai' | 'supervision'): string {
  return durationUnits(row.cells[meaning] ?? '');
}

function totalsProblem(rows: readonly TaskRow[]): string | undefined {
  const totals = rows.find((row) => row.totals);
  const after = totals === undefined ? undefined : rows.find((row) => row.row > totals.row && !row.totals);
  if (totals === undefined || after === undefined) return undefined;
  const label = (totals.cells.task ?? '').trim() || (totals.cells.rank ?? '').trim();
  return `row ${totals.row} ("${label}") reads as the totals of the Task Log, but row ${after.row} after it is a task; move the totals to the end of the table, or remove them`;
}

function noSupervisionNote(parts: PostParts): string {
  const shown = parts.taskLog.headers.map((text) => `"${text}"`).join(', ');
  return `no supervision logged: the Task Log (columns ${shown}) has no Sup. column, so the day logs none and its supervisory figures show as not logged`;
}

/** Supervision comes from the Sup. Factor when the Task Log prints one but no Sup. column. */
function derivesSupervision(parts: PostParts): boolean {
  return parts.taskLog.logsSupervision && parts.taskLog.columns.index.supervision === undefined;
}

/** Every task row that can be read, and a problem for each that cannot: a refused post is still audited as far as it goes. */
function readRows(parts: PostParts, context: ProseContext): ReadRows {
  const { logsSupervision } = parts.taskLog;
  const derived = derivesSupervision(parts);
  const out: ReadRows = { tasks: [], audited: [], problems: [], complete: true, derivations: [] };
  const totals = totalsProblem(parts.taskLog.rows);
  if (totals !== undefined) out.problems.push(totals);
  for (const row of parts.taskLog.rows.filter((row) => !row.totals)) {
    try {
      const title = inlineMarkdown(cleanInline(row.title, context));
      if (title === '') throw new RowProblem(`row ${row.row}: the ${header(parts, 'task')} cell is empty`);
      const human = duration(parts, row, 'human');
      const ai = duration(parts, row, 'ai');
      const minutes = derived ? supervisionMinutesFromFactor(parts, row, human) : undefined;
      // With no supervision logged, the audit goes on without it: only figures that do not depend on it are compared.
      const supervision = !logsSupervision ? 0 : minutes === undefined ? duration(parts, row, 'supervision') : minutes * CS_PER_MINUTE;
      const text = {
        human: written(row, 'human'),
        ai: written(row, 'ai'),
        supervision: minutes === undefined ? written(row, 'supervision') : `${minutes}m`,
      };
      if (minutes !== undefined)
        out.derivations.push(`row ${row.row}: ${text.human} at ${(row.cells.supervisionFactor ?? '').trim()} is ${minutes}m`);
      // A post that logs no supervision becomes a day that leaves it out of every task.
      out.tasks.push({ title, human: text.human, ai: text.ai, ...(logsSupervision ? { supervision: text.supervision } : {}) });
      const { factor, supervisionFactor, weeks } = row.cells;
      out.audited.push({
        row: row.row,
        human,
        ai,
        supervision,
        written: text,
        printed: {
          ...(factor === undefined ? {} : { factor }),
          // A supervision worked out from the printed factor agrees with it by construction.
          ...(supervisionFactor === undefined || derived ? {} : { supervisionFactor }),
          ...(weeks === undefined ? {} : { weeks }),
        },
      });
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      out.problems.push(error.message);
      out.complete = false;
    }
  }
  return out;
}

/** Day totals the audit cannot compare, with why: all of them when a row could not be read, the supervisory ones when none is logged. */
function notAuditable(read: ReadRows, logsSupervision: boolean): Partial<Record<AggregateMeaning, string>> {
  if (!read.complete) {
    const why = 'not every row of the Task Log could be read';
    return { tasks: why, human: why, ai: why, supervision: why, leverage: why, supervisionLeverage: why, weeks: why, days: why };
  }
  return logsSupervision ? {} : { supervision: 'the post logs no supervision', supervisionLeverage: 'the post logs no supervision' };
}

export function importDay(parts: PostParts, siteWide: SiteWide, context: ProseContext): DayResult {
  const read = readRows(parts, context);
  const { tasks, audited } = read;
  const tokens = tokensOf(parts);
  const notes = importNotes(parts, tokens);
  const { intro, analysis, leftOut } = importedProse(parts, siteWide);
  const introText = prose(intro, context, 'intro');
  const analysisText = prose(analysis, context, 'analysis');
  const draft: DayDraft = {
    date: parts.date.date,
    ...(read.derivations.length === 0 ? {} : { comment: [...DERIVED_COMMENT, ...read.derivations].join('\n') }),
    ...(parts.title === undefined ? {} : { title: parts.title }),
    ...(tokens.count === undefined ? {} : { tokens: tokens.count }),
    tasks,
    ...(introText === '' ? {} : { intro: introText }),
    ...(analysisText === '' ? {} : { analysis: analysisText }),
  };
  // No row could be read: there is nothing to audit.
  if (audited.length === 0) return { ok: false, message: read.problems.join('; ') };
  const audit = auditRead(parts, read, tokens.count);
  if (read.problems.length > 0) return { ok: false, message: read.problems.join('; '), audit };
  return { ok: true, day: { draft, audit, notes, leftOut } };
}

/** The day's tokens from the Aggregate Statistics, with the value printed there when it is no whole number. */
function tokensOf(parts: PostParts): { count: number | undefined; unreadable?: string } {
  const tokenRow = parts.aggregate?.find((row) => row.meaning === 'tokens');
  if (tokenRow === undefined || isNoValue(tokenRow.value)) return { count: undefined };
  const count = tokenCount(tokenRow.value);
  return count === undefined ? { count, unreadable: tokenRow.value } : { count };
}

/** What the import says about the post besides its audit: what it worked out, left aside or chose. */
function importNotes(parts: PostParts, tokens: { unreadable?: string }): string[] {
  const notes: string[] = [];
  if (derivesSupervision(parts)) {
    notes.push(
      `supervision worked out from the ${header(parts, 'supervisionFactor')} column (the Task Log has no Sup. column), so that column is not audited`,
    );
  }
  if (!parts.taskLog.logsSupervision) notes.push(noSupervisionNote(parts));
  if (tokens.unreadable !== undefined) notes.push(`tokens not imported: "${tokens.unreadable}" is not a whole number`);
  for (const unknown of parts.taskLog.columns.unknown) notes.push(`column "${unknown}" not imported`);
  for (const other of parts.date.disagreeing) {
    notes.push(`the ${other.from} says ${other.date} (${other.text}); the ${parts.date.from}'s ${parts.date.date} is used`);
  }
  if (parts.aggregate === undefined) notes.push('no Aggregate Statistics table: only the Task Log was audited');
  return notes;
}

/** The intro and analysis the day keeps, and what was left out of them (and above the title), with why. */
function importedProse(parts: PostParts, siteWide: SiteWide): { intro: RootContent[]; analysis: RootContent[]; leftOut: LeftOut[] } {
  const dateLines = withoutDateLines(parts.intro, parts.date.date);
  const teasers = withoutTeasers(dateLines.kept);
  const intro = withoutSiteWide(teasers.kept, siteWide);
  const analysis = withoutSiteWide(parts.analysis, siteWide);
  const leftOut = [
    ...parts.aboveTitle.map((block) => ({ text: collapsedText(block), reason: 'above the title' })).filter((part) => part.text !== ''),
    ...dateLines.leftOut,
    ...teasers.leftOut,
    ...intro.leftOut,
    ...analysis.leftOut,
  ];
  return { intro: intro.kept, analysis: analysis.kept, leftOut };
}

/** The printed figures of the post checked against what its rows add up to. */
function auditRead(parts: PostParts, read: ReadRows, tokens: number | undefined): Audit {
  const totalsRow = parts.taskLog.rows.find((row) => row.totals);
  const { index } = parts.taskLog.columns;
  const headers = {
    ...(index.factor === undefined ? {} : { factor: header(parts, 'factor') }),
    ...(index.supervisionFactor === undefined ? {} : { supervisionFactor: header(parts, 'supervisionFactor') }),
    ...(index.weeks === undefined ? {} : { weeks: header(parts, 'weeks') }),
  };
  return auditDay({
    tasks: read.audited,
    totals: dayMetrics(read.audited, tokens ?? null).totals,
    headers,
    aggregate: parts.aggregate ?? [],
    ...(totalsRow === undefined ? {} : { totalsRow: { row: totalsRow.row, cells: totalsCells(parts, totalsRow) } }),
    notAuditable: notAuditable(read, parts.taskLog.logsSupervision),
  });
}

/**
 * The day file's own record of supervision worked out from a Sup. Factor (a
 * YAML comment above its first key, followed by one line per task): the
 * minutes are Fulcrum's reading, not the author's, and the file says so.
 */
const DERIVED_COMMENT = [
  "Supervision worked out from the post's Sup. Factor column (it printed no Sup. column):",
  "each task's is the whole minutes that give its printed factor, rounded as Fulcrum rounds.",
];

/** What each Task Log column means in the totals row: the day's sums and weighted factors. */
const TOTAL_OF_COLUMN: Partial<Record<ColumnMeaning, AggregateMeaning>> = {
  human: 'human',
  ai: 'ai',
  supervision: 'supervision',
  factor: 'leverage',
  supervisionFactor: 'supervisionLeverage',
  weeks: 'weeks',
};

/** The printed cells of a totals row, by the day total each one prints; empty cells print nothing. */
function totalsCells(parts: PostParts, row: TaskRow): PrintedTotal[] {
  return (Object.entries(TOTAL_OF_COLUMN) as [ColumnMeaning, AggregateMeaning][])
    .filter(([column]) => (row.cells[column] ?? '').trim() !== '')
    .map(([column, meaning]) => ({ label: header(parts, column), meaning, value: (row.cells[column] ?? '').trim() }));
}

/** The longest line that is a byline ("March 5, 2026", "Time Record · Mar 5, 2026") rather than prose. */
const DATE_LINE_MAX = 40;

/** Paragraphs of the intro that only print the post's date: the page's byline, which Fulcrum prints itself. */
function withoutDateLines(blocks: readonly RootContent[], date: string): { kept: RootContent[]; leftOut: LeftOut[] } {
  const kept: RootContent[] = [];
  const leftOut: LeftOut[] = [];
  for (const block of blocks) {
    const text = collapsedText(block);
    if (block.type === 'paragraph' && text.length <= DATE_LINE_MAX && !/[.!?]$/.test(text) && dateInText(text) === date) {
      leftOut.push({ text, reason: 'as the date line' });
    } else kept.push(block);
  }
  return { kept, leftOut };
}

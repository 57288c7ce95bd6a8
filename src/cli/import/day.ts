/**
 * A post's parts as a Fulcrum day: the tasks with their durations exactly as
 * printed (parsed by the one duration parser), the tokens, the title, the
 * prose as clean Markdown without the site-wide parts, and the audit of what
 * the post printed.
 */
import type { RootContent } from 'mdast';
import { CS_PER_MINUTE, parseDuration, type Centiseconds } from '../../lib/duration.ts';
import { divRoundHalfUp, ratioInUnits } from '../../lib/exact.ts';
import { dayMetrics } from '../../lib/metrics/day.ts';
import type { DayDraft, TaskDraft } from '../../lib/source/write-day.ts';
import { auditDay, type Audit, type AuditedTask } from './audit.ts';
import type { ColumnMeaning } from './columns.ts';
import { dateInText } from './dates.ts';
import { isNoValue, soleFigure, tokenCount } from './figures.ts';
import { blocksMarkdown, cleanBlocks, cleanInline, collapsedText, inlineMarkdown, type ProseContext } from './prose.ts';
import { withoutSiteWide, withoutTeasers, type LeftOut, type SiteWide } from './site-wide.ts';
import type { PostParts } from './structure.ts';
import type { TaskRow } from './tables.ts';

export interface ImportedDay {
  draft: DayDraft;
  audit: Audit;
  /** Things the author should know: a date that disagrees, columns not imported, times derived. */
  notes: string[];
  leftOut: LeftOut[];
}

export type DayResult = { ok: true; day: ImportedDay } | { ok: false; message: string };

class RowProblem extends Error {}

function header(parts: PostParts, meaning: ColumnMeaning): string {
  const index = parts.taskLog.columns.index[meaning];
  return index === undefined ? meaning : (parts.taskLog.headers[index] ?? meaning);
}

function duration(parts: PostParts, row: TaskRow, meaning: 'human' | 'ai' | 'supervision'): Centiseconds {
  const written = (row.cells[meaning] ?? '').trim();
  const parsed = parseDuration(written, meaning === 'human');
  if (!parsed.ok) throw new RowProblem(`row ${row.row}, ${header(parts, meaning)}: ${parsed.problem}; ${parsed.hint}`);
  if (meaning === 'ai' && parsed.cs === 0) {
    throw new RowProblem(`row ${row.row}, ${header(parts, meaning)}: "${written}", but the agent's time must be more than 0m`);
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

export function importDay(parts: PostParts, siteWide: SiteWide, context: ProseContext): DayResult {
  const notes: string[] = [];
  const derived = parts.taskLog.columns.index.supervision === undefined;
  const tasks: TaskDraft[] = [];
  const audited: AuditedTask[] = [];
  try {
    for (const row of parts.taskLog.rows) {
      const title = inlineMarkdown(cleanInline(row.title, context));
      if (title === '') throw new RowProblem(`row ${row.row}: the ${header(parts, 'task')} cell is empty`);
      const human = duration(parts, row, 'human');
      const ai = duration(parts, row, 'ai');
      const minutes = derived ? supervisionMinutesFromFactor(parts, row, human) : undefined;
      const supervision = minutes === undefined ? duration(parts, row, 'supervision') : minutes * CS_PER_MINUTE;
      const supervisionText = minutes === undefined ? (row.cells.supervision ?? '').trim() : `${minutes}m`;
      const written = { human: (row.cells.human ?? '').trim(), ai: (row.cells.ai ?? '').trim(), supervision: supervisionText };
      tasks.push({ title, ...written });
      const { factor, supervisionFactor, weeks } = row.cells;
      audited.push({
        row: row.row,
        human,
        ai,
        supervision,
        written,
        printed: {
          ...(factor === undefined ? {} : { factor }),
          // A supervision worked out from the printed factor agrees with it by construction.
          ...(supervisionFactor === undefined || derived ? {} : { supervisionFactor }),
          ...(weeks === undefined ? {} : { weeks }),
        },
      });
    }
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, message: error.message };
    throw error;
  }
  if (derived) {
    notes.push(`supervision worked out from the ${header(parts, 'supervisionFactor')} column (the Task Log has no Sup. column), so that column is not audited`);
  }

  const tokenRow = parts.aggregate?.find((row) => row.meaning === 'tokens');
  const tokens = tokenRow === undefined || isNoValue(tokenRow.value) ? undefined : tokenCount(tokenRow.value);
  if (tokenRow !== undefined && !isNoValue(tokenRow.value) && tokens === undefined) {
    notes.push(`tokens not imported: "${tokenRow.value}" is not a whole number`);
  }
  for (const unknown of parts.taskLog.columns.unknown) notes.push(`column "${unknown}" not imported`);
  for (const other of parts.date.disagreeing) {
    notes.push(`the ${other.from} says ${other.date} (${other.text}); the ${parts.date.from}'s ${parts.date.date} is used`);
  }
  if (parts.aggregate === undefined) notes.push('no Aggregate Statistics table: only the Task Log was audited');

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

  const introText = prose(intro.kept, context, 'intro');
  const analysisText = prose(analysis.kept, context, 'analysis');
  const draft: DayDraft = {
    date: parts.date.date,
    ...(parts.title === undefined ? {} : { title: parts.title }),
    ...(tokens === undefined ? {} : { tokens }),
    tasks,
    ...(introText === '' ? {} : { intro: introText }),
    ...(analysisText === '' ? {} : { analysis: analysisText }),
  };
  const totals = dayMetrics(audited, tokens ?? null).totals;
  const headers = {
    ...(parts.taskLog.columns.index.factor === undefined ? {} : { factor: header(parts, 'factor') }),
    ...(parts.taskLog.columns.index.supervisionFactor === undefined ? {} : { supervisionFactor: header(parts, 'supervisionFactor') }),
    ...(parts.taskLog.columns.index.weeks === undefined ? {} : { weeks: header(parts, 'weeks') }),
  };
  const audit = auditDay({ tasks: audited, totals, headers, aggregate: parts.aggregate ?? [] });
  return { ok: true, day: { draft, audit, notes, leftOut } };
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

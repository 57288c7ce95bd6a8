/**
 * Checks a day's prose against its data: every `:metric[name]` must name a
 * value that exists, and every number that reads as a claim about the day
 * must equal a computed value. Claims are warnings unless `strict`. A
 * `task.N` reference gets a warning too: it follows the rank, so it is
 * written as `logged.N`, which stays with its task (see stableTaskName).
 */
import type { DayMetrics, DayTotals } from '../metrics/day-metrics.ts';
import type { DaySource } from '../schema/day-file.ts';
import { isReferenceName, REFERENCE_NAMES } from '../schema/reference-names.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { TREE_NESTING_MESSAGE } from '../source/nesting.ts';
import { lineColumn, scanProse, type ScannedProse } from '../source/prose-scan.ts';
import { nearest } from '../schema/suggest.ts';
import { findClaims, judgeClaims, type ProseDates, type Verdict } from './claims.ts';
import { computedValues, otherDayValues, type ComputedValue } from './computed.ts';
import { referenceContext, resolveReference, type TitledTask } from './references.ts';

export interface ProseSettings {
  language: string;
  aiName: string;
  strict: boolean;
}

/** The two parts of a day's prose: above the tables and below them. */
export type ProsePart = 'intro' | 'rest';

/** A part of a day's prose with the file line it starts on and the indentation of its lines there. */
export interface ProsePlace {
  part: ProsePart;
  markdown: string;
  firstLine: number;
  indent: number;
}

/** A day's intro and rest, each at its place in the file. */
export function proseParts(day: DaySource): ProsePlace[] {
  return [
    { part: 'intro', markdown: day.intro, firstLine: day.introLine, indent: day.introIndent },
    { part: 'rest', markdown: day.rest, firstLine: day.restLine, indent: day.restIndent },
  ];
}

/**
 * What the checks read in a part of a day's prose that is not blank: parsed
 * here, or taken from the days prepared for the build (src/lib/project/prepare.ts),
 * which scanned the tree they render.
 */
export type ProseScanner = (day: DaySource, part: ProsePart, markdown: string) => ScannedProse;

/** Where `offset` in a part of the prose is in the day's file. */
function placeOf(file: string, { markdown, firstLine, indent }: ProsePlace, offset: number): Pick<Diagnostic, 'file' | 'line' | 'column'> {
  const { line, column } = lineColumn(markdown, offset);
  return { file, line: firstLine + line - 1, column: column + indent };
}

/** Prose nested too deep to parse into a tree (ScannedProse.tooDeep, at `offset`): the check reports it, and the pages cannot render it. */
export function tooDeepDiagnostic(file: string, place: ProsePlace, offset: number): Diagnostic {
  return { ...placeOf(file, place, offset), severity: 'error', path: 'prose', message: TREE_NESTING_MESSAGE };
}

const scanHere: ProseScanner = (_day, _part, markdown) => scanProse(markdown);

/**
 * A day as its prose is checked: its metrics, the previous published day's
 * totals, and every published day's metrics (published/context.ts places
 * days so, by the same rule as the pages).
 */
export interface ProseContext {
  day: DaySource;
  metrics: DayMetrics<TitledTask>;
  previous?: { date: string; totals: DayTotals };
  /**
   * Every published day's metrics by date, for figures the prose gives as
   * another day's: only looked up, never listed, so that a memo of the check
   * can tell which days it asked about (project/prose-check-memo.ts).
   */
  published?: Pick<ReadonlyMap<string, DayMetrics<TitledTask>>, 'has' | 'get'>;
}

/** The name an unknown one was probably meant to be, with its task number kept ("logged.3.facter" → "logged.3.factor"). */
function suggestName(name: string): string | undefined {
  const number = /^(?:task|logged)\.(\d+)\./.exec(name)?.[1] ?? 'N';
  return nearest(
    name,
    REFERENCE_NAMES.map((known) => known.replace(/^(task|logged)\.N\./, `$1.${number}.`)),
  );
}

/** 1 → "1st", 2 → "2nd", 12 → "12th", 23 → "23rd". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * `task.N.field` names whichever task ranks N-th, so new estimates silently
 * move it to another task: the same value as `logged.P.field`, named by the
 * task's place in the file, or undefined for any other name.
 */
export function stableTaskName(
  name: string,
  metrics: DayMetrics<TitledTask>,
): { name: string; rank: number; position: number } | undefined {
  const task = /^task\.(\d+)\.(.+)$/.exec(name);
  if (!task) return undefined;
  const rank = Number(task[1]);
  const row = metrics.ranked[rank - 1];
  return row ? { name: `logged.${row.position}.${task[2] as string}`, rank, position: row.position } : undefined;
}

/** `fixable`: --fix rewrites the file (Markdown days; it leaves YAML days alone). */
function rankReferenceMessage(name: string, stable: { name: string; rank: number; position: number }, fixable: boolean): string {
  const task = name.split('.').slice(0, 2).join('.');
  return (
    `${task} is whichever task is in row ${stable.rank} of the Task Log, so a change of estimates moves it to another task; ` +
    `write :metric[${stable.name}] (the ${ordinal(stable.position)} task in the file, in row ${stable.rank} today) ` +
    `to keep it with that task${fixable ? ', or let npm run check -- --fix rewrite it' : ''}`
  );
}

function claimMessage(verdict: Verdict): string {
  const { claim, nearest } = verdict;
  if (claim.otherDay) {
    // Another day's figure has no reference to write: only the figure can be fixed.
    const closest = nearest ? `; the nearest is ${nearest.rendered} (${nearest.name} of that day)` : '';
    return `"${claim.phrase}" matches no computed value of ${claim.otherDay}${closest}. Fix the figure`;
  }
  const closest = nearest ? `; the nearest computed value is ${nearest.rendered} (:metric[${nearest.name}])` : '';
  return `"${claim.phrase}" matches no computed value${closest}. Fix the figure or write the reference instead`;
}

/** The dates that tell which sentences speak of this day, the previous one, or another. */
export function proseDates(entry: ProseContext): ProseDates {
  const { published } = entry;
  return {
    date: entry.day.date,
    ...(entry.previous ? { previousDate: entry.previous.date } : {}),
    ...(published ? { isPublished: (date: string) => published.has(date) } : {}),
  };
}

export function checkDayProse(entry: ProseContext, settings: ProseSettings, scan: ProseScanner = scanHere): Diagnostic[] {
  const { day, metrics, previous } = entry;
  const context = referenceContext(entry, settings);
  const values: ComputedValue[] = computedValues(metrics, previous?.totals);
  const otherDay = (date: string) => {
    const other = entry.published?.get(date);
    return other ? otherDayValues(date, other) : [];
  };
  const diagnostics: Diagnostic[] = [];
  for (const place of proseParts(day)) {
    const { part, markdown } = place;
    if (markdown.trim() === '') continue;
    const scanned = scan(day, part, markdown);
    const at = (offset: number) => placeOf(day.file, place, offset);
    for (const use of scanned.metrics) {
      const resolution = resolveReference(use.name, context);
      const stable = resolution.ok ? stableTaskName(use.name, metrics) : undefined;
      if (stable) {
        diagnostics.push({
          ...at(use.start),
          severity: 'warning',
          path: `:metric[${use.name}]`,
          message: rankReferenceMessage(use.name, stable, day.file.endsWith('.md')),
        });
      }
      if (resolution.ok) continue;
      const suggestion = isReferenceName(use.name) ? undefined : suggestName(use.name);
      const hint = suggestion ? `; did you mean :metric[${suggestion}]?` : '; see the names in docs/metric-references.md';
      diagnostics.push({ ...at(use.start), severity: 'error', path: `:metric[${use.name}]`, message: `${resolution.problem}${hint}` });
    }
    if (scanned.tooDeep !== undefined) {
      diagnostics.push(tooDeepDiagnostic(day.file, place, scanned.tooDeep));
    }
    for (const offset of scanned.unclosedComments) {
      diagnostics.push({
        ...at(offset),
        severity: 'error',
        path: 'comment',
        message: 'this HTML comment is never closed, so it and everything after it would show on the page; end it with -->',
      });
    }
    for (const verdict of judgeClaims(findClaims(scanned.blocks, settings.aiName, proseDates(entry)), values, otherDay)) {
      if (verdict.matches.length > 0) continue;
      diagnostics.push({
        ...at(verdict.claim.start),
        severity: settings.strict ? 'error' : 'warning',
        path: 'claim',
        message: claimMessage(verdict),
      });
    }
  }
  return diagnostics;
}

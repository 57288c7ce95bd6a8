/**
 * Every computed value a day's prose or summary can name: `leverage`,
 * `hours`, `task.3.factor` (row 3 of the Task Log), `logged.3.factor` (the
 * third task in the file), `previous.leverage`, `tasks.words` … Values are
 * text, formatted by the library's one formatter for each kind of number,
 * except task titles, which keep their inline Markdown as hast.
 */
import type { ElementContent } from 'hast';
import { formatLongDate } from '../dates.ts';
import {
  countNoun,
  formatEstimateHours,
  formatExactHours,
  formatExactMinutes,
  formatFactor,
  formatFixed,
  formatInteger,
  formatMinutes,
  formatSupervision,
  formatSupervisionFactor,
  formatSupervisionTotal,
  formatTokens,
  NO_VALUE,
} from '../format.ts';
import { compareDays, type ComparedMetric } from '../metrics/compare.ts';
import type { DayMetrics, DayTotals } from '../metrics/day-metrics.ts';
import { hoursTenths, workingDaysTenths, workingWeeksTenths } from '../metrics/derived.ts';
import type { TaskTimes } from '../metrics/task.ts';
import {
  isChangeName,
  isTaskField,
  isTotalsName,
  LOGGED_REFERENCE,
  TASK_REFERENCE,
  type ChangeName,
  type TaskField,
  type TotalsName,
} from '../schema/reference-names.ts';
import { numberToWords } from '../words.ts';

export interface TitledTask extends TaskTimes {
  /** The title's inline Markdown as hast. */
  titleNodes: ElementContent[];
}

export interface ReferenceContext {
  date: string;
  language: string;
  aiName: string;
  metrics: DayMetrics<TitledTask>;
  previous?: { date: string; totals: DayTotals };
}

/** The site settings a reference's value depends on. */
export interface ReferenceSettings {
  language: string;
  aiName: string;
}

/** A day as placed among the published days (published/context.ts), with what its references read. */
export interface ReferencedDay {
  day: { date: string };
  metrics: DayMetrics<TitledTask>;
  previous?: { date: string; totals: DayTotals } | undefined;
}

/** What a day's references resolve against: the check (check.ts) and the published day (published/publish.ts) both take it from here. */
export function referenceContext({ day, metrics, previous }: ReferencedDay, { language, aiName }: ReferenceSettings): ReferenceContext {
  return { date: day.date, language, aiName, metrics, ...(previous ? { previous: { date: previous.date, totals: previous.totals } } : {}) };
}

const TOTALS_VALUES = {
  tasks: (t) => formatInteger(t.tasks),
  'tasks.words': (t) => numberToWords(t.tasks),
  'tasks.noun': (t) => countNoun(t.tasks, 'task', 'tasks'),
  hours: (t) => formatExactHours(t.human),
  'hours.days': (t) => formatFixed(workingDaysTenths(t.human), 1),
  'hours.weeks': (t) => formatFixed(workingWeeksTenths(t.human), 1),
  'ai.minutes': (t) => formatExactMinutes(t.ai),
  'ai.hours': (t) => formatFixed(hoursTenths(t.ai), 1),
  'supervision.minutes': (t) => formatSupervisionTotal(t.supervision, t.unsupervisedDays),
  tokens: (t) => formatTokens(t.tokens),
  leverage: (t) => formatFactor(t.leverage),
  'supervision.leverage': (t) => formatSupervisionFactor(t.supervisionLeverage, t.supervision, t.unsupervisedDays),
} satisfies Record<TotalsName, (totals: DayTotals) => string>;

/** A day-wide value as its reference renders it (plain text): the claims check compares figures with this. */
export function totalsText(name: TotalsName, totals: DayTotals): string {
  return TOTALS_VALUES[name](totals);
}

const CHANGES = {
  'change.leverage': 'leverage',
  'change.supervision.leverage': 'supervisionLeverage',
  'change.hours': 'human',
  'change.ai.minutes': 'ai',
  'change.tokens': 'tokens',
} satisfies Record<ChangeName, ComparedMetric>;

const TASK_VALUES = {
  title: (task) => task.titleNodes,
  human: (task) => formatEstimateHours(task.human),
  ai: (task) => formatMinutes(task.ai),
  supervision: (task) => formatSupervision(task.supervision),
  factor: (_task, factor) => formatFactor(factor),
  'supervision.factor': (task, _factor, supervisionFactor) => formatSupervisionFactor(supervisionFactor, task.supervision),
} satisfies Record<TaskField, (task: TitledTask, factor: number, supervisionFactor: number | null) => ReferenceValue>;

/** Text, or a task title's inline Markdown. */
export type ReferenceValue = string | ElementContent[];

export type Resolution = { ok: true; value: ReferenceValue } | { ok: false; problem: string };

/** The value of `name` for this day. */
export function resolveReference(name: string, context: ReferenceContext): Resolution {
  const { metrics, previous } = context;
  if (name === 'date') return { ok: true, value: formatLongDate(context.date, context.language) };
  if (name === 'aiName') return { ok: true, value: context.aiName };
  if (isTotalsName(name)) return { ok: true, value: totalsText(name, metrics.totals) };

  if (name.startsWith('previous.') || isChangeName(name)) {
    if (!previous) return { ok: false, problem: `${name} needs a previous published day, and this is the first` };
    if (isChangeName(name)) {
      const { change } = compareDays(metrics.totals, previous.totals)[CHANGES[name]];
      return { ok: true, value: change ? change.words : NO_VALUE };
    }
    const previousOwn = name.slice('previous.'.length);
    if (previousOwn === 'date') return { ok: true, value: formatLongDate(previous.date, context.language) };
    if (isTotalsName(previousOwn)) return { ok: true, value: totalsText(previousOwn, previous.totals) };
  }

  const logged = LOGGED_REFERENCE.exec(name);
  const loggedField = logged?.[2];
  if (logged && loggedField !== undefined && isTaskField(loggedField)) {
    const { ranked } = metrics;
    const position = Number(logged[1]);
    const row = ranked.find((candidate) => candidate.position === position);
    if (!row) return { ok: false, problem: `there is no task ${position} in the file; this day logs tasks 1 to ${ranked.length}` };
    return { ok: true, value: TASK_VALUES[loggedField](row.task, row.factor, row.supervisionFactor) };
  }

  const task = TASK_REFERENCE.exec(name);
  const field = task?.[3];
  if (task && field !== undefined && isTaskField(field)) {
    const { ranked } = metrics;
    const rank = task[1] === 'ceiling' ? 1 : task[1] === 'floor' ? ranked.length : Number(task[2]);
    const row = ranked[rank - 1];
    if (!row) return { ok: false, problem: `there is no task ${rank}; this day's tasks are numbered 1 to ${ranked.length}` };
    return { ok: true, value: TASK_VALUES[field](row.task, row.factor, row.supervisionFactor) };
  }
  return { ok: false, problem: `"${name}" is not a metric name` };
}

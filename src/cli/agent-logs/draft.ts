/**
 * A day file drafted from measured sessions: one task per session, its
 * measured minutes written as an author would write them, `human` left for
 * the author (the check refuses the day until it is filled in).
 */
import { divRoundHalfUp } from '../../lib/exact.ts';
import type { DayDraft, TaskDraft } from '../../lib/source/write-day.ts';
import { SOURCE_NAMES, type AgentSource, type SessionActivity } from './activity.ts';
import type { SessionDay } from './session-days.ts';
import { countTokens, type TokenKind } from '../../lib/schema/token-counts.ts';

export interface MeasuredSession {
  session: SessionActivity;
  day: SessionDay;
}

export interface DraftSettings {
  /** false: no proposed titles and no folder tags, nothing but times and counts. */
  titles: boolean;
  /** The kinds of tokens the day's `tokens` adds up; none: no `tokens` at all. */
  tokenKinds: readonly TokenKind[];
  /** The author's home folder, which names no project. */
  home?: string;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_TENTH = 6_000;
/** From 10 minutes on, an author writes whole minutes ("17m"); below, one decimal ("3.6m"). */
const WHOLE_MINUTES_FROM_TENTHS = 100;

/**
 * Milliseconds in tenths of a minute at the precision an author writes,
 * rounded half up once: one decimal below 10 minutes, whole minutes from
 * there (9.95 min is already 10.0, so it is written 10m).
 */
function tenthsOfMinute(ms: number): number {
  const tenths = divRoundHalfUp(ms, MS_PER_TENTH);
  return tenths < WHOLE_MINUTES_FROM_TENTHS ? tenths : divRoundHalfUp(ms, MS_PER_MINUTE) * 10;
}

/** Agent time, which a day file needs above 0: work shorter than 3 s still counts the smallest step. */
function agentTenths(ms: number): number {
  return Math.max(tenthsOfMinute(ms), 1);
}

/** Tenths of a minute as a day file writes them: 36 → "3.6m", 170 → "17m". */
function minutesText(tenths: number): string {
  return `${Math.floor(tenths / 10)}${tenths % 10 === 0 ? '' : `.${tenths % 10}`}m`;
}

/** Measured time as a day file's minutes: 213_540 ms (3.559 min) → "3.6m", 1_034_100 ms → "17m", 0 → "0m". */
export function measuredMinutes(ms: number): string {
  return minutesText(tenthsOfMinute(ms));
}

/** Agent time as written: never 0m, which a day file refuses; a few milliseconds are 0.1m. */
export function agentMinutes(ms: number): string {
  return minutesText(agentTenths(ms));
}

/** The last part of a working folder as a tag; none for the home folder or a drive's root. */
export function folderTag(folder: string | undefined, home?: string): string | undefined {
  if (folder === undefined) return undefined;
  const trimmed = folder.replace(/[\\/]+$/, '');
  if (trimmed === '' || /^[A-Za-z]:$/.test(trimmed)) return undefined;
  if (home !== undefined && trimmed === home.replace(/[\\/]+$/, '')) return undefined;
  const name = trimmed.split(/[\\/]/).at(-1)?.trim();
  return name === '' ? undefined : name;
}

/** How a task names the session it was measured from, for --merge. */
function sessionKey(session: SessionActivity): string {
  return `${session.source}/${session.id}`;
}

/** Sessions in which the agent worked that day become tasks; the others stay out (a day file's ai must be above 0). */
export function taskSessions(sessions: readonly MeasuredSession[]): MeasuredSession[] {
  return sessions.filter(({ day }) => day.agentMs > 0);
}

/**
 * The day's agent time and supervision over the sessions that become tasks,
 * added up from the minutes as written, so they match what the site will add up.
 */
export function dayMinutes(sessions: readonly MeasuredSession[]): { agent: string; supervision: string } {
  const counted = taskSessions(sessions);
  const total = (pick: (day: SessionDay) => number) => minutesText(counted.reduce((sum, { day }) => sum + pick(day), 0));
  return { agent: total((day) => agentTenths(day.agentMs)), supervision: total((day) => tenthsOfMinute(day.supervisionMs)) };
}

export function sessionTask({ session, day }: MeasuredSession, settings: DraftSettings): TaskDraft {
  const tag = settings.titles ? folderTag(session.folder, settings.home) : undefined;
  return {
    title: settings.titles ? (session.title ?? '') : '',
    human: '',
    ai: agentMinutes(day.agentMs),
    supervision: measuredMinutes(day.supervisionMs),
    ...(tag === undefined ? {} : { tags: [tag] }),
    session: sessionKey(session),
  };
}

/** The day's `tokens` over the sessions that become tasks; undefined when the rule counts nothing. */
export function dayTokens(sessions: readonly MeasuredSession[], kinds: readonly TokenKind[]): number | undefined {
  if (kinds.length === 0) return undefined;
  const total = taskSessions(sessions).reduce((sum, { day }) => sum + countTokens(day.tokens, kinds), 0);
  return total === 0 ? undefined : total;
}

export function draftDay(date: string, source: AgentSource, sessions: readonly MeasuredSession[], settings: DraftSettings): DayDraft {
  const tokens = dayTokens(sessions, settings.tokenKinds);
  return {
    date,
    comment: [
      `Measured from ${SOURCE_NAMES[source]}'s logs by npm run new. Fill in each task's human`,
      '(how long it would have taken by hand), check the titles, write about the day,',
      'then run npm run check.',
    ].join('\n'),
    ...(tokens === undefined ? {} : { tokens }),
    tasks: taskSessions(sessions).map((measured) => sessionTask(measured, settings)),
  };
}

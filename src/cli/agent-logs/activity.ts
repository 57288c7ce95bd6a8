/**
 * What Fulcrum keeps of an agent's session log: instants and counts, and at
 * most one proposed title. Prompts, code and tool output are read to tell
 * entries apart and then dropped; nothing here can carry them further.
 */
import type { TokenCounts } from '../../lib/schema/token-counts.ts';

export type AgentSource = 'claude-code' | 'codex';

export const SOURCE_NAMES: Record<AgentSource, string> = { 'claude-code': 'Claude Code', codex: 'Codex' };

/** Milliseconds since the epoch, as the logs' UTC timestamps give them. */
export type Instant = number;

export interface Interval {
  start: Instant;
  end: Instant;
}

export interface TimedTokens {
  at: Instant;
  tokens: TokenCounts;
}

export interface SessionActivity {
  source: AgentSource;
  /** The agent's own session id. */
  id: string;
  /** The working folder the session ran in, when the log says. */
  folder?: string;
  /** A proposed task title (already shortened), when titles were asked for and the log has one. */
  title?: string;
  /** When the author sent each prompt. */
  prompts: Instant[];
  /** When the agent did something on the session's main thread (answered, called a tool, got its result). */
  work: Instant[];
  /** Sub-agents' runs, first event to last: work that may run alongside the main thread. */
  runs: Interval[];
  /** Token usage, each message once, at the time it was logged. */
  usage: TimedTokens[];
}

/** A log line that was skipped, and why. */
export interface SkippedLine {
  file: string;
  line: number;
  reason: string;
}

export interface LogReading {
  sessions: SessionActivity[];
  skipped: SkippedLine[];
  /** When each file's entries were logged, first to last, by path; a file without a readable time is not in it. */
  written: Map<string, Interval>;
}

/**
 * A log file's path and its lines: its text whole, as tests give it, or read
 * a piece at a time, each call reading the file afresh, as the logs on disk
 * are read (log-lines.ts), so a log of any size fits in memory.
 */
export type LogFile = { path: string; text: string } | { path: string; lines: () => Iterable<string> };

export interface ReadOptions {
  /** false: no text at all is taken from the logs, not even a proposed title. */
  titles: boolean;
}

/** Widens the time `path` was written over to include `at`. */
export function noteWritten(written: Map<string, Interval>, path: string, at: Instant): void {
  const span = written.get(path);
  if (span === undefined) written.set(path, { start: at, end: at });
  else written.set(path, { start: Math.min(span.start, at), end: Math.max(span.end, at) });
}

/**
 * What Fulcrum keeps of an agent's session log: instants and counts, and at
 * most one proposed title. Prompts, code and tool output are read to tell
 * entries apart and then dropped; nothing here can carry them further.
 */
import type { TokenCounts } from '../../lib/tokens.ts';

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
}

/** A log file's path and text. */
export interface LogFile {
  path: string;
  text: string;
}

export interface ReadOptions {
  /** false: no text at all is taken from the logs, not even a proposed title. */
  titles: boolean;
}

/**
 * Codex CLI's session logs: `<CODEX_HOME>/sessions/YYYY/MM/DD/rollout-*.jsonl`,
 * one file per session. Every line is `{ timestamp, type, payload }`:
 *
 * - `session_meta`: the session's `id` and working folder (`cwd`);
 * - `turn_context`: the settings of a turn (model, folder): no work;
 * - `event_msg`: events; a `user_message` (from Codex 0.147 an
 *   `item_completed` whose item is a `UserMessage`) is a prompt the author
 *   typed, a `token_count` carries the session's cumulative
 *   `total_token_usage`, `task_started` opens a turn a few milliseconds before
 *   its prompt, `task_complete` or `turn_aborted` ends it, and the rest
 *   (`agent_message`, `exec_command_end`…) is the agent's work;
 * - `response_item`: what went to and from the model; the agent's items are
 *   work, while a `user` or `developer` message only repeats a prompt or the
 *   context Codex sends along;
 * - `compacted`: the agent condensing the conversation, which is work;
 * - `world_state` (0.147): the context Codex keeps, no work.
 *
 * What Codex writes after a turn has ended and before the next one starts is
 * no one's work. A fork replays its parent's turns, which count in the
 * parent; a sub-agent's rollout counts in the session that spawned it.
 * Rollouts of 2025, before the `type`/`payload` envelope, carry no
 * timestamps and cannot be measured: one warning per file says so.
 *
 * Token counts are cumulative, so each `token_count` adds what changed since
 * the previous one (repeated events add nothing). Codex's `input_tokens`
 * include the `cached_input_tokens`, and `output_tokens` include reasoning.
 */
import {
  noteWritten,
  type Interval,
  type LogFile,
  type LogReading,
  type ReadOptions,
  type SessionActivity,
  type SkippedLine,
} from './activity.ts';
import {
  countField,
  instantField,
  isObject,
  jsonLines,
  logLines,
  stringField,
  unknownTypeReason,
  type JsonLine,
  type JsonObject,
} from './jsonl.ts';
import { proposedTitle } from './title.ts';
import type { TokenCounts } from '../../lib/schema/token-counts.ts';

/** Cumulative counts as Codex reports them. */
interface CodexTotals {
  input: number;
  cached: number;
  output: number;
}

function totalsOf(payload: JsonObject): CodexTotals | undefined {
  const info = isObject(payload.info) ? payload.info : undefined;
  const total = info && isObject(info.total_token_usage) ? info.total_token_usage : undefined;
  if (!total) return undefined;
  return {
    input: countField(total, 'input_tokens'),
    cached: countField(total, 'cached_input_tokens'),
    output: countField(total, 'output_tokens'),
  };
}

/** What changed between two cumulative reports, in Fulcrum's kinds; a count that went down starts again from 0. */
function difference(now: CodexTotals, before: CodexTotals): TokenCounts {
  const step = (key: keyof CodexTotals) => (now[key] >= before[key] ? now[key] - before[key] : now[key]);
  const input = step('input');
  const cached = Math.min(step('cached'), input);
  return { input: input - cached, output: step('output'), cacheWrites: 0, cacheReads: cached };
}

function isWork(type: string, payload: JsonObject): boolean {
  if (type === 'compacted') return true;
  // task_started comes a few milliseconds before the prompt of the turn it starts: the next turn's beginning, not this one's work.
  if (type === 'event_msg') return payload.type !== 'task_started';
  // response_item: the model's output and tool calls are work; a user or developer message is not.
  return !(payload.type === 'message' && payload.role !== 'assistant');
}

/** The text of a prompt: a `user_message` before Codex 0.147, an `item_completed` UserMessage from then on. */
function promptText(payload: JsonObject): string | undefined {
  if (payload.type === 'user_message') return stringField(payload, 'message') ?? '';
  const item = payload.type === 'item_completed' && isObject(payload.item) ? payload.item : undefined;
  if (item?.type !== 'UserMessage') return undefined;
  const content = Array.isArray(item.content) ? item.content : [];
  return content
    .filter(isObject)
    .map((block) => stringField(block, 'text') ?? '')
    .join('\n');
}

/** The thread that spawned this one, for a sub-agent's rollout (`source.subagent.thread_spawn.parent_thread_id`). */
function spawningThread(meta: JsonObject): string | undefined {
  const source = isObject(meta.source) ? meta.source : undefined;
  const subagent = source && isObject(source.subagent) ? source.subagent : undefined;
  const spawn = subagent && isObject(subagent.thread_spawn) ? subagent.thread_spawn : undefined;
  return spawn ? stringField(spawn, 'parent_thread_id') : undefined;
}

/**
 * Whether a turn in a fork is the parent's, replayed: a fork (`/fork`, or
 * Esc-Esc to go back) starts its rollout by writing the parent's
 * session_meta and whole history again with fresh timestamps, but each
 * replayed `task_started` keeps the `started_at` (in seconds) of the
 * parent's turn, which is before the fork was made. A sub-agent's rollout
 * may name a `forked_from_id` without replaying anything.
 */
function isReplayed(payload: JsonObject, forkMadeAt: number | undefined): boolean {
  const startedAt = payload.started_at;
  return forkMadeAt !== undefined && typeof startedAt === 'number' && startedAt < Math.floor(forkMadeAt / 1000);
}

const KNOWN = new Set(['session_meta', 'turn_context', 'event_msg', 'response_item', 'compacted']);
/** Entry types that carry no work: passed over without a warning. */
const BOOKKEEPING = new Set(['world_state']);

/** A session as read from its own file, with the thread that spawned it, when it is a sub-agent's. */
interface Rollout {
  session: SessionActivity;
  spawnedBy?: string;
}

/** The session in `file`; its skipped lines go to `skipped`, in line order. */
function readFile(file: LogFile, options: ReadOptions, skipped: SkippedLine[], written: Map<string, Interval>): Rollout | undefined {
  const fileSkips: SkippedLine[] = [];
  // A rollout is read in passes (replays, forks, turns), so its parsed lines are kept; its text never is whole.
  const lines = [...jsonLines(file, fileSkips)];
  const [first] = lines;
  // The 2025 format: a first line with the session's id and time, then the items without timestamps.
  if (first !== undefined && first.value.type === undefined && typeof first.value.id === 'string' && first.value.payload === undefined) {
    let count = 0;
    for (const text of logLines(file)) if (text.trim() !== '') count += 1;
    const startedAt = instantField(first.value, 'timestamp');
    if (startedAt !== undefined) noteWritten(written, file.path, startedAt);
    skipped.push({
      file: file.path,
      line: first.line,
      reason: `a Codex log in the 2025 format, whose lines carry no timestamps: its ${count} lines cannot be measured`,
    });
    return undefined;
  }
  const rollout = readRollout(file, lines, options, fileSkips, written);
  skipped.push(...fileSkips.sort((a, b) => a.line - b.line));
  return rollout;
}

/** What reading a rollout's lines keeps track of. */
interface RolloutReading {
  id?: string;
  folder?: string;
  title?: string;
  spawnedBy?: string;
  /** The parent a fork names, and when the fork was made: the parent's turns it replays started before that. */
  forkedFrom?: { id: string; madeAt: number };
  /** Set once the fork's copy of its parent's session_meta shows that the parent's history follows. */
  forkMadeAt?: number;
  /** Inside a turn of the parent's that a fork replays: nothing counts, but its token totals are the base for the fork's. */
  replaying: boolean;
  /** Between a turn's task_complete (or turn_aborted) and the next turn: what Codex writes then is no one's work. */
  turnEnded: boolean;
  prompts: number[];
  work: number[];
  usage: SessionActivity['usage'];
  previous: CodexTotals;
}

function readRollout(
  file: LogFile,
  lines: readonly JsonLine[],
  options: ReadOptions,
  skipped: SkippedLine[],
  written: Map<string, Interval>,
): Rollout | undefined {
  const reading: RolloutReading = {
    replaying: false,
    turnEnded: false,
    prompts: [],
    work: [],
    usage: [],
    previous: { input: 0, cached: 0, output: 0 },
  };
  for (const { line, value: entry } of lines) {
    const type = stringField(entry, 'type');
    const payload = isObject(entry.payload) ? entry.payload : undefined;
    const at = instantField(entry, 'timestamp');
    if (at !== undefined) noteWritten(written, file.path, at);
    if (type !== undefined && BOOKKEEPING.has(type)) continue;
    if (type === undefined || !KNOWN.has(type)) {
      skipped.push({ file: file.path, line, reason: unknownTypeReason(type) });
      continue;
    }
    if (payload === undefined || at === undefined) {
      skipped.push({ file: file.path, line, reason: `an entry of type "${type}" without a timestamp or payload` });
      continue;
    }
    if (type === 'session_meta' || type === 'turn_context') readContext(reading, type, payload, at);
    else readEvent(reading, type, payload, at, options);
  }
  return rolloutOf(reading, file);
}

/** A session_meta or turn_context: the rollout's id, folder and parent, or (repeated in a fork) the sign that the parent's history follows. */
function readContext(reading: RolloutReading, type: string, payload: JsonObject, at: number): void {
  // A fork repeats its parent's session_meta after its own: the first one is the rollout's.
  if (type === 'session_meta' && reading.id === undefined) {
    reading.id = stringField(payload, 'id');
    reading.spawnedBy = spawningThread(payload);
    const parent = stringField(payload, 'forked_from_id');
    if (parent !== undefined) reading.forkedFrom = { id: parent, madeAt: instantField(payload, 'timestamp') ?? at };
  } else if (type === 'session_meta' && reading.forkedFrom !== undefined && stringField(payload, 'id') === reading.forkedFrom.id) {
    reading.forkMadeAt = reading.forkedFrom.madeAt;
  }
  reading.folder ??= stringField(payload, 'cwd');
}

/** Any other entry: a prompt, tokens used, the agent's work, or (replayed, or between turns) nothing. */
function readEvent(reading: RolloutReading, type: string, payload: JsonObject, at: number, options: ReadOptions): void {
  const totals = type === 'event_msg' && payload.type === 'token_count' ? totalsOf(payload) : undefined;
  if (type === 'event_msg' && payload.type === 'task_started') {
    reading.replaying = isReplayed(payload, reading.forkMadeAt);
    reading.turnEnded = false;
  }
  if (reading.replaying) {
    if (totals) reading.previous = totals;
    return;
  }
  const text = type === 'event_msg' ? promptText(payload) : undefined;
  if (text !== undefined) {
    reading.prompts.push(at);
    reading.turnEnded = false;
    if (options.titles && reading.title === undefined) reading.title = proposedTitle(text);
    return;
  }
  if (totals) {
    const step = difference(totals, reading.previous);
    reading.previous = totals;
    if (step.input + step.output + step.cacheReads > 0) reading.usage.push({ at, tokens: step });
  }
  if (reading.turnEnded || !isWork(type, payload)) return;
  reading.work.push(at);
  if (type === 'event_msg' && (payload.type === 'task_complete' || payload.type === 'turn_aborted')) reading.turnEnded = true;
}

/** The session read, unless nothing in it was a prompt or work. */
function rolloutOf(reading: RolloutReading, file: LogFile): Rollout | undefined {
  const { id, folder, title, spawnedBy, prompts, work, usage } = reading;
  if (prompts.length === 0 && work.length === 0) return undefined;
  const session: SessionActivity = {
    source: 'codex',
    // Rollout files end in the session's id, should session_meta be missing.
    id: id ?? /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/i.exec(file.path)?.[1] ?? file.path,
    ...(folder === undefined ? {} : { folder }),
    ...(title === undefined ? {} : { title }),
    prompts,
    work,
    runs: [],
    usage,
  };
  return spawnedBy === undefined ? { session } : { session, spawnedBy };
}

/** A sub-agent's rollout, first event to last, as a run of the session that spawned it; its tokens are that session's too. */
function joinToParent(parent: SessionActivity, child: SessionActivity): void {
  const times = [...child.prompts, ...child.work];
  parent.runs.push({ start: Math.min(...times), end: Math.max(...times) });
  parent.usage.push(...child.usage);
  parent.usage.sort((a, b) => a.at - b.at);
}

/**
 * Every session in `files`, one per rollout file, except sub-agents' rollouts:
 * their time and tokens join the session that spawned them (a sub-agent
 * whose parent is not among the files stays a session of its own).
 */
export function readCodex(files: readonly LogFile[], options: ReadOptions): LogReading {
  const skipped: SkippedLine[] = [];
  const written = new Map<string, Interval>();
  const rollouts = files.map((file) => readFile(file, options, skipped, written)).filter((rollout) => rollout !== undefined);
  const byId = new Map(rollouts.map((rollout) => [rollout.session.id, rollout]));
  /** The session at the top of a chain of sub-agents that were read; the rollout itself when none spawned it. */
  const top = (rollout: Rollout): SessionActivity => {
    const seen = new Set<Rollout>();
    let current = rollout;
    // Stops at a session no read rollout spawned (or, in a malformed loop, where it comes round).
    while (!seen.has(current)) {
      seen.add(current);
      const parent = current.spawnedBy === undefined ? undefined : byId.get(current.spawnedBy);
      if (parent === undefined) break;
      current = parent;
    }
    return current.session;
  };
  const sessions: SessionActivity[] = [];
  for (const rollout of rollouts) {
    const parent = top(rollout);
    if (parent === rollout.session) sessions.push(parent);
    else joinToParent(parent, rollout.session);
  }
  return { sessions, skipped, written };
}

/**
 * Codex CLI's session logs: `<CODEX_HOME>/sessions/YYYY/MM/DD/rollout-*.jsonl`,
 * one file per session. Every line is `{ timestamp, type, payload }`:
 *
 * - `session_meta`: the session's `id` and working folder (`cwd`);
 * - `turn_context`: the settings of a turn (model, folder): no work;
 * - `event_msg`: events; a `user_message` is a prompt the author typed, a
 *   `token_count` carries the session's cumulative `total_token_usage`, the
 *   rest (`agent_message`, `exec_command_end`, `task_complete`…) is the agent's work;
 * - `response_item`: what went to and from the model; the agent's items are
 *   work, while a `user` or `developer` message only repeats a prompt or the
 *   context Codex sends along;
 * - `compacted`: the agent condensing the conversation, which is work.
 *
 * Token counts are cumulative, so each `token_count` adds what changed since
 * the previous one (repeated events add nothing). Codex's `input_tokens`
 * include the `cached_input_tokens`, and `output_tokens` include reasoning.
 */
import type { LogFile, LogReading, ReadOptions, SessionActivity, SkippedLine } from './activity.ts';
import { countField, instantField, isObject, jsonLines, stringField, unknownTypeReason, type JsonObject } from './jsonl.ts';
import { proposedTitle } from './title.ts';
import type { TokenCounts } from '../../lib/tokens.ts';

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
  if (type === 'event_msg') return payload.type !== 'user_message';
  // response_item: the model's output and tool calls are work; a user or developer message is not.
  return !(payload.type === 'message' && payload.role !== 'assistant');
}

const KNOWN = new Set(['session_meta', 'turn_context', 'event_msg', 'response_item', 'compacted']);

/** The session in `file`; its skipped lines go to `skipped`, in line order. */
function readFile(file: LogFile, options: ReadOptions, skipped: SkippedLine[]): SessionActivity | undefined {
  const fileSkips: SkippedLine[] = [];
  const session = readSession(file, options, fileSkips);
  skipped.push(...fileSkips.sort((a, b) => a.line - b.line));
  return session;
}

function readSession(file: LogFile, options: ReadOptions, skipped: SkippedLine[]): SessionActivity | undefined {
  let id: string | undefined;
  let folder: string | undefined;
  let title: string | undefined;
  const prompts: number[] = [];
  const work: number[] = [];
  const usage: SessionActivity['usage'] = [];
  let previous: CodexTotals = { input: 0, cached: 0, output: 0 };
  for (const { line, value: entry } of jsonLines(file, skipped)) {
    const type = stringField(entry, 'type');
    const payload = isObject(entry.payload) ? entry.payload : undefined;
    const at = instantField(entry, 'timestamp');
    if (type === undefined || !KNOWN.has(type)) {
      skipped.push({ file: file.path, line, reason: unknownTypeReason(type) });
      continue;
    }
    if (payload === undefined || at === undefined) {
      skipped.push({ file: file.path, line, reason: `an entry of type "${type}" without a timestamp or payload` });
      continue;
    }
    if (type === 'session_meta' || type === 'turn_context') {
      if (type === 'session_meta') id ??= stringField(payload, 'id');
      folder ??= stringField(payload, 'cwd');
      continue;
    }
    if (type === 'event_msg' && payload.type === 'user_message') {
      prompts.push(at);
      const message = stringField(payload, 'message');
      if (options.titles && title === undefined && message !== undefined) title = proposedTitle(message);
      continue;
    }
    if (!isWork(type, payload)) continue;
    work.push(at);
    const totals = type === 'event_msg' && payload.type === 'token_count' ? totalsOf(payload) : undefined;
    if (totals) {
      const step = difference(totals, previous);
      previous = totals;
      if (step.input + step.output + step.cacheReads > 0) usage.push({ at, tokens: step });
    }
  }
  if (prompts.length === 0 && work.length === 0) return undefined;
  return {
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
}

/** Every session in `files`, one per rollout file. */
export function readCodex(files: readonly LogFile[], options: ReadOptions): LogReading {
  const skipped: SkippedLine[] = [];
  const sessions = files.map((file) => readFile(file, options, skipped)).filter((session) => session !== undefined);
  return { sessions, skipped };
}


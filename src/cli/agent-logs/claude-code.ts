/**
 * Claude Code's session logs: `<config>/projects/<project>/<session>.jsonl`,
 * and each sub-agent's own file under `<session>/subagents/`. Every line is
 * one entry with a UTC `timestamp`, a `sessionId` and a `type`:
 *
 * - `user`: a prompt the author typed, or (with `tool_result` blocks) a tool's
 *   result handed back to the agent, which is the agent's work, not a prompt;
 * - `assistant`: the agent's output, with `message.usage`. A streamed message
 *   is written once per content block, each entry repeating its `message.id`,
 *   `requestId` and usage: it is counted once;
 * - `summary`, `ai-title`, `custom-title`: titles for the session;
 * - bookkeeping entries that carry no work (snapshots, hooks, queue, modes).
 *
 * Entries of sub-agents carry `isSidechain: true` (and an `agentId`). A resumed
 * session starts a new file that repeats earlier entries with their `uuid`:
 * each entry counts once, in the first file read.
 */
import type { Interval, LogFile, LogReading, ReadOptions, SessionActivity, SkippedLine, TimedTokens } from './activity.ts';
import { countField, instantField, isObject, jsonLines, stringField, unknownTypeReason, type JsonObject } from './jsonl.ts';
import { proposedTitle } from './title.ts';
import type { TokenCounts } from '../../lib/tokens.ts';

/** Entry types that carry no work and no title: skipped without a warning. */
const BOOKKEEPING = new Set([
  'system',
  'file-history-snapshot',
  'progress',
  'queue-operation',
  'attachment',
  'last-prompt',
  'agent-name',
  'agent-color',
  'tag',
  'mode',
  'permission-mode',
]);

const TITLE_ENTRIES: Record<string, { key: string; rank: TitleRank }> = {
  'custom-title': { key: 'customTitle', rank: 'custom' },
  'ai-title': { key: 'aiTitle', rank: 'generated' },
  summary: { key: 'summary', rank: 'summary' },
};

/** A title the author gave the session beats the agent's, which beats an old-style summary, which beats the first prompt. */
type TitleRank = 'custom' | 'generated' | 'summary' | 'prompt';
const TITLE_ORDER: readonly TitleRank[] = ['custom', 'generated', 'summary', 'prompt'];

interface Building {
  id: string;
  folder?: string;
  titles: Partial<Record<TitleRank, string>>;
  prompts: number[];
  work: number[];
  runs: Map<string, Interval>;
}

/** What a user entry is, from the agent's point of view. */
type UserEntryKind = 'prompt' | 'work' | 'none';

function messageOf(entry: JsonObject): JsonObject | undefined {
  return isObject(entry.message) ? entry.message : undefined;
}

/** The text the author typed, for telling entries apart; it is never kept. */
function userText(message: JsonObject | undefined): string {
  const content = message?.content;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .filter(isObject)
    .map((block) => (block.type === 'text' ? (stringField(block, 'text') ?? '') : ''))
    .join('\n');
}

function userEntryKind(entry: JsonObject, text: string): UserEntryKind {
  // Text Claude Code adds on its own (skill bodies, reminders, command caveats).
  if (entry.isMeta === true) return 'none';
  // The summary that /compact writes is the agent's work.
  if (entry.isCompactSummary === true) return 'work';
  const content = messageOf(entry)?.content;
  if (Array.isArray(content) && content.some((block) => isObject(block) && block.type === 'tool_result')) return 'work';
  // Pressing Esc stops the agent: the end of its turn, not a new prompt.
  if (text.startsWith('[Request interrupted by user')) return 'work';
  // The output of a local command (/model, /cost): no agent involved.
  if (text.startsWith('<local-command-')) return 'none';
  return 'prompt';
}

function usageOf(entry: JsonObject): TokenCounts | undefined {
  const usage = messageOf(entry)?.usage;
  if (!isObject(usage)) return undefined;
  return {
    input: countField(usage, 'input_tokens'),
    output: countField(usage, 'output_tokens'),
    cacheWrites: countField(usage, 'cache_creation_input_tokens'),
    cacheReads: countField(usage, 'cache_read_input_tokens'),
  };
}

/** Repeats of a streamed message may grow as it streams: each kind's largest count is the message's. */
function largest(a: TokenCounts, b: TokenCounts): TokenCounts {
  return {
    input: Math.max(a.input, b.input),
    output: Math.max(a.output, b.output),
    cacheWrites: Math.max(a.cacheWrites, b.cacheWrites),
    cacheReads: Math.max(a.cacheReads, b.cacheReads),
  };
}

/** Every session in `files`, which should come oldest first (a resumed session's copies then count in the original). */
export function readClaudeCode(files: readonly LogFile[], options: ReadOptions): LogReading {
  const skipped: SkippedLine[] = [];
  const sessions = new Map<string, Building>();
  const seenEntries = new Set<string>();
  const usage = new Map<string, { session: string; timed: TimedTokens }>();
  let unkeyed = 0;

  const session = (id: string): Building => {
    let found = sessions.get(id);
    if (!found) sessions.set(id, (found = { id, titles: {}, prompts: [], work: [], runs: new Map() }));
    return found;
  };

  for (const file of files) {
    /** The session the file is the main log of, and the titles in it that name no session. */
    let fileSession: string | undefined;
    const fileTitles: Partial<Record<TitleRank, string>> = {};
    /** Older logs keep sub-agents in the main file without an agentId: each starts a run where its chain starts. */
    let legacyRun = file.path;
    const fileSkips: SkippedLine[] = [];

    for (const { line, value: entry } of jsonLines(file, fileSkips)) {
      const type = stringField(entry, 'type');
      if (type === undefined) {
        fileSkips.push({ file: file.path, line, reason: 'no entry type' });
        continue;
      }
      const titleEntry = TITLE_ENTRIES[type];
      if (titleEntry) {
        const title = options.titles ? stringField(entry, titleEntry.key) : undefined;
        const target = stringField(entry, 'sessionId');
        if (title !== undefined) {
          if (target === undefined) fileTitles[titleEntry.rank] = title;
          else session(target).titles[titleEntry.rank] = title;
        }
        continue;
      }
      if (BOOKKEEPING.has(type)) continue;
      if (type !== 'user' && type !== 'assistant') {
        fileSkips.push({ file: file.path, line, reason: unknownTypeReason(type) });
        continue;
      }
      const at = instantField(entry, 'timestamp');
      const sessionId = stringField(entry, 'sessionId');
      if (at === undefined || sessionId === undefined) {
        fileSkips.push({ file: file.path, line, reason: `an entry of type "${type}" without a timestamp or session id` });
        continue;
      }
      const uuid = stringField(entry, 'uuid');
      if (uuid !== undefined) {
        if (seenEntries.has(uuid)) continue;
        seenEntries.add(uuid);
      }
      const target = session(sessionId);

      if (type === 'assistant') {
        const counts = usageOf(entry);
        if (counts) {
          const messageId = stringField(messageOf(entry) ?? {}, 'id');
          const requestId = stringField(entry, 'requestId');
          const key = messageId === undefined ? `#${unkeyed++}` : requestId === undefined ? messageId : `${messageId}:${requestId}`;
          const earlier = usage.get(key);
          if (earlier) earlier.timed.tokens = largest(earlier.timed.tokens, counts);
          else usage.set(key, { session: sessionId, timed: { at, tokens: counts } });
        }
      }

      if (entry.isSidechain === true) {
        const agentId = stringField(entry, 'agentId');
        if (agentId === undefined && entry.parentUuid === null) legacyRun = `${file.path}:${line}`;
        const key = agentId ?? legacyRun;
        const run = target.runs.get(key);
        if (run) target.runs.set(key, { start: Math.min(run.start, at), end: Math.max(run.end, at) });
        else target.runs.set(key, { start: at, end: at });
        continue;
      }

      fileSession ??= sessionId;
      target.folder ??= stringField(entry, 'cwd');
      if (type === 'assistant') {
        target.work.push(at);
        continue;
      }
      const text = userText(messageOf(entry));
      const kind = userEntryKind(entry, text);
      if (kind === 'work') target.work.push(at);
      if (kind !== 'prompt') continue;
      target.prompts.push(at);
      // A slash command (<command-name>…) is a prompt, but no title.
      if (options.titles && target.titles.prompt === undefined && !text.trimStart().startsWith('<')) {
        const title = proposedTitle(text);
        if (title !== undefined) target.titles.prompt = title;
      }
    }

    skipped.push(...fileSkips.sort((a, b) => a.line - b.line));
    if (fileSession !== undefined) {
      const titles = session(fileSession).titles;
      for (const rank of TITLE_ORDER) if (fileTitles[rank] !== undefined) titles[rank] ??= fileTitles[rank];
    }
  }

  const usageBySession = new Map<string, TimedTokens[]>();
  for (const { session: id, timed } of usage.values()) {
    const list = usageBySession.get(id);
    if (list) list.push(timed);
    else usageBySession.set(id, [timed]);
  }
  const result: SessionActivity[] = [];
  for (const building of sessions.values()) {
    const timed = usageBySession.get(building.id) ?? [];
    if (building.prompts.length === 0 && building.work.length === 0 && building.runs.size === 0 && timed.length === 0) continue;
    const title = TITLE_ORDER.map((rank) => building.titles[rank]).find((candidate) => candidate !== undefined);
    const shortened = title === undefined ? undefined : proposedTitle(title);
    result.push({
      source: 'claude-code',
      id: building.id,
      ...(building.folder === undefined ? {} : { folder: building.folder }),
      ...(shortened === undefined ? {} : { title: shortened }),
      prompts: building.prompts,
      work: building.work,
      runs: [...building.runs.values()],
      usage: timed,
    });
  }
  return { sessions: result, skipped };
}

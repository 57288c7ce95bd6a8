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
 * - `summary`, `ai-title`, `custom-title`: titles for the session; a legacy
 *   `summary` names no session but the entry it summarizes up to (`leafUuid`),
 *   which may sit in another session's file;
 * - bookkeeping entries that carry no work (snapshots, hooks, queue, modes).
 *
 * Entries of sub-agents carry `isSidechain: true` (and an `agentId`). A resumed
 * session starts a new file that repeats earlier entries with their `uuid`:
 * each entry counts once, in the first file read.
 */
import {
  noteWritten,
  type Interval,
  type LogFile,
  type LogReading,
  type ReadOptions,
  type SessionActivity,
  type SkippedLine,
  type TimedTokens,
} from './activity.ts';
import { countField, instantField, isObject, jsonLines, stringField, unknownTypeReason, type JsonObject } from './jsonl.ts';
import { proposedTitle } from './title.ts';
import type { TokenCounts } from '../../lib/schema/token-counts.ts';

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
  'worktree-state',
  'atis-latch',
]);

/** An entry that titles a session: the field holding the title, and how the title ranks. */
interface TitleEntry {
  key: string;
  rank: TitleRank;
}

const TITLE_ENTRIES: Record<string, TitleEntry> = {
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
  // Claude Code's notice that a background job finished (2.1): the agent's work, which it goes on with; no one typed it.
  if ((isObject(entry.origin) && entry.origin.kind === 'task-notification') || entry.promptSource === 'system') return 'work';
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

/** What reading the files gathers, before it becomes sessions. */
interface Gathering {
  skipped: SkippedLine[];
  written: Map<string, Interval>;
  sessions: Map<string, Building>;
  usage: Map<string, { session: string; timed: TimedTokens }>;
  /** The session of each entry read, by uuid: an entry a later file repeats counts once, and a summary finds its session. */
  entrySessions: Map<string, string>;
  leafSummaries: { leafUuid: string; title: string }[];
  /** Messages counted without an id, each under a key of its own. */
  unkeyed: number;
}

/** What reading one file keeps track of besides what it gathers. */
interface FileReading {
  file: LogFile;
  /** The session the file is the main log of. */
  session?: string;
  /** The titles in the file that name no session. */
  titles: Partial<Record<TitleRank, string>>;
  /** Older logs keep sub-agents in the main file without an agentId: each starts a run where its chain starts. */
  legacyRun: string;
  skips: SkippedLine[];
}

/** Every session in `files`, which should come oldest first (a resumed session's copies then count in the original). */
export function readClaudeCode(files: readonly LogFile[], options: ReadOptions): LogReading {
  const gathering: Gathering = {
    skipped: [],
    written: new Map(),
    sessions: new Map(),
    usage: new Map(),
    entrySessions: new Map(),
    leafSummaries: [],
    unkeyed: 0,
  };
  for (const file of files) readFile(gathering, file, options);
  placeLeafSummaries(gathering);
  return { sessions: sessionActivities(gathering), skipped: gathering.skipped, written: gathering.written };
}

function sessionOf(gathering: Gathering, id: string): Building {
  let found = gathering.sessions.get(id);
  if (!found) gathering.sessions.set(id, (found = { id, titles: {}, prompts: [], work: [], runs: new Map() }));
  return found;
}

function readFile(gathering: Gathering, file: LogFile, options: ReadOptions): void {
  const reading: FileReading = { file, titles: {}, legacyRun: file.path, skips: [] };
  for (const { line, value: entry } of jsonLines(file, reading.skips)) readEntry(gathering, reading, line, entry, options);
  gathering.skipped.push(...reading.skips.sort((a, b) => a.line - b.line));
  if (reading.session !== undefined) {
    const titles = sessionOf(gathering, reading.session).titles;
    for (const rank of TITLE_ORDER) if (reading.titles[rank] !== undefined) titles[rank] ??= reading.titles[rank];
  }
}

function readEntry(gathering: Gathering, reading: FileReading, line: number, entry: JsonObject, options: ReadOptions): void {
  const skip = (reason: string): void => {
    reading.skips.push({ file: reading.file.path, line, reason });
  };
  const type = stringField(entry, 'type');
  if (type === undefined) {
    skip('no entry type');
    return;
  }
  const at = instantField(entry, 'timestamp');
  if (at !== undefined) noteWritten(gathering.written, reading.file.path, at);
  const titleEntry = TITLE_ENTRIES[type];
  if (titleEntry) {
    readTitle(gathering, reading, entry, titleEntry, options);
    return;
  }
  if (BOOKKEEPING.has(type)) return;
  if (type !== 'user' && type !== 'assistant') {
    skip(unknownTypeReason(type));
    return;
  }
  const sessionId = stringField(entry, 'sessionId');
  if (at === undefined || sessionId === undefined) {
    skip(`an entry of type "${type}" without a timestamp or session id`);
    return;
  }
  if (isRepeat(gathering, entry, sessionId)) return;
  const target = sessionOf(gathering, sessionId);
  if (type === 'assistant') countUsage(gathering, entry, sessionId, at);
  if (entry.isSidechain === true) {
    noteSidechain(reading, target, entry, line, at);
    return;
  }
  reading.session ??= sessionId;
  target.folder ??= stringField(entry, 'cwd');
  if (type === 'assistant') target.work.push(at);
  else noteUserEntry(target, entry, at, options);
}

/** A title entry: the session's, the file's own session's, or (a legacy summary) the session of the entry it names. */
function readTitle(gathering: Gathering, reading: FileReading, entry: JsonObject, titleEntry: TitleEntry, options: ReadOptions): void {
  const title = options.titles ? stringField(entry, titleEntry.key) : undefined;
  if (title === undefined) return;
  const target = stringField(entry, 'sessionId');
  const leafUuid = stringField(entry, 'leafUuid');
  if (target === undefined && leafUuid !== undefined) gathering.leafSummaries.push({ leafUuid, title });
  else if (target === undefined) reading.titles[titleEntry.rank] = title;
  else sessionOf(gathering, target).titles[titleEntry.rank] = title;
}

/** Whether an earlier file held this entry already (a resumed session repeats it); the first time, it is noted. */
function isRepeat(gathering: Gathering, entry: JsonObject, sessionId: string): boolean {
  const uuid = stringField(entry, 'uuid');
  if (uuid === undefined) return false;
  if (gathering.entrySessions.has(uuid)) return true;
  gathering.entrySessions.set(uuid, sessionId);
  return false;
}

function countUsage(gathering: Gathering, entry: JsonObject, sessionId: string, at: number): void {
  const counts = usageOf(entry);
  if (!counts) return;
  const messageId = stringField(messageOf(entry) ?? {}, 'id');
  const requestId = stringField(entry, 'requestId');
  // Without a request id, only a repeat within the session is the same message (a resumed copy is caught by its uuid).
  const key =
    messageId === undefined
      ? `#${gathering.unkeyed++}`
      : requestId === undefined
        ? `${sessionId}:${messageId}`
        : `${messageId}:${requestId}`;
  const earlier = gathering.usage.get(key);
  if (earlier) earlier.timed.tokens = largest(earlier.timed.tokens, counts);
  else gathering.usage.set(key, { session: sessionId, timed: { at, tokens: counts } });
}

/** A sub-agent's entry widens its run. */
function noteSidechain(reading: FileReading, target: Building, entry: JsonObject, line: number, at: number): void {
  const agentId = stringField(entry, 'agentId');
  if (agentId === undefined && entry.parentUuid === null) reading.legacyRun = `${reading.file.path}:${line}`;
  const key = agentId ?? reading.legacyRun;
  const run = target.runs.get(key);
  if (run) target.runs.set(key, { start: Math.min(run.start, at), end: Math.max(run.end, at) });
  else target.runs.set(key, { start: at, end: at });
}

/** A user entry of the main chain: a prompt (whose text may title the session), the agent's work, or neither. */
function noteUserEntry(target: Building, entry: JsonObject, at: number, options: ReadOptions): void {
  const text = userText(messageOf(entry));
  const kind = userEntryKind(entry, text);
  if (kind === 'work') target.work.push(at);
  if (kind !== 'prompt') return;
  target.prompts.push(at);
  // A slash command (<command-name>…) is a prompt, but no title.
  if (options.titles && target.titles.prompt === undefined && !text.trimStart().startsWith('<')) {
    const title = proposedTitle(text);
    if (title !== undefined) target.titles.prompt = title;
  }
}

function placeLeafSummaries(gathering: Gathering): void {
  for (const { leafUuid, title } of gathering.leafSummaries) {
    const owner = gathering.entrySessions.get(leafUuid);
    // A summary of a conversation none of the files holds names no session read here.
    if (owner !== undefined) sessionOf(gathering, owner).titles.summary = title;
  }
}

/** The sessions read, each with its counted messages' usage; a session with nothing in it is none. */
function sessionActivities(gathering: Gathering): SessionActivity[] {
  const usageBySession = new Map<string, TimedTokens[]>();
  for (const { session: id, timed } of gathering.usage.values()) {
    const list = usageBySession.get(id);
    if (list) list.push(timed);
    else usageBySession.set(id, [timed]);
  }
  const result: SessionActivity[] = [];
  for (const building of gathering.sessions.values()) {
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
  return result;
}

/** Claude Code's logs: which entries are prompts, which are the agent's work, what counts once, which title wins. */
import { describe, expect, it } from 'vitest';
import type { LogFile } from '../../src/cli/agent-logs/activity.ts';
import { readClaudeCode } from '../../src/cli/agent-logs/claude-code.ts';

const SESSION = 'aaaaaaaa-0000-4000-8000-000000000001';
const T = (clock: string) => `2026-05-04T${clock}Z`;
const ms = (clock: string) => Date.parse(T(clock));

let uuid = 0;
function entry(type: string, clock: string, fields: Record<string, unknown> = {}): string {
  uuid += 1;
  return JSON.stringify({ type, sessionId: SESSION, uuid: `u-${uuid}`, timestamp: T(clock), isSidechain: false, cwd: '/w/app', ...fields });
}
const prompt = (clock: string, content: unknown, fields: Record<string, unknown> = {}) =>
  entry('user', clock, { message: { role: 'user', content }, ...fields });
const reply = (clock: string, id: string, usage: Record<string, number> = {}, fields: Record<string, unknown> = {}) =>
  entry('assistant', clock, { message: { id, role: 'assistant', content: [], usage }, ...fields });
const file = (path: string, ...lines: string[]): LogFile => ({ path, text: `${lines.join('\n')}\n` });

describe('readClaudeCode', () => {
  it('takes typed prompts as prompts, and tool results, interruptions and /compact summaries as work', () => {
    const { sessions, skipped } = readClaudeCode(
      [
        file(
          'a.jsonl',
          prompt('09:00:00', 'Fix the build'),
          reply('09:00:10', 'm1'),
          prompt('09:00:20', [{ type: 'tool_result', tool_use_id: 't1', content: 'ok' }]),
          prompt('09:00:30', [{ type: 'text', text: '[Request interrupted by user]' }]),
          prompt('09:01:00', 'skill text Claude Code adds', { isMeta: true }),
          prompt('09:02:00', '<command-name>/compact</command-name>'),
          prompt('09:02:40', 'This session is being continued…', { isCompactSummary: true }),
          prompt('09:03:00', '<local-command-stdout>Compacted</local-command-stdout>'),
        ),
      ],
      { titles: true },
    );
    expect(skipped).toEqual([]);
    expect(sessions).toEqual([
      {
        source: 'claude-code',
        id: SESSION,
        folder: '/w/app',
        title: 'Fix the build',
        prompts: [ms('09:00:00'), ms('09:02:00')],
        work: [ms('09:00:10'), ms('09:00:20'), ms('09:00:30'), ms('09:02:40')],
        runs: [],
        usage: [{ at: ms('09:00:10'), tokens: { input: 0, output: 0, cacheWrites: 0, cacheReads: 0 } }],
      },
    ]);
  });

  it('counts a streamed message once, with the largest count of each kind, keyed by message id and request id', () => {
    const usage = (input: number, output: number) => ({
      input_tokens: input,
      output_tokens: output,
      cache_creation_input_tokens: 7,
      cache_read_input_tokens: 9,
    });
    const { sessions } = readClaudeCode(
      [
        file(
          'a.jsonl',
          prompt('09:00:00', 'Go'),
          reply('09:00:01', 'm1', usage(3, 10), { requestId: 'r1' }),
          reply('09:00:02', 'm1', usage(3, 25), { requestId: 'r1' }),
          reply('09:00:03', 'm2', usage(1, 5)),
          reply('09:00:04', 'm2', usage(1, 5)),
        ),
      ],
      { titles: false },
    );
    expect(sessions[0]?.usage).toEqual([
      { at: ms('09:00:01'), tokens: { input: 3, output: 25, cacheWrites: 7, cacheReads: 9 } },
      { at: ms('09:00:03'), tokens: { input: 1, output: 5, cacheWrites: 7, cacheReads: 9 } },
    ]);
  });

  it('counts an entry a later file repeats (a resumed session) once, in the file read first', () => {
    const first = [prompt('09:00:00', 'Start'), reply('09:05:00', 'm1', { output_tokens: 40 })];
    const resumed = (line: string) => line.replace(SESSION, 'bbbbbbbb-0000-4000-8000-000000000002');
    const { sessions } = readClaudeCode(
      [
        file('old.jsonl', ...first),
        file(
          'new.jsonl',
          ...first.map(resumed),
          resumed(prompt('10:00:00', 'Continue')),
          resumed(reply('10:01:00', 'm2', { output_tokens: 5 })),
        ),
      ],
      { titles: true },
    );
    expect(
      sessions.map(({ id, prompts, work, usage, title }) => ({ id, prompts, work, tokens: usage.map((use) => use.tokens.output), title })),
    ).toEqual([
      { id: SESSION, prompts: [ms('09:00:00')], work: [ms('09:05:00')], tokens: [40], title: 'Start' },
      { id: 'bbbbbbbb-0000-4000-8000-000000000002', prompts: [ms('10:00:00')], work: [ms('10:01:00')], tokens: [5], title: 'Continue' },
    ]);
  });

  it("keeps each sub-agent's run from its first to its last entry, in its own file or (older logs) in the session's", () => {
    const side = { isSidechain: true };
    const { sessions } = readClaudeCode(
      [
        file('s.jsonl', prompt('09:00:00', 'Go'), reply('09:30:00', 'm1')),
        file(
          's/subagents/agent-x.jsonl',
          prompt('09:01:00', 'Task', { ...side, agentId: 'x' }),
          reply('09:04:00', 'm2', { output_tokens: 8 }, { ...side, agentId: 'x' }),
        ),
        file(
          'legacy.jsonl',
          prompt('09:10:00', 'Task one', { ...side, parentUuid: null }),
          reply('09:12:00', 'm3', {}, side),
          prompt('09:20:00', 'Task two', { ...side, parentUuid: null }),
          reply('09:21:00', 'm4', {}, side),
        ),
      ],
      { titles: true },
    );
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.prompts).toEqual([ms('09:00:00')]);
    expect(sessions[0]?.runs).toEqual([
      { start: ms('09:01:00'), end: ms('09:04:00') },
      { start: ms('09:10:00'), end: ms('09:12:00') },
      { start: ms('09:20:00'), end: ms('09:21:00') },
    ]);
    expect(sessions[0]?.usage.map((use) => use.tokens.output)).toEqual([0, 8, 0, 0]);
  });

  it('proposes the title the author gave the session, else the agent’s, else a summary, else the first prompt', () => {
    const titles = (...lines: string[]) => readClaudeCode([file('a.jsonl', ...lines)], { titles: true }).sessions[0]?.title;
    const base = [prompt('09:00:00', '  \n  Make   the   tests pass\nsecond line', { uuid: 'leaf-1' })];
    expect(titles(...base)).toBe('Make the tests pass');
    expect(titles(JSON.stringify({ type: 'summary', summary: 'Old summary', leafUuid: 'leaf-1' }), ...base)).toBe('Old summary');
    expect(
      titles(
        ...base,
        JSON.stringify({ type: 'ai-title', aiTitle: 'Agent title', sessionId: SESSION }),
        JSON.stringify({ type: 'summary', summary: 'S' }),
      ),
    ).toBe('Agent title');
    expect(
      titles(
        ...base,
        JSON.stringify({ type: 'custom-title', customTitle: 'Mine', sessionId: SESSION }),
        JSON.stringify({ type: 'ai-title', aiTitle: 'Agent title', sessionId: SESSION }),
      ),
    ).toBe('Mine');
  });

  it('takes no text at all without titles', () => {
    const { sessions } = readClaudeCode(
      [
        file(
          'a.jsonl',
          prompt('09:00:00', 'Secret plan'),
          JSON.stringify({ type: 'custom-title', customTitle: 'Mine', sessionId: SESSION }),
        ),
      ],
      { titles: false },
    );
    expect(sessions[0]).not.toHaveProperty('title');
  });

  it('skips lines it cannot read or does not know, and bookkeeping entries without a word', () => {
    const { skipped, sessions } = readClaudeCode(
      [
        file(
          'a.jsonl',
          JSON.stringify({ type: 'file-history-snapshot', snapshot: {} }),
          JSON.stringify({ type: 'queue-operation', operation: 'enqueue' }),
          JSON.stringify({ type: 'hologram', timestamp: T('09:00:00') }),
          JSON.stringify({ type: 'user', message: { content: 'no time' }, sessionId: SESSION }),
          JSON.stringify({ noType: true }),
          '[1, 2]',
          prompt('09:00:00', 'Go'),
          '{"type":"assistant","timestamp":"2026-05-04T09:0',
          // A type that is not a name is not echoed: it could be any text from the log.
          JSON.stringify({ type: 'password is hunter2' }),
        ),
      ],
      { titles: false },
    );
    expect(skipped).toEqual([
      { file: 'a.jsonl', line: 3, reason: 'unknown entry type "hologram"' },
      { file: 'a.jsonl', line: 4, reason: 'an entry of type "user" without a timestamp or session id' },
      { file: 'a.jsonl', line: 5, reason: 'no entry type' },
      { file: 'a.jsonl', line: 6, reason: 'not a JSON object' },
      { file: 'a.jsonl', line: 8, reason: 'not complete JSON, as when a session is still being written' },
      { file: 'a.jsonl', line: 9, reason: 'unknown entry type' },
    ]);
    expect(sessions[0]?.prompts).toEqual([ms('09:00:00')]);
  });

  it("takes a task notification (a background job that finished) as the agent's work, so only typed prompts start turns", () => {
    const notification = (clock: string, fields: Record<string, unknown>) =>
      prompt(clock, '<task-notification>\n<task-id>a1b2</task-id>\n<status>completed</status>\n</task-notification>', fields);
    const { sessions } = readClaudeCode(
      [
        file(
          'a.jsonl',
          prompt('09:00:00', 'Run the checks in the background', { promptSource: 'typed' }),
          reply('09:00:10', 'm1'),
          // Claude Code 2.1 marks it with origin.kind; from 2.1.165 also with promptSource "system".
          notification('09:03:00', { origin: { kind: 'task-notification' } }),
          reply('09:03:05', 'm2'),
          notification('09:04:00', { origin: { kind: 'task-notification' }, promptSource: 'system' }),
          reply('09:04:30', 'm3'),
          prompt('09:10:00', 'Now commit', { promptSource: 'typed' }),
        ),
      ],
      { titles: true },
    );
    expect(sessions.map(({ prompts, work, title }) => ({ prompts, work, title }))).toEqual([
      {
        prompts: [ms('09:00:00'), ms('09:10:00')],
        work: [ms('09:00:10'), ms('09:03:00'), ms('09:03:05'), ms('09:04:00'), ms('09:04:30')],
        title: 'Run the checks in the background',
      },
    ]);
  });

  it('passes over the bookkeeping entries worktree-state and atis-latch without a warning', () => {
    const { skipped, sessions } = readClaudeCode(
      [
        file(
          'a.jsonl',
          JSON.stringify({ type: 'worktree-state', sessionId: SESSION, worktreeSession: null }),
          prompt('09:00:00', 'Go'),
          JSON.stringify({ type: 'atis-latch', sessionId: SESSION, timestamp: T('09:00:01') }),
          reply('09:00:05', 'm1'),
        ),
      ],
      { titles: false },
    );
    expect(skipped).toEqual([]);
    expect(sessions.map(({ prompts, work }) => ({ prompts, work }))).toEqual([{ prompts: [ms('09:00:00')], work: [ms('09:00:05')] }]);
  });

  it('gives a legacy summary to the session that holds its leafUuid, not to the file it sits in', () => {
    const other = 'cccccccc-0000-4000-8000-000000000003';
    const { sessions } = readClaudeCode(
      [
        file('first.jsonl', prompt('09:00:00', 'Set up the project'), reply('09:01:00', 'm1', {}, { uuid: 'leaf-first' })),
        file(
          'second.jsonl',
          // The summaries Claude Code 1.0 put at the top of a later session's file: of the first session, and of one not read.
          JSON.stringify({ type: 'summary', summary: 'Project setup', leafUuid: 'leaf-first' }),
          JSON.stringify({ type: 'summary', summary: 'Something long ago', leafUuid: 'leaf-elsewhere' }),
          prompt('10:00:00', 'Add the login page', { sessionId: other }),
          reply('10:02:00', 'm2', {}, { sessionId: other }),
        ),
      ],
      { titles: true },
    );
    expect(sessions.map(({ id, title }) => ({ id, title }))).toEqual([
      { id: SESSION, title: 'Project setup' },
      { id: other, title: 'Add the login page' },
    ]);
  });

  it('says when each file was written, first entry to last', () => {
    const { written } = readClaudeCode(
      [
        file('a.jsonl', JSON.stringify({ type: 'file-history-snapshot', snapshot: {} }), prompt('09:00:00', 'Go'), reply('09:20:00', 'm1')),
        file('b.jsonl', '{"type":'),
      ],
      { titles: false },
    );
    expect(written).toEqual(new Map([['a.jsonl', { start: ms('09:00:00'), end: ms('09:20:00') }]]));
  });

  it('counts a message id without a request id once per session: two sessions are two messages, whatever their ids', () => {
    const other = 'dddddddd-0000-4000-8000-000000000004';
    const { sessions } = readClaudeCode(
      [
        file(
          'a.jsonl',
          prompt('09:00:00', 'Go'),
          reply('09:00:05', 'msg_same', { input_tokens: 12, output_tokens: 3 }),
          reply('09:00:06', 'msg_same', { input_tokens: 12, output_tokens: 3 }),
        ),
        file(
          'b.jsonl',
          prompt('10:00:00', 'Go', { sessionId: other }),
          reply('10:00:05', 'msg_same', { input_tokens: 12, output_tokens: 3 }, { sessionId: other }),
        ),
      ],
      { titles: false },
    );
    expect(sessions.map(({ usage }) => usage.map(({ tokens }) => [tokens.input, tokens.output]))).toEqual([[[12, 3]], [[12, 3]]]);
  });
});

/** Codex's rollout logs: prompts, the agent's work, and token counts from cumulative totals. */
import { describe, expect, it } from 'vitest';
import type { LogFile } from '../../src/cli/agent-logs/activity.ts';
import { readCodex } from '../../src/cli/agent-logs/codex.ts';

const T = (clock: string) => `2026-05-04T${clock}Z`;
const ms = (clock: string) => Date.parse(T(clock));
const line = (clock: string, type: string, payload: Record<string, unknown>) => JSON.stringify({ timestamp: T(clock), type, payload });
const prompt = (clock: string, message: string) => line(clock, 'event_msg', { type: 'user_message', message });
const count = (clock: string, input: number, cached: number, output: number) =>
  line(clock, 'event_msg', {
    type: 'token_count',
    info: {
      total_token_usage: {
        input_tokens: input,
        cached_input_tokens: cached,
        output_tokens: output,
        reasoning_output_tokens: 1,
        total_tokens: input + output,
      },
    },
  });
/** `task_started`, which Codex writes a few milliseconds before the prompt of the turn it starts; `startedAt` in seconds. */
const started = (clock: string, startedAt = Math.floor(ms(clock) / 1000)) =>
  line(clock, 'event_msg', { type: 'task_started', turn_id: `turn-${clock}`, started_at: startedAt });
const file = (path: string, ...lines: string[]): LogFile => ({ path, text: `${lines.join('\n')}\n` });

describe('readCodex', () => {
  it("leaves out what Codex sends along with a prompt, so the time before the first prompt is nobody's", () => {
    const { sessions } = readCodex(
      [
        file(
          'rollout-a.jsonl',
          line('09:00:00', 'session_meta', { id: 'sess-1', cwd: '/w/app' }),
          line('09:00:01', 'response_item', { type: 'message', role: 'user', content: [] }),
          line('09:00:01', 'response_item', { type: 'message', role: 'developer', content: [] }),
          prompt('09:10:00', 'Add the feature'),
          line('09:10:00', 'turn_context', { cwd: '/w/app', model: 'gpt-5-codex' }),
          line('09:11:00', 'response_item', { type: 'function_call', name: 'shell' }),
          line('09:12:00', 'response_item', { type: 'message', role: 'assistant', content: [] }),
          line('09:12:30', 'compacted', { message: '' }),
          line('09:13:00', 'event_msg', { type: 'task_complete' }),
        ),
      ],
      { titles: true },
    );
    expect(sessions).toEqual([
      {
        source: 'codex',
        id: 'sess-1',
        folder: '/w/app',
        title: 'Add the feature',
        prompts: [ms('09:10:00')],
        work: [ms('09:11:00'), ms('09:12:00'), ms('09:12:30'), ms('09:13:00')],
        runs: [],
        usage: [],
      },
    ]);
  });

  it('adds what each cumulative count adds, cached input as cache reads, and starts again when a count goes down', () => {
    const { sessions } = readCodex(
      [
        file(
          'rollout-a.jsonl',
          line('09:00:00', 'session_meta', { id: 'sess-1' }),
          prompt('09:00:00', 'Go'),
          count('09:01:00', 1_000, 600, 100),
          count('09:02:00', 1_000, 600, 100),
          count('09:03:00', 2_500, 1_000, 300),
          // Lower than before: a fresh count (as after Codex starts counting anew), taken whole.
          count('09:04:00', 700, 200, 50),
        ),
      ],
      { titles: false },
    );
    expect(sessions[0]?.usage).toEqual([
      { at: ms('09:01:00'), tokens: { input: 400, output: 100, cacheWrites: 0, cacheReads: 600 } },
      // 1,500 more input of which 400 more cached; 200 more output.
      { at: ms('09:03:00'), tokens: { input: 1_100, output: 200, cacheWrites: 0, cacheReads: 400 } },
      { at: ms('09:04:00'), tokens: { input: 500, output: 50, cacheWrites: 0, cacheReads: 200 } },
    ]);
  });

  it('names a session without session_meta after its file, and takes no text without titles', () => {
    const { sessions } = readCodex(
      [
        file(
          'sessions/2026/05/04/rollout-2026-05-04T09-00-00-0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.jsonl',
          prompt('09:00:00', 'Secret plan'),
          count('09:01:00', 10, 0, 1),
        ),
      ],
      { titles: false },
    );
    expect(sessions.map(({ id, title, folder }) => ({ id, title, folder }))).toEqual([
      { id: '0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', title: undefined, folder: undefined },
    ]);
  });

  it('skips lines without a timestamp or payload, in line order with the unreadable ones', () => {
    const { skipped } = readCodex(
      [
        file(
          'rollout-a.jsonl',
          JSON.stringify({ type: 'event_msg', payload: { type: 'agent_message' } }),
          '{"timestamp":',
          JSON.stringify({ timestamp: T('09:00:00'), type: 'response_item' }),
        ),
      ],
      { titles: false },
    );
    expect(skipped).toEqual([
      { file: 'rollout-a.jsonl', line: 1, reason: 'an entry of type "event_msg" without a timestamp or payload' },
      { file: 'rollout-a.jsonl', line: 2, reason: 'not complete JSON, as when a session is still being written' },
      { file: 'rollout-a.jsonl', line: 3, reason: 'an entry of type "response_item" without a timestamp or payload' },
    ]);
  });

  it('ends a turn at its task_complete or turn_aborted, so the task_started written just before the next prompt is not work', () => {
    const { sessions } = readCodex(
      [
        file(
          'rollout-a.jsonl',
          line('09:00:00', 'session_meta', { id: 'sess-1' }),
          started('09:00:00.004'),
          prompt('09:00:00.010', 'First'),
          line('09:02:00', 'event_msg', { type: 'agent_message', message: 'done' }),
          line('09:02:00.050', 'event_msg', { type: 'task_complete', turn_id: 't1' }),
          // Context Codex writes after the turn, while it waits: nobody's work.
          line('09:05:00', 'response_item', { type: 'reasoning', summary: [] }),
          started('09:10:00.004'),
          prompt('09:10:00.010', 'Second'),
          line('09:11:00', 'response_item', { type: 'function_call', name: 'shell' }),
          line('09:11:30', 'event_msg', { type: 'turn_aborted', reason: 'interrupted' }),
          started('09:20:00.002'),
          prompt('09:20:00.009', 'Third'),
        ),
      ],
      { titles: false },
    );
    expect(sessions.map(({ prompts, work }) => ({ prompts, work }))).toEqual([
      {
        prompts: [ms('09:00:00.010'), ms('09:10:00.010'), ms('09:20:00.009')],
        work: [ms('09:02:00'), ms('09:02:00.050'), ms('09:11:00'), ms('09:11:30')],
      },
    ]);
  });

  it('reads the prompts of Codex 0.147 (item_completed UserMessage), and passes over world_state', () => {
    const item = (clock: string, item: Record<string, unknown>) =>
      line(clock, 'event_msg', { type: 'item_completed', thread_id: 'sess-2', turn_id: 't1', item });
    const { sessions, skipped } = readCodex(
      [
        file(
          'rollout-b.jsonl',
          line('09:00:00', 'session_meta', { id: 'sess-2', cwd: '/w/shop', cli_version: '0.147.0' }),
          started('09:00:00.100'),
          line('09:00:00.500', 'world_state', { full: true, state: {} }),
          item('09:00:00.600', {
            type: 'UserMessage',
            id: 'i1',
            content: [{ type: 'text', text: 'Add a CSV export\nwith a header row', text_elements: [] }],
          }),
          item('09:01:35', { type: 'AgentMessage', id: 'i2', content: [{ type: 'Text', text: 'Done.' }], phase: 'final_answer' }),
          line('09:01:35.100', 'event_msg', { type: 'task_complete', turn_id: 't1' }),
          started('09:08:35'),
          item('09:08:35.100', { type: 'UserMessage', id: 'i3', content: [{ type: 'text', text: 'Document it', text_elements: [] }] }),
          item('09:09:20', { type: 'AgentMessage', id: 'i4', content: [{ type: 'Text', text: 'Documented.' }], phase: 'final_answer' }),
        ),
      ],
      { titles: true },
    );
    expect(skipped).toEqual([]);
    expect(sessions).toEqual([
      {
        source: 'codex',
        id: 'sess-2',
        folder: '/w/shop',
        title: 'Add a CSV export',
        prompts: [ms('09:00:00.600'), ms('09:08:35.100')],
        work: [ms('09:01:35'), ms('09:01:35.100'), ms('09:09:20')],
        runs: [],
        usage: [],
      },
    ]);
  });

  it('warns once about a rollout in the 2025 format, whose lines carry no timestamps, and measures nothing of it', () => {
    const { sessions, skipped } = readCodex(
      [
        file(
          'rollout-2025.jsonl',
          JSON.stringify({ id: 'old-1', timestamp: '2025-08-01T09:00:00.000Z', instructions: '', git: {} }),
          JSON.stringify({ record_type: 'state' }),
          JSON.stringify({ type: 'message', id: null, role: 'user', content: [{ type: 'input_text', text: 'Go' }] }),
          JSON.stringify({ type: 'function_call', name: 'shell', arguments: '{}', call_id: 'c1' }),
          JSON.stringify({ type: 'message', id: 'm1', role: 'assistant', content: [] }),
        ),
      ],
      { titles: true },
    );
    expect(sessions).toEqual([]);
    expect(skipped).toEqual([
      {
        file: 'rollout-2025.jsonl',
        line: 1,
        reason: 'a Codex log in the 2025 format, whose lines carry no timestamps: its 5 lines cannot be measured',
      },
    ]);
  });

  it("counts a fork's replay of its parent once: no prompts, no work, no title, and its token counts only as the base to count from", () => {
    const parent = 'aaaaaaaa-0000-7000-8000-000000000001';
    const meta = (clock: string, id: string, created: string, fields: Record<string, unknown> = {}) =>
      line(clock, 'session_meta', { id, timestamp: T(created), cwd: '/w/app', ...fields });
    const { sessions } = readCodex(
      [
        file(
          'rollout-fork.jsonl',
          meta('10:00:00.900', 'fork-1', '10:00:00.800', { forked_from_id: parent }),
          // The parent's meta and its two turns, replayed with fresh timestamps.
          meta('10:00:00.901', parent, '09:00:00'),
          started('10:00:00.902', Date.parse(T('09:00:01')) / 1000),
          prompt('10:00:00.903', 'Parent prompt'),
          line('10:00:00.904', 'event_msg', { type: 'agent_message', message: 'one' }),
          count('10:00:00.905', 30_000, 6_000, 20),
          line('10:00:00.906', 'event_msg', { type: 'task_complete', turn_id: 'p1' }),
          started('10:00:00.907', Date.parse(T('09:05:00')) / 1000),
          prompt('10:00:00.908', 'Parent second prompt'),
          count('10:00:00.909', 60_000, 36_000, 25),
          line('10:00:00.910', 'event_msg', { type: 'task_complete', turn_id: 'p2' }),
          // The fork's own turn.
          started('10:00:07', Date.parse(T('10:00:07')) / 1000),
          prompt('10:00:07.100', 'Fork prompt'),
          line('10:00:09', 'event_msg', { type: 'agent_message', message: 'three' }),
          count('10:00:09.050', 90_000, 43_000, 30),
          line('10:00:09.100', 'event_msg', { type: 'task_complete', turn_id: 'f1' }),
        ),
      ],
      { titles: true },
    );
    expect(sessions).toEqual([
      {
        source: 'codex',
        id: 'fork-1',
        folder: '/w/app',
        title: 'Fork prompt',
        prompts: [ms('10:00:07.100')],
        work: [ms('10:00:09'), ms('10:00:09.050'), ms('10:00:09.100')],
        runs: [],
        // 90,000 − 60,000 = 30,000 input, of which 43,000 − 36,000 = 7,000 cached; 30 − 25 = 5 output.
        usage: [{ at: ms('10:00:09.050'), tokens: { input: 23_000, output: 5, cacheWrites: 0, cacheReads: 7_000 } }],
      },
    ]);
  });

  it("joins a sub-agent's rollout to its parent's session, as a run with its tokens, and makes it no session of its own", () => {
    const parentId = 'bbbbbbbb-0000-7000-8000-000000000002';
    const { sessions } = readCodex(
      [
        file(
          'rollout-parent.jsonl',
          line('11:00:00', 'session_meta', { id: parentId, cwd: '/w/icons', source: 'cli' }),
          started('11:00:00.001'),
          prompt('11:00:00.002', 'Review the icons with a helper'),
          line('11:00:05', 'response_item', { type: 'function_call', name: 'spawn_agent' }),
          count('11:00:06', 1_000, 0, 10),
          line('11:00:10', 'event_msg', { type: 'agent_message', message: 'Started a reviewer.' }),
          line('11:00:10.100', 'event_msg', { type: 'task_complete', turn_id: 't1' }),
        ),
        file(
          'rollout-child.jsonl',
          line('11:00:06', 'session_meta', {
            id: 'cccccccc-0000-7000-8000-000000000003',
            forked_from_id: parentId,
            cwd: '/w/icons',
            timestamp: T('11:00:06'),
            source: { subagent: { thread_spawn: { parent_thread_id: parentId, depth: 1 } } },
          }),
          // Named a fork, but with no copy of the parent's session_meta after its own it replays nothing, whatever its started_at says.
          started('11:00:06.100', Date.parse(T('10:59:00')) / 1000),
          prompt('11:00:06.200', 'Review the icons and report problems.'),
          count('11:00:20', 25_000, 4_000, 60),
          line('11:02:00', 'event_msg', { type: 'agent_message', message: 'The icons look fine.' }),
          line('11:02:00.050', 'event_msg', { type: 'task_complete', turn_id: 'k0' }),
        ),
      ],
      { titles: true },
    );
    expect(sessions).toEqual([
      {
        source: 'codex',
        id: parentId,
        folder: '/w/icons',
        title: 'Review the icons with a helper',
        prompts: [ms('11:00:00.002')],
        work: [ms('11:00:05'), ms('11:00:06'), ms('11:00:10'), ms('11:00:10.100')],
        // From the sub-agent's prompt (written by the parent) to its last event.
        runs: [{ start: ms('11:00:06.200'), end: ms('11:02:00.050') }],
        usage: [
          { at: ms('11:00:06'), tokens: { input: 1_000, output: 10, cacheWrites: 0, cacheReads: 0 } },
          { at: ms('11:00:20'), tokens: { input: 21_000, output: 60, cacheWrites: 0, cacheReads: 4_000 } },
        ],
      },
    ]);
  });

  it('says when each file was written, first entry to last, the 2025 format by the time on its first line', () => {
    const { written } = readCodex(
      [
        file(
          'rollout-a.jsonl',
          line('09:00:00', 'session_meta', { id: 's' }),
          prompt('09:00:01', 'Go'),
          '{"timestamp":',
          line('09:30:00', 'event_msg', { type: 'agent_message' }),
        ),
        file(
          'rollout-2025.jsonl',
          JSON.stringify({ id: 'old', timestamp: '2025-08-01T09:00:00.000Z' }),
          JSON.stringify({ record_type: 'state' }),
        ),
        file('rollout-nothing.jsonl', '{"timestamp":'),
      ],
      { titles: false },
    );
    expect(written).toEqual(
      new Map([
        ['rollout-a.jsonl', { start: ms('09:00:00'), end: ms('09:30:00') }],
        ['rollout-2025.jsonl', { start: Date.parse('2025-08-01T09:00:00.000Z'), end: Date.parse('2025-08-01T09:00:00.000Z') }],
      ]),
    );
  });

  it("joins a sub-agent's own sub-agent to the session at the top, whatever order the files come in", () => {
    const spawned = (id: string, parent: string, clock: string, end: string) =>
      file(
        `rollout-${id}.jsonl`,
        line(clock, 'session_meta', { id, source: { subagent: { thread_spawn: { parent_thread_id: parent, depth: 1 } } } }),
        prompt(clock, 'Help'),
        count(end, 100, 0, 1),
        line(end, 'event_msg', { type: 'task_complete' }),
      );
    const { sessions } = readCodex(
      [
        spawned('grandchild', 'child', '12:00:20', '12:03:00'),
        spawned('child', 'top', '12:00:10', '12:01:00'),
        file(
          'rollout-top.jsonl',
          line('12:00:00', 'session_meta', { id: 'top', source: 'cli' }),
          prompt('12:00:00', 'Go'),
          line('12:05:00', 'event_msg', { type: 'task_complete' }),
        ),
      ],
      { titles: false },
    );
    expect(sessions.map(({ id, runs, usage }) => ({ id, runs, tokens: usage.map(({ at, tokens }) => [at, tokens.input]) }))).toEqual([
      {
        id: 'top',
        runs: [
          { start: ms('12:00:20'), end: ms('12:03:00') },
          { start: ms('12:00:10'), end: ms('12:01:00') },
        ],
        tokens: [
          [ms('12:01:00'), 100],
          [ms('12:03:00'), 100],
        ],
      },
    ]);
  });
});

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
    info: { total_token_usage: { input_tokens: input, cached_input_tokens: cached, output_tokens: output, reasoning_output_tokens: 1, total_tokens: input + output } },
  });
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
      [file('sessions/2026/05/04/rollout-2026-05-04T09-00-00-0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b.jsonl', prompt('09:00:00', 'Secret plan'), count('09:01:00', 10, 0, 1))],
      { titles: false },
    );
    expect(sessions.map(({ id, title, folder }) => ({ id, title, folder }))).toEqual([
      { id: '0197a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', title: undefined, folder: undefined },
    ]);
  });

  it('skips lines without a timestamp or payload, in line order with the unreadable ones', () => {
    const { skipped } = readCodex(
      [file('rollout-a.jsonl', JSON.stringify({ type: 'event_msg', payload: { type: 'agent_message' } }), '{"timestamp":', JSON.stringify({ timestamp: T('09:00:00'), type: 'response_item' }))],
      { titles: false },
    );
    expect(skipped).toEqual([
      { file: 'rollout-a.jsonl', line: 1, reason: 'an entry of type "event_msg" without a timestamp or payload' },
      { file: 'rollout-a.jsonl', line: 2, reason: 'not complete JSON, as when a session is still being written' },
      { file: 'rollout-a.jsonl', line: 3, reason: 'an entry of type "response_item" without a timestamp or payload' },
    ]);
  });
});

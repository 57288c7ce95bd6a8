/**
 * `npm run new --from codex --dry-run` on invented rollouts: sessions started
 * in the same minute keep ids that tell them apart, and the warning about
 * skipped lines names only files written on the day asked for.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runNew } from '../../src/cli/new-day.ts';
import { SITE_YAML } from '../support/content-folder.ts';

const NOW = new Date('2026-05-05T20:00:00Z');
const A = '019e5615-1ef8-7270-b988-4f52f86449a4';
const B = '019e5615-9632-7740-b2cf-3061e4ff06e2';
const C = '019e5b82-862d-7ea2-8199-96cd744cf4d8';

let root: string;

const line = (iso: string, type: string, payload: Record<string, unknown>) => JSON.stringify({ timestamp: iso, type, payload });

/** A one-turn rollout: prompt at `start`, the agent's answer `seconds` later; extra lines go at its end. */
function rollout(id: string, day: string, start: string, seconds: number, ...extra: string[]): void {
  const folder = join(root, 'codex', 'sessions', ...day.split('-'));
  mkdirSync(folder, { recursive: true });
  const at = (offset: number) => new Date(Date.parse(`${day}T${start}Z`) + offset * 1000).toISOString();
  const path = join(folder, `rollout-${day}T${start.replaceAll(':', '-')}-${id}.jsonl`);
  const lines = [
    line(at(0), 'session_meta', { id, timestamp: at(0), cwd: '/home/ada/src/shop' }),
    line(at(0), 'event_msg', { type: 'task_started', turn_id: `t-${id}`, started_at: Math.floor(Date.parse(at(0)) / 1000) }),
    line(at(0.005), 'event_msg', { type: 'user_message', message: `Task ${id.slice(9, 13)}` }),
    line(at(seconds), 'event_msg', { type: 'agent_message', message: 'Done.' }),
    line(at(seconds), 'event_msg', { type: 'task_complete', turn_id: `t-${id}` }),
    ...extra,
  ];
  writeFileSync(path, `${lines.join('\n')}\n`);
  // Written the next day, as a day's logs are when npm run new reads them the day after.
  utimesSync(path, NOW, NOW);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-dry-run-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content', 'site.yaml'), SITE_YAML);
  // Two sessions started in the same minute on May 4 (11:00 in Berlin), and one on May 5 whose last line is cut off.
  rollout(A, '2026-05-04', '09:00:10', 120);
  rollout(B, '2026-05-04', '09:00:40', 60);
  rollout(C, '2026-05-05', '09:00:00', 30, '{"timestamp":"2026-05-05T09:01:00.000Z","type":"event_m');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function dryRun(date: string) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { CODEX_HOME: join(root, 'codex'), INIT_CWD: root };
  const status = runNew(
    [date, '--from', 'codex', '--dry-run'],
    root,
    { out: (text) => out.push(text), err: (text) => err.push(text) },
    NOW,
    env,
  );
  return { status, table: out.slice(1, 5), err };
}

describe('npm run new --from codex --dry-run', () => {
  it('shows ids that tell apart sessions started in the same minute, and no warning about a file of another day', () => {
    const { status, table, err } = dryRun('2026-05-04');
    expect(status).toBe(0);
    expect(err).toEqual([]);
    expect(table).toEqual([
      'session        start  end    agent  supervision  tokens  task',
      '019e5615-1ef8  11:00  11:02  2m     0m           0       Task 1ef8',
      '019e5615-9632  11:00  11:01  1m     0m           0       Task 9632',
      'total                        3m     0m           0       2 tasks',
    ]);
  });

  it('warns about the cut-off line on the day its file was written', () => {
    const { err } = dryRun('2026-05-05');
    expect(err).toEqual([
      `warning: skipped 1 log line that Fulcrum could not read: ${join(root, 'codex', 'sessions', '2026', '05', '05', `rollout-2026-05-05T09-00-00-${C}.jsonl`)}:6 (not complete JSON, as when a session is still being written); the figures leave it out`,
    ]);
  });
});

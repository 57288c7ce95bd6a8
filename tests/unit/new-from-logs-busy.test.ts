/**
 * `npm run new --from … --merge` into a day that is saved again every time
 * the sessions are added to it: the write is made to find the day changed
 * each time, as it would under an editor saving over and over.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runNew } from '../../src/cli/new-day.ts';
import { copiedLogs } from '../support/agent-log-fixtures.ts';
import { SITE_YAML } from '../support/content-folder.ts';

const replaceDayFile = vi.hoisted(() => vi.fn(() => 'changed' as const));
vi.mock('../../src/lib/source/save-day.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/lib/source/save-day.ts')>()),
  replaceDayFile,
}));

let root: string;
let logs: ReturnType<typeof copiedLogs>;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-from-logs-busy-'));
  mkdirSync(join(root, 'content', 'days'), { recursive: true });
  writeFileSync(join(root, 'content', 'site.yaml'), SITE_YAML);
  logs = copiedLogs();
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(logs.root, { recursive: true, force: true });
});

describe('npm run new --from --merge into a day that keeps changing', () => {
  it('tries three times, then writes nothing and says so', () => {
    const day = join(root, 'content', 'days', '2026-05-04.md');
    const mine = '---\ndate: 2026-05-04\ntasks:\n  - title: Planning\n    human: 1h\n    ai: 5m\n    supervision: 5m\n---\n';
    writeFileSync(day, mine);
    const out: string[] = [];
    const err: string[] = [];
    const env = { CODEX_HOME: logs.codex, INIT_CWD: root };
    const status = runNew(
      ['2026-05-04', '--from', 'codex', '--merge'],
      root,
      { out: (t) => out.push(t), err: (t) => err.push(t) },
      new Date('2026-05-04T20:00:00Z'),
      env,
    );
    expect({ status, out }).toEqual({ status: 1, out: [] });
    expect(err.at(-1)).toBe(
      'content/days/2026-05-04.md was saved again each time the sessions were added to it; nothing written; run the command again once it is saved',
    );
    expect(replaceDayFile).toHaveBeenCalledTimes(3);
    expect(readFileSync(day, 'utf8')).toBe(mine);
  });
});

/**
 * The invented agent logs in tests/fixtures/agent-logs/ (Claude Code under
 * claude/, Codex under codex/), read directly or copied to a throwaway folder
 * whose files all look written on 2026-05-05, so that `npm run new --from`
 * reads them for 2026-05-04 whatever the machine's clock says.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogFile } from '../../src/cli/agent-logs/activity.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/agent-logs', import.meta.url));

function filesBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => join(folder, path))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** The fixture logs of one agent, as the readers take them (paths relative to tests/fixtures/agent-logs/). */
export function fixtureLogs(agent: 'claude' | 'codex'): LogFile[] {
  return filesBelow(join(FIXTURES, agent)).map((path) => ({ path: relative(FIXTURES, path), text: readFileSync(path, 'utf8') }));
}

/** A copy of the fixtures; `claude` is a CLAUDE_CONFIG_DIR, `codex` a CODEX_HOME. */
export function copiedLogs(modified = new Date('2026-05-05T12:00:00Z')): { root: string; claude: string; codex: string } {
  const root = mkdtempSync(join(tmpdir(), 'fulcrum-agent-logs-'));
  cpSync(FIXTURES, root, { recursive: true });
  for (const path of filesBelow(root)) utimesSync(path, modified, modified);
  return { root, claude: join(root, 'claude'), codex: join(root, 'codex') };
}

/**
 * A throwaway copy of the project (sources, scripts, config and sample
 * content; node_modules linked, not copied) for tests that must change code
 * or build into its own dist/ without disturbing the real one.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from './npm-run.ts';

const COPIED = ['src', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-project-'));
  for (const entry of COPIED) cpSync(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Global setup of the `site` tests: a temporary folder for the extra builds
 * (base path, determinism) that several test files share. Builds happen
 * lazily in `extra-builds.ts`, so a run of one browser test pays for none.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    buildWorkspace: string;
  }
}

export default function buildWorkspace(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'fulcrum-builds-'));
  project.provide('buildWorkspace', folder);
  return () => rmSync(folder, { recursive: true, force: true });
}

/** Throwaway content folders (site.yaml and days/) for commands run with FULCRUM_CONTENT. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SITE_YAML = `title: Test Notes
description: Days written to test Fulcrum
url: https://notes.example.com/
timeZone: Europe/Berlin
author:
  name: Ada Example
  bio: Writes tests.
footer:
  heading: Work with me
  body: Get in touch.
`;

/** A folder holding `files` (paths relative to it); site.yaml is added unless given or set to null. */
export function contentFolder(files: Record<string, string | Uint8Array | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-content-'));
  const all = { 'site.yaml': SITE_YAML, ...files };
  for (const [path, contents] of Object.entries(all)) {
    if (contents === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  mkdirSync(join(dir, 'days'), { recursive: true });
  return dir;
}

/** A valid Markdown day with one task. */
export function markdownDay(date: string, title = 'Fix the login form'): string {
  return `---\ndate: ${date}\ntasks:\n  - title: ${title}\n    human: 1h\n    ai: 17m\n    supervision: 2m\n---\nWhat happened.\n`;
}

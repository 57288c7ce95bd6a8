/** Reading the site that tests/support/build-once.ts built into dist/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** A built file as text, by its path below dist/ ("2026/04/22/index.html"). */
export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export function distHas(path: string): boolean {
  return existsSync(join(DIST, path));
}

/** Every file below dist/, as paths relative to it with forward slashes. */
export function distFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(DIST, path).split('\\').join('/'));
    }
  };
  walk(DIST);
  return found.sort();
}

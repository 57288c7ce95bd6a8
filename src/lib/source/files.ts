/**
 * Where an author's files live and how they are read from disk. The content
 * folder is `content/` below the project root unless FULCRUM_CONTENT names
 * another (tests and benchmarks build throwaway sites that way).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from './project.ts';

export interface ContentPaths {
  root: string;
  dir: string;
  days: string;
  site: string;
}

export function contentPaths(root: string, override = process.env.FULCRUM_CONTENT): ContentPaths {
  const dir = resolve(root, override ?? 'content');
  return { root, dir, days: join(dir, 'days'), site: join(dir, 'site.yaml') };
}

function displayPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

export function readSiteFile(paths: ContentPaths): SourceFile {
  const bytes = existsSync(paths.site) ? readFileSync(paths.site) : new Uint8Array();
  return { file: displayPath(paths.root, paths.site), bytes };
}

/** Every file in the days folder that looks like a day (`.md`, `.yaml`, and `.yml` so it can be flagged). */
export function readDayFiles(paths: ContentPaths): SourceFile[] {
  if (!existsSync(paths.days)) return [];
  return readdirSync(paths.days)
    .filter((name) => /\.(md|ya?ml)$/.test(name))
    .sort()
    .map((name) => {
      const path = join(paths.days, name);
      return { file: displayPath(paths.root, path), bytes: readFileSync(path) };
    });
}

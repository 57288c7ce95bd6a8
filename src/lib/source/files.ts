/**
 * Where an author's files live and how they are read from disk. The content
 * folder is `content/` below the project root unless FULCRUM_CONTENT names
 * another (tests and benchmarks build throwaway sites that way).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from './project.ts';

export interface ContentPaths {
  root: string;
  dir: string;
  days: string;
  site: string;
}

/** The site settings file; `bytes` is undefined when it does not exist. */
export interface SiteSource {
  file: string;
  bytes: Uint8Array | undefined;
  /** A file the settings name (the icon), by its path in the content folder. */
  asset?: AssetReader;
}

/** A file in the content folder: the path to show for it, and its bytes unless it is missing or no file. */
export type AssetReader = (path: string) => { file: string; bytes: Uint8Array | undefined };

export function contentAsset(paths: ContentPaths): AssetReader {
  return (path) => {
    const full = join(paths.dir, path);
    const bytes = existsSync(full) && statSync(full).isFile() ? readFileSync(full) : undefined;
    return { file: displayPath(paths.root, full), bytes };
  };
}

export function contentPaths(root: string, override = process.env.FULCRUM_CONTENT): ContentPaths {
  const dir = resolve(root, override || 'content');
  return { root, dir, days: join(dir, 'days'), site: join(dir, 'site.yaml') };
}

/** Relative to the project when inside it (as editors and CI logs show paths), absolute otherwise. */
export function displayPath(root: string, path: string): string {
  const inside = relative(root, path);
  return (inside.startsWith('..') ? resolve(path) : inside).split('\\').join('/');
}

export function readSiteFile(paths: ContentPaths): SiteSource {
  const bytes = existsSync(paths.site) ? readFileSync(paths.site) : undefined;
  return { file: displayPath(paths.root, paths.site), bytes, asset: contentAsset(paths) };
}

/** The file that already holds `date`, in any form an author may have used (.yml too, so it is never missed). */
export function existingDayFile(paths: ContentPaths, date: string): string | undefined {
  return ['md', 'yaml', 'yml'].map((ext) => join(paths.days, `${date}.${ext}`)).find((path) => existsSync(path));
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

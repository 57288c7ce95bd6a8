/**
 * Where the results go, decided before the first build: a run takes many
 * minutes, and a path that cannot be written would otherwise only show at
 * the end, with every figure lost. Relative paths are the project's (as the
 * defaults are); absolute paths are taken as they are.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

export type ResultsPath = { ok: true; path: string } | { ok: false; message: string };

export function resultsPath(results: string, repo: string): ResultsPath {
  const path = isAbsolute(results) ? results : resolve(repo, results);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { ok: false, message: `--results ${results}: the folder ${folder} does not exist; create it or choose another path` };
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    return { ok: false, message: `--results ${results}: ${path} is a folder; give a file name such as ${resolve(path, 'results.md')}` };
  }
  try {
    accessSync(existsSync(path) ? path : folder, constants.W_OK);
  } catch {
    return { ok: false, message: `--results ${results}: ${existsSync(path) ? path : folder} cannot be written; choose another path` };
  }
  return { ok: true, path };
}

/**
 * A baseline project in a folder of its own: its files written from strings,
 * its dependencies installed from the npm registry once (again only when its
 * package.json changes), never into Fulcrum's own node_modules.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type ProjectFiles = Record<string, string>;

/** Writes `files` (paths relative to `dir`) and runs `npm install` unless this package.json is installed already. */
export function setUpProject(dir: string, files: ProjectFiles): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const stamp = join(dir, 'node_modules', '.bench-installed');
  const wanted = files['package.json'] ?? '';
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  console.log(`bench: npm install in ${dir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
  writeFileSync(stamp, wanted);
}

/** Replaces the folder `target` with a copy of `source` (the posts of one size). */
export function replaceFolder(source: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
}

/** The version a project actually installed, from its node_modules. */
export function installedVersion(dir: string, name: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string') {
    return manifest.version;
  }
  throw new Error(`${name} in ${dir} has no version`);
}

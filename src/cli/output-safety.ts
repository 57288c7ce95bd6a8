/**
 * Which folders `npm run build` may build into. A build replaces its output
 * folder as a whole, so `--outDir content` (or `.`, or an unset variable that
 * makes it the project) would delete the author's files. These are refused
 * before anything is written, with the reason.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { displayPath } from '../lib/source/files.ts';

/**
 * Folders of the project that a build must never replace or hold, with what
 * they are. A build inside `src` or `public` is refused too: the next build
 * would take it in (as pages, or as files copied into the site).
 */
const PROJECT_FOLDERS: readonly { name: string; what: string; feedsBuild?: boolean }[] = [
  { name: 'src', what: "the site's source code", feedsBuild: true },
  { name: 'public', what: 'the files copied into every build', feedsBuild: true },
  { name: 'tests', what: 'the tests' },
  { name: 'scripts', what: "the build's own scripts" },
  { name: '.git', what: "the project's history" },
  { name: 'node_modules', what: 'the installed packages' },
];

/**
 * Files every Fulcrum build writes. A folder that has them is an earlier
 * build (of this version or an older one), which a build may replace; any
 * other folder with something in it is refused.
 */
const BUILD_FILES = ['index.html', 'rss.xml', 'data/days.json'];

/** The path with links resolved, also for a path that does not exist yet (resolving its nearest existing parent). */
function realPath(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realPath(parent), basename(path));
}

/** `inner` is `outer` or below it. */
function within(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

const REPLACES = 'and a build replaces the whole folder it builds into';

/**
 * Why `outDir` must not be built into, judged by where it is (before the
 * build writes anything, even its lock); undefined when it may be.
 */
export function unsafeLocation(outDir: string, root: string, contentDir: string): string | undefined {
  const out = realPath(outDir);
  const project = realPath(root);
  const shown = displayPath(root, outDir) || '.';
  const refuse = (why: string) => `will not build into ${shown}: ${why}. Nothing was built.`;
  if (out === project) return refuse(`that is the project folder, ${REPLACES}`);
  if (within(project, out)) return refuse(`that folder holds the project, ${REPLACES}`);
  const folders = [
    { path: contentDir, what: 'your day files and site.yaml', feedsBuild: false },
    ...PROJECT_FOLDERS.map(({ name, what, feedsBuild = false }) => ({ path: join(root, name), what, feedsBuild })),
  ];
  for (const { path, what, feedsBuild } of folders) {
    const real = realPath(path);
    const name = displayPath(root, path);
    if (out === real) return refuse(`that is ${name}, ${what}, ${REPLACES}`);
    if (within(real, out)) return refuse(`that folder holds ${name}, ${what}, ${REPLACES}`);
    if (feedsBuild && within(out, real)) return refuse(`that is inside ${name}, ${what}; build into a folder of its own, such as dist`);
  }
  return undefined;
}

/**
 * Why an existing `outDir` must not be replaced, judged by what it holds:
 * a file, or a folder with files that are not an earlier build. A missing
 * or empty folder is fine.
 */
export function unsafeContents(outDir: string, root: string): string | undefined {
  if (!existsSync(outDir)) return undefined;
  const shown = displayPath(root, outDir) || '.';
  if (!statSync(outDir).isDirectory()) return `will not build into ${shown}: that is a file. Nothing was built.`;
  if (readdirSync(outDir).length === 0 || BUILD_FILES.every((file) => existsSync(join(outDir, file)))) return undefined;
  return (
    `will not build into ${shown}: that folder holds files and is not an earlier Fulcrum build ` +
    `(which has ${BUILD_FILES.slice(0, -1).join(', ')} and ${BUILD_FILES.at(-1)}), ${REPLACES}; empty it or choose another. Nothing was built.`
  );
}

/**
 * The folder a build puts its site in for `outDir`: the folder itself, or,
 * when it is a symbolic link (to a web server's folder, say), the folder the
 * link leads to. The new site is swapped in there, beside it, so the link
 * stays and leads to the new site; replacing the link with a folder would
 * leave the served folder holding the old one. A link to nothing is refused.
 */
export function outputTarget(outDir: string, root: string): { target: string } | { error: string } {
  let isLink: boolean;
  try {
    isLink = lstatSync(outDir).isSymbolicLink();
  } catch {
    // Not there yet (or not readable, which the build says when it gets there): the build creates it.
    return { target: outDir };
  }
  if (!isLink) return { target: outDir };
  try {
    return { target: realpathSync(outDir) };
  } catch {
    const shown = displayPath(root, outDir) || '.';
    return {
      error:
        `will not build into ${shown}: it is a link to ${readlinkSync(outDir)}, which does not exist; ` +
        'create that folder for the site or remove the link to build into a folder of its own. Nothing was built.',
    };
  }
}

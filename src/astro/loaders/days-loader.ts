/**
 * Loads `content/days/`: every file is checked by the same code as
 * `npm run check`, and a single error stops the build with that message
 * (`npm run build` runs the check itself first; this covers `astro build`).
 * The days come prepared (src/lib/project/prepare.ts): checked, prose and
 * task titles rendered to hast trees. Drafts are loaded only by the dev
 * server (the one run with a watcher): a build never has them to publish,
 * whatever its mode or environment, so no page, feed or file can show one.
 * Under `npm run build` the check has prepared them in this same process and
 * hands them over, and the build publishes exactly those: a file saved
 * since is not read again, since its prose was never checked against the
 * other days. Otherwise they are prepared here, each unchanged file taken
 * from the cache.
 *
 * The pages take the loaded days, trees and all, from this process
 * (handoff.ts): the content store holds an index of the days only (date,
 * title, draft), so the days are never serialized into it and read back,
 * and under `npm run dev` a saved file shows at once rather than after the
 * store is next written to disk.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../../lib/source/diagnostic.ts';
import { contentPaths } from '../../lib/source/files.ts';
import { codeHash } from '../../lib/storage/content-cache.ts';
import { packageRoot } from '../../lib/storage/package-files.ts';
import { dayFileDate } from '../../lib/schema/day-file.ts';
import { checkedContent, handedOver, handOver, setLoadedDays } from '../../lib/project/handoff.ts';
import { prepareDays, renderedDays } from '../../lib/project/prepare.ts';
import type { RenderedDay } from '../../lib/published/publish.ts';
import { reportErrors } from '../dev-errors.ts';
import { ContentError } from './content-error.ts';
import { reloadOnChange } from './watch.ts';

/** The code that makes a stored entry: an entry is kept only while it is unchanged (content-cache.ts). */
const LOADING_CODE = ['src/lib', 'src/astro/loaders', 'src/astro/dev-errors.ts'];

/** Each day by date: as last loaded, or under `npm run dev` the last good version of a broken one. */
type LoadedDays = ReadonlyMap<string, RenderedDay>;

/**
 * Loads the days again, starting from the days last prepared in this
 * process for this folder: by the build's check, or by the last sync.
 */
async function sync(
  context: LoaderContext,
  paths: ReturnType<typeof contentPaths>,
  before: LoadedDays,
  settling = false,
): Promise<LoadedDays> {
  const { store, logger, generateDigest } = context;
  const known = handedOver(paths.dir);
  const prepared = checkedContent(paths.dir)?.prepared ?? (await prepareDays(paths, { known }));
  // The second look after a save (watch.ts) says nothing again when it finds every file as the first one did.
  if (settling && known && sameFiles(prepared.keyOfFile, known.keyOfFile)) return before;
  // Prose too deep to render stops here, at its place in the file; the check says the same first.
  const refused = prepared.days.flatMap((day) => prepared.byFile.get(day.file)?.refused ?? []);
  const diagnostics = sortDiagnostics([...prepared.diagnostics, ...refused]);
  for (const warning of diagnostics.filter((d) => d.severity === 'warning')) logger.warn(formatDiagnostic(warning));
  if (hasErrors(diagnostics)) {
    // A build stops. `npm run dev` carries on with the same messages, showing
    // the days that are fine and the last good version of each broken one.
    if (!context.watcher) throw new ContentError(diagnostics);
    logger.error(new ContentError(diagnostics).message);
  }
  // And the browser shows them at the top of every page until they are fixed (dev-error-banner.ts).
  if (context.watcher) reportErrors('days', diagnostics);
  const broken = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => dayFileDate(d.file)));
  const days = new Map([...before].filter(([date]) => broken.has(date)));
  for (const day of renderedDays(prepared)) if (context.watcher || !day.frontmatter.draft) days.set(day.date, day);

  // Without the sources to hash, nothing made before can be trusted: a value never seen before.
  const code = codeHash(packageRoot(), LOADING_CODE, paths.root) ?? `${process.pid}-${Date.now()}`;
  for (const day of days.values()) {
    const digest = generateDigest(code + (prepared.keyOfFile.get(day.file) ?? day.file));
    if (store.get(day.date)?.digest === digest) continue;
    // Astro wants a path relative to the project, even for content outside it.
    const { date, title, draft } = day.frontmatter;
    store.set({
      id: day.date,
      data: { date, ...(title === undefined ? {} : { title }), draft },
      digest,
      filePath: relative(paths.root, resolve(paths.root, day.file)),
    });
  }
  for (const id of store.keys()) if (!days.has(id)) store.delete(id);
  setLoadedDays([...days.values()]);
  // The next build in this process (or the next change under npm run dev) starts from these.
  handOver(prepared);
  return days;
}

function sameFiles(now: ReadonlyMap<string, string>, before: ReadonlyMap<string, string>): boolean {
  return now.size === before.size && [...now].every(([file, key]) => before.get(file) === key);
}

export function daysLoader(): Loader {
  return {
    name: 'fulcrum-days',
    load: async (context) => {
      const paths = contentPaths(fileURLToPath(context.config.root));
      let loaded = await sync(context, paths, new Map());
      reloadOnChange(context, paths.days, async (settling) => {
        loaded = await sync(context, paths, loaded, settling);
      });
    },
  };
}

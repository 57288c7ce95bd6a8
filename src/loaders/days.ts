/**
 * Loads `content/days/`: every file is checked by the same code as
 * `npm run check`, and a single error stops the build with that message
 * (`npm run build` runs the check itself first; this covers `astro build`).
 * The days come prepared (src/lib/project/prepare.ts): checked, prose and
 * task titles rendered to hast trees. Under `npm run build` the check has
 * prepared them in this same process and hands them over; otherwise they
 * are prepared here, each unchanged file taken from the cache.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../lib/source/diagnostic.ts';
import { contentPaths } from '../lib/source/files.ts';
import { codeHash } from '../lib/content-cache.ts';
import { DAY_FILE_NAME } from '../lib/schema/day-file.ts';
import { handedOver } from '../lib/project/handoff.ts';
import { prepareDays, type PreparedDays } from '../lib/project/prepare.ts';
import type { PreparedDay } from '../lib/project/prepare-day.ts';
import { markdownWithoutComments } from '../markdown/render.ts';
import { ContentError } from './content-error.ts';
import { reloadOnChange } from './watch.ts';

/** The code that makes a stored entry: cached trees are reused only while it is unchanged (content-cache.ts). */
const RENDERING_CODE = ['src/lib', 'src/markdown', 'src/loaders'];

async function sync(context: LoaderContext, paths: ReturnType<typeof contentPaths>, known: PreparedDays | undefined): Promise<PreparedDays> {
  const { store, logger, generateDigest } = context;
  const prepared = await prepareDays(paths, { known });
  const { days } = prepared;
  // Prose too deep to render stops here, at its place in the file; the check says the same first.
  const refused = days.flatMap((day) => prepared.byFile.get(day.file)?.refused ?? []);
  const diagnostics = sortDiagnostics([...prepared.diagnostics, ...refused]);
  for (const warning of diagnostics.filter((d) => d.severity === 'warning')) logger.warn(formatDiagnostic(warning));
  if (hasErrors(diagnostics)) {
    // A build stops. `npm run dev` carries on with the same messages, showing
    // the days that are fine and the last good version of each broken one.
    if (!context.watcher) throw new ContentError(diagnostics);
    logger.error(new ContentError(diagnostics).message);
  }
  const broken = new Set(
    diagnostics.filter((d) => d.severity === 'error').map((d) => DAY_FILE_NAME.exec(basename(d.file))?.[1]),
  );

  // Without the sources to hash, nothing rendered before can be trusted: a value never seen before.
  const renderingCode = codeHash(paths.root, RENDERING_CODE) ?? `${process.pid}-${Date.now()}`;
  const seen = new Set<string>();
  for (const day of days) {
    const { rendered } = prepared.byFile.get(day.file) as PreparedDay;
    if (!rendered) continue;
    seen.add(day.date);
    const digest = generateDigest(renderingCode + prepared.keyOfFile.get(day.file));
    if (store.get(day.date)?.digest === digest) continue;
    store.set({
      id: day.date,
      // Without a description of its own, a day's is its intro's first paragraph, taken in
      // src/lib/published/ once metric references are filled in.
      // Task titles are published as written in the open data: without the author's private comments.
      data: {
        ...day.frontmatter,
        tasks: day.frontmatter.tasks.map((task) => ({ ...task, title: markdownWithoutComments(task.title).trim() })),
        hast: rendered,
      },
      digest,
      // Astro wants a path relative to the project, even for content outside it.
      filePath: relative(paths.root, resolve(paths.root, day.file)),
    });
  }
  for (const id of store.keys()) if (!seen.has(id) && !broken.has(id)) store.delete(id);
  return prepared;
}

export function daysLoader(): Loader {
  return {
    name: 'fulcrum-days',
    load: async (context) => {
      const paths = contentPaths(fileURLToPath(context.config.root));
      let known = await sync(context, paths, handedOver(paths.dir));
      reloadOnChange(context, paths.days, async () => {
        known = await sync(context, paths, known);
      });
    },
  };
}

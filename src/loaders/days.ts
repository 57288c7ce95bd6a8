/**
 * Loads `content/days/`: every file is checked by the same code as
 * `npm run check`, and a single error stops the build with that message
 * (`npm run build` runs the check itself first; this covers `astro build`).
 * Prose and task titles are rendered here, once, to hast trees; unchanged
 * files keep their trees between builds (the digest covers the file's bytes).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ElementContent, Root } from 'hast';
import { basename, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic, hasErrors, sortDiagnostics } from '../lib/source/diagnostic.ts';
import { contentPaths, readDayFiles } from '../lib/source/files.ts';
import { openParseCache } from '../lib/project/parse-cache.ts';
import { codeHash } from '../lib/content-cache.ts';
import { DAY_FILE_NAME, type DaySource } from '../lib/schema/day-file.ts';
import { TREE_NESTING_MESSAGE } from '../lib/source/nesting.ts';
import { NestingError } from '../markdown/remark-nesting-limit.ts';
import { checkDayFiles } from '../lib/project/check.ts';
import { markdownWithoutComments, renderInlineMarkdownAll, renderMarkdown } from '../markdown/render.ts';
import { ContentError } from './content-error.ts';
import { reloadOnChange } from './watch.ts';

/** The code that renders prose here: cached trees are reused only while it is unchanged (content-cache.ts). */
const RENDERING_CODE = ['src/lib', 'src/markdown', 'src/loaders'];

/**
 * A part of a day's prose as a hast tree. Prose nested deeper than the site allows
 * is refused by the check (`npm run build` runs it first); when a build
 * skips the check, it fails here with the check's kind of message, at the
 * place in the file.
 */
async function renderProse(day: DaySource, markdown: string, firstLine: number, indent: number): Promise<Root> {
  try {
    return await renderMarkdown(markdown);
  } catch (error) {
    if (!(error instanceof NestingError)) throw error;
    const line = firstLine + error.line - 1;
    const column = indent + error.column;
    throw new ContentError([{ file: day.file, line, column, severity: 'error', path: 'prose', message: TREE_NESTING_MESSAGE }]);
  }
}

async function sync(context: LoaderContext, paths: ReturnType<typeof contentPaths>): Promise<void> {
  const { store, logger, generateDigest } = context;
  const { files, diagnostics: unread } = readDayFiles(paths);
  const cache = openParseCache(paths.root);
  const checked = checkDayFiles(files, cache.parse);
  cache.save();
  const { days } = checked;
  const diagnostics = sortDiagnostics([...unread, ...checked.diagnostics]);
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

  const bytesByFile = new Map(files.map(({ file, bytes }) => [file, bytes]));
  // Without the sources to hash, nothing rendered before can be trusted: a value never seen before.
  const renderingCode = codeHash(paths.root, RENDERING_CODE) ?? `${process.pid}-${Date.now()}`;
  const seen = new Set<string>();
  for (const day of days) {
    seen.add(day.date);
    const digest = generateDigest(renderingCode + Buffer.from(bytesByFile.get(day.file) ?? []).toString('latin1'));
    if (store.get(day.date)?.digest === digest) continue;
    let rendered: [Root, Root, ElementContent[][]];
    try {
      rendered = await Promise.all([
        renderProse(day, day.intro, day.introLine, day.introIndent),
        renderProse(day, day.rest, day.restLine, day.restIndent),
        renderInlineMarkdownAll(day.frontmatter.tasks.map((task) => task.title)),
      ]);
    } catch (error) {
      if (!(error instanceof ContentError) || !context.watcher) throw error;
      logger.error(error.message);
      continue;
    }
    const [intro, rest, titles] = rendered;
    store.set({
      id: day.date,
      // Without a description of its own, a day's is its intro's first paragraph, taken in
      // src/lib/published/ once metric references are filled in.
      // Task titles are published as written in the open data: without the author's private comments.
      data: {
        ...day.frontmatter,
        tasks: day.frontmatter.tasks.map((task) => ({ ...task, title: markdownWithoutComments(task.title).trim() })),
        hast: { intro, rest, titles },
      },
      digest,
      // Astro wants a path relative to the project, even for content outside it.
      filePath: relative(paths.root, resolve(paths.root, day.file)),
    });
  }
  for (const id of store.keys()) if (!seen.has(id) && !broken.has(id)) store.delete(id);
}

export function daysLoader(): Loader {
  return {
    name: 'fulcrum-days',
    load: async (context) => {
      const paths = contentPaths(fileURLToPath(context.config.root));
      await sync(context, paths);
      reloadOnChange(context, paths.days, () => sync(context, paths));
    },
  };
}

/**
 * One day file prepared for a build, once: read and validated as the check
 * reads it, each part of its prose parsed once into a Markdown tree that the
 * check scans and the renderer then turns into hast, and its task titles
 * rendered. The result is plain data (it is cached as JSON and sent between
 * threads), and depends on nothing but the file's name and bytes.
 */
import type { Root } from 'hast';
import { renderInlineMarkdownAll, renderTree } from '../markdown/render-markdown.ts';
import { proseParts, tooDeepDiagnostic, type ProsePart } from '../prose/check-prose.ts';
import { parseDayFile, type DayFileResult } from '../schema/day-file.ts';
import type { RenderedProse } from '../published/publish.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { parseMarkdown } from '../source/markdown-syntax.ts';
import { scanTree, type ScannedProse } from '../source/prose-scan.ts';

export interface PreparedDay {
  /** The file read and validated, with every problem in it. */
  parsed: DayFileResult;
  /** What the checks read in each part of the prose that is not blank (with a day only). */
  scanned?: Partial<Record<ProsePart, ScannedProse>>;
  /** Prose and titles as hast (with a day whose prose is not nested too deep to render). */
  rendered?: RenderedProse;
  /** Why the prose was not rendered: it nests too deep (the check says so too, from `scanned`). */
  refused?: Diagnostic;
}

const EMPTY: Root = { type: 'root', children: [] };

export async function prepareDayFile(file: string, bytes: Uint8Array): Promise<PreparedDay> {
  const parsed = parseDayFile(file, bytes);
  const { day } = parsed;
  if (!day) return { parsed };
  const parts = proseParts(day)
    .filter(({ markdown }) => markdown.trim() !== '')
    .map((place) => {
      const tree = parseMarkdown(place.markdown);
      return { ...place, tree, scanned: scanTree(tree, place.markdown) };
    });
  const scanned = Object.fromEntries(parts.map(({ part, scanned: read }) => [part, read]));
  const tooDeep = parts.find((part) => part.scanned.tooDeep !== undefined);
  if (tooDeep) return { parsed, scanned, refused: tooDeepDiagnostic(file, tooDeep, tooDeep.scanned.tooDeep ?? 0) };
  // The check has read each tree; rendering changes it.
  const render = async (part: ProsePart) => {
    const found = parts.find((candidate) => candidate.part === part);
    return found ? renderTree(found.tree, found.markdown) : EMPTY;
  };
  const [intro, rest, titles] = await Promise.all([
    render('intro'),
    render('rest'),
    renderInlineMarkdownAll(day.frontmatter.tasks.map((task) => task.title)),
  ]);
  return { parsed, scanned, rendered: { intro, rest, titles } };
}

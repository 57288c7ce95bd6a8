/**
 * A saved HTML page as a post: parsed by hast-util-from-html (the HTML
 * standard's parser, so whatever a browser saved reads as the browser read
 * it), its article picked out, page furniture left behind, and the rest
 * turned into Markdown's syntax tree by hast-util-to-mdast.
 */
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { MAX_NESTING } from '../../lib/source/nesting.ts';
import { dateInPath, dateInText, type DateCandidate } from './post-date.ts';
import { flattenNestedTables } from './nested-tables.ts';
import { RefusedPost, type ReadPost } from './read-post.ts';

/** Elements that are the page around a post, never the post. */
const FURNITURE = new Set([
  'nav',
  'header',
  'footer',
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'iframe',
  'svg',
  'canvas',
  'dialog',
  'object',
  'embed',
]);

/** hast-util-to-mdast's handlers for the furniture: nothing, so it is left behind in the conversion itself. */
const SKIP_FURNITURE: Record<string, () => undefined> = Object.fromEntries([...FURNITURE].map((tag) => [tag, () => undefined]));

/** Elements that become a level of Markdown nesting: quotes, lists, emphasis, links, struck-out text. */
const NESTING_ELEMENTS = new Set(['blockquote', 'ul', 'ol', 'em', 'i', 'strong', 'b', 'a', 'del', 's', 'strike']);

/** Any elements nested deeper than this are refused: no post needs it, and the conversion would run out of stack. */
const MAX_ELEMENT_DEPTH = 256;

/**
 * Refuses a post nested deeper than a day may be (the check allows
 * MAX_NESTING levels of quotes, lists, emphasis and links) before the
 * conversion to Markdown walks it recursively; walked here with a stack.
 */
function refuseDeepNesting(content: HastRoot | Element): void {
  const stack: [HastRoot | Element, number, number][] = [[content, 0, 0]];
  while (stack.length > 0) {
    const [node, levels, depth] = stack.pop() as [HastRoot | Element, number, number];
    const nested = node.type === 'element' && NESTING_ELEMENTS.has(node.tagName) ? levels + 1 : levels;
    if (nested > MAX_NESTING || depth > MAX_ELEMENT_DEPTH) {
      const where = node.position === undefined ? '' : `line ${node.position.start.line}: `;
      const what =
        nested > MAX_NESTING
          ? `quotes, lists, emphasis or links are nested more than ${MAX_NESTING} levels deep here`
          : `elements are nested more than ${MAX_ELEMENT_DEPTH} levels deep here`;
      throw new RefusedPost(`${where}${what}; flatten them`);
    }
    for (const child of node.children) if (child.type === 'element') stack.push([child, nested, depth + 1]);
  }
}

/** The address the page was published at: its canonical link, og:url, or the note browsers add when saving. */
function publishedUrl(tree: HastRoot): string | undefined {
  const canonical = select('link[rel~=canonical][href]', tree)?.properties.href;
  if (typeof canonical === 'string' && canonical !== '') return canonical;
  const og = select('meta[property="og:url"][content]', tree)?.properties.content;
  if (typeof og === 'string' && og !== '') return og;
  let saved: string | undefined;
  visit(tree, 'comment', (comment) => {
    // "<!-- saved from url=(0045)https://example.com/… -->", written by browsers' "Save page".
    saved ??= /saved from url=\(\d+\)(\S+)/.exec(comment.value)?.[1];
  });
  return saved;
}

/** The `<title>` without the site's name after a separator ("Leverage Record: … | Field Notes"). */
function documentTitle(tree: HastRoot): string | undefined {
  const title = select('head title', tree);
  const text = title
    ? toText(title)
        .trim()
        .split(/\s+[|–—·]\s+/)[0]
        ?.trim()
    : undefined;
  return text === '' ? undefined : text;
}

/** The post itself: the one `<article>`, else `<main>`, else the body. */
function contentOf(tree: HastRoot): HastRoot | Element {
  const articles = selectAll('article', tree);
  if (articles.length === 1 && articles[0]) return articles[0];
  // Several articles: the one holding the Task Log table, if any.
  const withTable = articles.find((article) => select('table', article) !== undefined);
  return withTable ?? select('main', tree) ?? select('body', tree) ?? tree;
}

function timeDate(tree: HastRoot | Element): DateCandidate | undefined {
  for (const time of selectAll('time', tree)) {
    const datetime = time.properties.dateTime;
    const text = typeof datetime === 'string' ? datetime : toText(time);
    const date = /^\d{4}-\d{2}-\d{2}/.test(text) ? dateInText(text.slice(0, 10)) : dateInText(text);
    if (date !== undefined) return { from: 'time', text: `<time> ${text.trim()}`, date };
  }
  return undefined;
}

export function readHtml(file: string, html: string): ReadPost {
  const tree = fromHtml(html);
  const content = contentOf(tree);
  refuseDeepNesting(content);
  flattenNestedTables(content);
  // The post's date sits in its own header, which is furniture once the date is known.
  const time = timeDate(content) ?? timeDate(tree);
  const url = publishedUrl(tree);
  const urlDate = url === undefined ? undefined : dateInPath(new URL(url, 'https://x.invalid/').pathname);
  const dates: DateCandidate[] = [
    ...(time ? [time] : []),
    ...(url !== undefined && urlDate !== undefined ? [{ from: 'url' as const, text: url, date: urlDate }] : []),
  ];
  // A title in the post's header (left behind with the header in the conversion below) is still the post's h1.
  const heading = select('h1', content);
  const headingText = heading ? toText(heading).replace(/\s+/g, ' ').trim() : '';
  const root = toMdast(content.type === 'root' ? content : { type: 'root', children: [content] }, { handlers: SKIP_FURNITURE });
  if (root.type !== 'root') throw new Error('hast-util-to-mdast returned a node that is not a root');
  const hasHeading = root.children.some((node) => node.type === 'heading' && node.depth === 1);
  const title = headingText !== '' && !hasHeading ? headingText : documentTitle(tree);
  return {
    file,
    format: 'html',
    root,
    ...(title === undefined ? {} : { title }),
    ...(headingText !== '' && !hasHeading ? { titleIsAuthoritative: true } : {}),
    dates,
    ...(url === undefined ? {} : { url }),
  };
}

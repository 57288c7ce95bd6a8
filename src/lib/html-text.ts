/**
 * Text out of HTML, by the parsers the Markdown pipeline itself uses: the
 * character references of HTML (parse-entities, which micromark's
 * directives read them with) and HTML itself (hast-util-from-html).
 */
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { parseEntities } from 'parse-entities';

/** Text with its character references (`&amp;`, `&#8217;`, `&copy;`) decoded, once. */
export function decodeEntities(text: string): string {
  return parseEntities(text);
}

/** The text of a piece of HTML: tags dropped, references decoded, white space collapsed. */
export function htmlToText(html: string): string {
  return toString(fromHtml(html, { fragment: true })).replace(/\s+/g, ' ').trim();
}

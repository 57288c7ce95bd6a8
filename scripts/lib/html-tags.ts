/**
 * A small tokenizer for the HTML our build writes: start tags with their
 * attributes, and the raw text of <style> and <script>. Enough for the link
 * checker and the page-weight report, without a parser dependency. It relies
 * on the markup being valid (html-validate checks that) and skips comments.
 */

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  /** Lower-case attribute names; values with character references decoded. */
  attributes: Map<string, string>;
}

export interface TagScan {
  tags: StartTag[];
  /** Contents of every <style> element, in document order. */
  styles: string[];
  /** Contents of every <script> element, in document order (empty for external scripts). */
  scripts: string[];
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references an attribute value may carry (numeric ones and the XML five). */
export function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
  });
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (!attributes.has(name)) attributes.set(name, decodeReferences(value));
  }
  return attributes;
}

export function scanTags(html: string): TagScan {
  const scan: TagScan = { tags: [], styles: [], scripts: [] };
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      position = close === -1 ? html.length : close + 3;
      continue;
    }
    START_TAG.lastIndex = open;
    const match = START_TAG.exec(html);
    if (!match) {
      position = open + 1;
      continue;
    }
    const name = (match[1] ?? '').toLowerCase();
    scan.tags.push({ name, attributes: parseAttributes(match[2] ?? '') });
    position = START_TAG.lastIndex;
    // The contents of <style> and <script> are raw text, not markup.
    if (name === 'style' || name === 'script') {
      const end = html.toLowerCase().indexOf(`</${name}`, position);
      const stop = end === -1 ? html.length : end;
      (name === 'style' ? scan.styles : scan.scripts).push(html.slice(position, stop));
      position = stop;
    }
  }
  return scan;
}

/** The URLs of a `srcset` value ("a.png 1x, b.png 2x" → ["a.png", "b.png"]). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** The URLs a stylesheet refers to: `url(...)` and `@import "..."`. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
    urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) {
    urls.push(match[1] ?? match[2] ?? '');
  }
  return urls.filter((url) => url !== '' && !url.startsWith('data:'));
}

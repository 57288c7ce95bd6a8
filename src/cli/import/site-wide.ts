/**
 * The parts every post of a blog repeats (an about-the-author note, a
 * disclaimer, a call to action): Fulcrum prints its own from site.yaml, so
 * they are left out of the imported days. A block of prose is site-wide when
 * the same text (whitespace aside) appears in at least two of the imported
 * posts, or when its text contains one of the `--drop` patterns (ignoring
 * case). A heading goes with its section: it is left out when everything
 * under it is, or when the heading itself matches a pattern (then with
 * everything under it).
 */
import type { RootContent } from 'mdast';
import { collapsedText } from './prose.ts';

export interface LeftOut {
  /** The text of the part, whitespace collapsed. */
  text: string;
  /** Why: "repeated in 3 posts" or `matches --drop "About the author"`. */
  reason: string;
}

export interface SiteWide {
  /** Block texts that appear in two or more posts, with the number of posts each appears in. */
  repeated: ReadonlyMap<string, number>;
  patterns: readonly string[];
}

/** Counts, over all posts, how many posts each block's text appears in. */
export function findRepeated(posts: readonly (readonly RootContent[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const blocks of posts) {
    for (const text of new Set(blocks.map((block) => collapsedText(block)).filter((text) => text !== ''))) {
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  }
  return new Map([...counts].filter(([, count]) => count >= 2));
}

function matchedPattern(text: string, patterns: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  return patterns.find((pattern) => pattern.trim() !== '' && lower.includes(pattern.toLowerCase()));
}

function reasonFor(text: string, siteWide: SiteWide): string | undefined {
  const pattern = matchedPattern(text, siteWide.patterns);
  if (pattern !== undefined) return `matches --drop "${pattern}"`;
  const count = siteWide.repeated.get(text);
  return count === undefined ? undefined : `repeated in ${count} posts`;
}

/** `blocks` without their site-wide parts, and what was left out. */
export function withoutSiteWide(blocks: readonly RootContent[], siteWide: SiteWide): { kept: RootContent[]; leftOut: LeftOut[] } {
  const texts = blocks.map((block) => collapsedText(block));
  const reasons: (string | undefined)[] = texts.map((text) => (text === '' ? undefined : reasonFor(text, siteWide)));
  // Headings from the innermost out, so a heading sees whether its subsections went.
  for (let at = blocks.length - 1; at >= 0; at--) {
    const block = blocks[at] as RootContent;
    if (block.type !== 'heading') continue;
    let end = at + 1;
    while (end < blocks.length) {
      const next = blocks[end] as RootContent;
      if (next.type === 'heading' && next.depth <= block.depth) break;
      end++;
    }
    const section = reasons.slice(at + 1, end);
    const pattern = matchedPattern(texts[at] as string, siteWide.patterns);
    if (pattern !== undefined) {
      for (let inner = at; inner < end; inner++) reasons[inner] ??= `under a heading that matches --drop "${pattern}"`;
    } else if (section.length > 0 && section.every((reason) => reason !== undefined)) {
      reasons[at] = section[0];
    } else if (section.length > 0) {
      // A repeated heading over text of this post's own ("Analysis") stays.
      reasons[at] = undefined;
    }
  }
  const kept: RootContent[] = [];
  const leftOut: LeftOut[] = [];
  blocks.forEach((block, at) => {
    const reason = reasons[at];
    if (reason === undefined) kept.push(block);
    else leftOut.push({ text: texts[at] as string, reason });
  });
  return { kept, leftOut };
}

/**
 * A teaser printed above the text it repeats (a lede cut off with "…", or the
 * same paragraph twice in a row): the first copy is left out.
 */
export function withoutTeasers(blocks: readonly RootContent[]): { kept: RootContent[]; leftOut: LeftOut[] } {
  const kept: RootContent[] = [];
  const leftOut: LeftOut[] = [];
  blocks.forEach((block, at) => {
    const next = blocks[at + 1];
    const text = collapsedText(block);
    if (block.type === 'paragraph' && next?.type === 'paragraph' && text !== '') {
      const following = collapsedText(next);
      const cut = text.replace(/(?:…|\.\.\.)$/, '').trimEnd();
      if (text === following || (cut !== text && cut.length >= 20 && following.startsWith(cut))) {
        leftOut.push({ text, reason: 'as a teaser of the paragraph after it' });
        return;
      }
    }
    kept.push(block);
  });
  return { kept, leftOut };
}

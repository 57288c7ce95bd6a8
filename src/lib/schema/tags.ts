/** Tags on days and tasks: their addresses, and the tags a task carries. */

/**
 * The site's one rule for turning a tag into an address: its page
 * (/tags/<slug>/). (Heading anchors follow GitHub's rule instead: see
 * src/lib/markdown/rehype-heading-ids.ts.)
 *
 * - Letters, digits and emoji of every script are kept, lower-cased, so
 *   инфраструктура, インフラ and υποδομή each get an address of their own
 *   (browsers show it as typed; it travels percent-encoded).
 * - Text is read in compatibility form first, so full-width ＣＬＩ is cli
 *   and half-width ﾊﾞｸﾞ is バグ.
 * - A Latin letter with an accent loses it (Café → cafe, as the site's
 *   tag addresses always were); other scripts keep their marks (й, ή, バ),
 *   which carry meaning there.
 * - `+` and `#` are spelled out, so c, c++ and c# stay apart.
 * - Anything else is a separator: each run becomes one hyphen.
 */

const ASCII_ALPHANUMERIC = /^[A-Za-z0-9]$/;
const NOT_WORD = /[^\p{L}\p{M}\p{N}\p{Extended_Pictographic}]+/gu;

/** A Latin letter with diacritics as its bare letter; every other character as it is. */
function withoutLatinAccents(text: string): string {
  let out = '';
  for (const character of text) {
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    out += ASCII_ALPHANUMERIC.test(base) ? base : character;
  }
  return out;
}

export function slugify(text: string): string {
  return withoutLatinAccents(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(NOT_WORD, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A site has a handful of tags but tags every task, so each slug is worked
 * out once: normalising the same few strings again for every task would be
 * most of the cross-day metrics' time (bench/README.md).
 */
const slugs = new Map<string, string>();

/**
 * A tag's address (by slugify's rule): "Course Platform" → "course-platform",
 * "c++" → "c-plus-plus", "инфраструктура" as it is. Tags with the same
 * address are one tag; the check warns when they are spelt differently. A
 * tag of punctuation alone ("!!!") gets "tag".
 */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag);
  if (slug === undefined) {
    slug = slugify(tag) || 'tag';
    slugs.set(tag, slug);
  }
  return slug;
}

/**
 * A tag's page is the folder tags/<address>/, and file systems refuse a
 * folder name over 255 bytes (ext4, APFS; NTFS counts 255 UTF-16 units,
 * never more than the UTF-8 bytes), so the build could not write it.
 */
const MAX_ADDRESS_BYTES = 255;

const utf8 = new TextEncoder();

/** Why a tag cannot have a page, for the author; undefined when it can. */
export function tagAddressProblem(tag: string): string | undefined {
  const bytes = utf8.encode(tagSlug(tag)).length;
  if (bytes <= MAX_ADDRESS_BYTES) return undefined;
  return `the tag "${tag}" makes a page address of ${bytes} bytes, more than the ${MAX_ADDRESS_BYTES} bytes a folder name can hold; shorten the tag`;
}

/** A task's tags: its day's and its own, each once, in the order written. */
export function effectiveTags(dayTags: readonly string[] = [], taskTags: readonly string[] = []): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of [...dayTags, ...taskTags]) {
    const slug = tagSlug(tag);
    if (seen.has(slug)) continue;
    seen.add(slug);
    tags.push(tag);
  }
  return tags;
}

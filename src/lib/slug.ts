/**
 * The site's one rule for turning a tag into an address: its page
 * (/tags/<slug>/). (Heading anchors follow GitHub's rule instead: see
 * src/markdown/rehype-heading-ids.ts.)
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

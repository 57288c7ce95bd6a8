/**
 * A description where it is repeated: the five description tags of a page's
 * <head>, its JSON-LD, and every feed's summary. Search engines show about
 * 160 characters of a description, so that is the length: a longer one is
 * cut at the last word that leaves room for "…" (a long first paragraph,
 * repeated whole in each, would weigh the page several times over). The
 * page itself and the open data keep it whole.
 */

const EXCERPT_LENGTH = 160;

const ELLIPSIS = '…';
/** Dropped before the ellipsis: "rebuild, and" cut after "rebuild" reads "rebuild…". */
const TRAILING = /[\s,;:.!?\-–—]+$/u;

/**
 * Where to cut: at the last white space that leaves room for the ellipsis;
 * in text without spaces (Japanese, Chinese, Thai) at the last word
 * boundary the language's word breaking finds; in one endless word, at the
 * last whole character (an emoji with its skin tone is one).
 */
export function excerpt(text: string, language: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  // Enough UTF-16 units for max + 1 characters: only the start of a long text is ever looked at.
  const window = Array.from(text.slice(0, 2 * (max + 1))).slice(0, max + 1);
  if (window.length <= max) return text;
  const room = max - ELLIPSIS.length;
  for (let index = room; index > 0; index--) {
    if (!/\s/.test(window[index] as string)) continue;
    const head = window.slice(0, index).join('').replace(TRAILING, '');
    if (head !== '') return head + ELLIPSIS;
  }
  const head = window.join('');
  let cut = 0;
  for (const { index, segment, isWordLike } of new Intl.Segmenter(language, { granularity: 'word' }).segment(head)) {
    const end = index + segment.length;
    // A boundary at the window's end may fall inside a word the window cut short.
    if (end < head.length && isWordLike && Array.from(head.slice(0, end)).length <= room) cut = end;
  }
  if (cut === 0) {
    for (const { index, segment } of new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(head)) {
      if (Array.from(head.slice(0, index + segment.length)).length > room) break;
      cut = index + segment.length;
    }
  }
  return head.slice(0, cut).replace(TRAILING, '') + ELLIPSIS;
}

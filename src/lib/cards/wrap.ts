/**
 * Breaking a card's text into lines that fit: greedy, at spaces, a word
 * wider than a line broken between characters, and the last allowed line
 * ending in an ellipsis when the text does not fit in full.
 */

/** Width of a piece of text, in the same unit as the width it must fit. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** The longest start of `text` (whole characters) that fits with an ellipsis after it. */
function withEllipsis(text: string, maxWidth: number, measure: Measure): string {
  const chars = [...text.trimEnd()];
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ELLIPSIS) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** Splits a word wider than a line into pieces that each fit (at least one character each). */
function splitWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

export function wrapLines(text: string, maxWidth: number, maxLines: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  // What joined each line to the next in the text: a space, or nothing inside a split word.
  const joins: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (measure(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line !== '') {
      lines.push(line);
      joins.push(' ');
    }
    const pieces = measure(word) <= maxWidth ? [word] : splitWord(word, maxWidth, measure);
    for (const piece of pieces.slice(0, -1)) {
      lines.push(piece);
      joins.push('');
    }
    line = pieces.at(-1) ?? '';
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The last kept line takes the start of the next one too, so the ellipsis comes as late as the space allows.
  kept[maxLines - 1] = withEllipsis(`${lines[maxLines - 1]}${joins[maxLines - 1]}${lines[maxLines]}`, maxWidth, measure);
  return kept;
}

/** The one piece of text taken from a log: a short proposed title, for the author to edit. */
import { stripVTControlCharacters } from 'node:util';

/** Long enough for a sentence, short enough for the Task Log. */
const TITLE_LENGTH = 72;

/**
 * Control characters left once the terminal sequences are gone (a bell, a
 * backspace, DEL, C1 codes, noncharacters): the check refuses a title with
 * one, so a title must never carry one. White space is tidied separately.
 */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/**
 * The text as a terminal would show it: escape sequences (colours, cursor
 * moves, window titles, links) and stray control characters removed, half
 * of a character replaced by U+FFFD.
 */
function printable(text: string): string {
  return stripVTControlCharacters(text).replace(CONTROL, '').toWellFormed();
}

/**
 * The first non-blank line of `text`, with runs of white space made single
 * and cut at a word boundary to at most TITLE_LENGTH characters (an ellipsis
 * marks the cut). Nothing after the first line is ever kept.
 */
export function proposedTitle(text: string): string | undefined {
  const line = printable(text)
    .split(/\r?\n/)
    .map((candidate) => candidate.replace(/\s+/g, ' ').trim())
    .find((candidate) => candidate !== '');
  if (line === undefined) return undefined;
  const characters = [...line];
  if (characters.length <= TITLE_LENGTH) return line;
  const cut = characters.slice(0, TITLE_LENGTH - 1).join('');
  const lastSpace = cut.lastIndexOf(' ');
  // A word longer than half the title is cut where it stands rather than dropped.
  const kept = lastSpace >= TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`;
}

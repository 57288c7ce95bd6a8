/** The one piece of text taken from a log: a short proposed title, for the author to edit. */

/** Long enough for a sentence, short enough for the Task Log. */
const TITLE_LENGTH = 72;

/**
 * The first non-blank line of `text`, with runs of white space made single
 * and cut at a word boundary to at most TITLE_LENGTH characters (an ellipsis
 * marks the cut). Nothing after the first line is ever kept.
 */
export function proposedTitle(text: string): string | undefined {
  const line = text
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

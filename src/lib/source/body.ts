/**
 * A day's prose is in two parts: the intro, up to the first `##` heading,
 * shown above the tables, and the rest (typically `## Analysis`) below them.
 */

export interface BodyParts {
  intro: string;
  rest: string;
  /** 0-based line within the body where `rest` begins (for positions in messages). */
  restOffset: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const LEVEL_TWO_HEADING = /^ {0,3}##(?:[ \t]|$)/;

export function splitBody(body: string): BodyParts {
  const lines = body.split('\n');
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const opener = FENCE_OPEN.exec(line)?.[1];
    if (fence !== undefined) {
      if (opener !== undefined && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      continue;
    }
    if (opener !== undefined) {
      fence = opener;
      continue;
    }
    if (LEVEL_TWO_HEADING.test(line)) {
      return { intro: lines.slice(0, index).join('\n'), rest: lines.slice(index).join('\n'), restOffset: index };
    }
  }
  return { intro: body, rest: '', restOffset: lines.length };
}

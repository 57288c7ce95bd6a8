/**
 * The one rule for a day's neighbours, used by the check, --fix, the pages
 * and the feeds alike: a draft is never another day's previous or next day,
 * and a draft gets the published days around it as its own. So a published
 * day reads the same whether drafts are shown (`npm run dev`) or not (the
 * build), and a draft shows what it will say once published.
 */

/** A day, a draft or not. */
export interface Sequenced {
  date: string;
  frontmatter: { draft: boolean };
}

export interface Placed<T> {
  day: T;
  /** The nearest published day before it. */
  previous?: T;
  /** The nearest published day after it. */
  next?: T;
}

/** Every day given, oldest first, with the published days around it. */
export function inSequence<T extends Sequenced>(days: readonly T[]): Placed<T>[] {
  const ascending = [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const placed: Placed<T>[] = [];
  let previous: T | undefined;
  for (const day of ascending) {
    placed.push(previous ? { day, previous } : { day });
    if (!day.frontmatter.draft) previous = day;
  }
  let next: T | undefined;
  for (let index = placed.length - 1; index >= 0; index--) {
    const entry = placed[index] as Placed<T>;
    if (next) entry.next = next;
    if (!entry.day.frontmatter.draft) next = entry.day;
  }
  return placed;
}

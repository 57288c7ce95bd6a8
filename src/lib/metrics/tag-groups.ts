/** The tasks filed under each tag, with their totals. */
import { tagSlug } from '../schema/tags.ts';
import { totalsOfSums, type DayTotals } from './day-metrics.ts';
import type { TaskTimes } from './task.ts';

export interface TagGroup<T> {
  slug: string;
  /** The tag as first written. */
  name: string;
  items: T[];
  totals: DayTotals;
}

interface Gathering<T> {
  name: string;
  items: T[];
  human: number;
  ai: number;
  supervision: number | null;
  supervisedHuman: number;
  /** The days of the tag's tasks that log no supervision, each once. */
  unsupervised: Set<string>;
}

/** A task, with the day it belongs to where known (a day without supervision is counted once, however many of its tasks a tag has). */
export type TaggedItem = TaskTimes & { tags: readonly string[]; day?: { date: string } };

/**
 * Items (tasks with their day) under each tag, tags sorted by address; each
 * tag's items in the order given. One pass over all items, which sums each
 * tag's times as it goes. An item without supervision and without a day
 * counts as a day of its own.
 */
export function groupByTag<T extends TaggedItem>(items: readonly T[]): TagGroup<T>[] {
  const groups = new Map<string, Gathering<T>>();
  // The same few tag strings come back on every task: one lookup from the string to its group.
  const byTag = new Map<string, Gathering<T>>();
  // By index: for…of over every task of a large site is far slower (bench/README.md).
  for (let at = 0; at < items.length; at++) {
    const item = items[at] as T;
    const tags = item.tags;
    for (let index = 0; index < tags.length; index++) {
      const tag = tags[index] as string;
      let group = byTag.get(tag);
      if (!group) {
        const slug = tagSlug(tag);
        group = groups.get(slug);
        if (!group)
          groups.set(
            slug,
            (group = { name: tag, items: [], human: 0, ai: 0, supervision: null, supervisedHuman: 0, unsupervised: new Set() }),
          );
        byTag.set(tag, group);
      }
      group.items.push(item);
      group.human += item.human;
      group.ai += item.ai;
      if (item.supervision === undefined) {
        group.unsupervised.add(item.day?.date ?? `task ${at}`);
      } else {
        group.supervision = (group.supervision ?? 0) + item.supervision;
        group.supervisedHuman += item.human;
      }
    }
  }
  return [...groups]
    .map(([slug, group]) => ({
      slug,
      name: group.name,
      items: group.items,
      totals: totalsOfSums(group.items.length, group, null, group.unsupervised.size),
    }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * A tag's items as its pages list them: the newest day first, each day's in
 * its Task Log's order (rank 1 first), whatever order they came in. Dates are
 * YYYY-MM-DD, so they compare as text.
 */
export function newestDayFirst<T>(items: readonly T[], dateOf: (item: T) => string, rankOf: (item: T) => number): T[] {
  return items.toSorted((a, b) => {
    const dateA = dateOf(a);
    const dateB = dateOf(b);
    if (dateA !== dateB) return dateA < dateB ? 1 : -1;
    return rankOf(a) - rankOf(b);
  });
}

/** The tasks filed under each tag, with their totals. */
import { tagSlug } from '../tags.ts';
import { dayTotals, type DayTotals } from './day.ts';
import type { TaskTimes } from './task.ts';

export interface TagGroup<T> {
  slug: string;
  /** The tag as first written. */
  name: string;
  items: T[];
  totals: DayTotals;
}

/** Items (tasks with their day) under each tag, tags sorted by name; one pass over all items. */
export function groupByTag<T extends TaskTimes & { tags: readonly string[] }>(items: Iterable<T>): TagGroup<T>[] {
  const groups = new Map<string, { name: string; items: T[] }>();
  // The same few tag strings come back on every task: one lookup from the string to its group.
  const byTag = new Map<string, { name: string; items: T[] }>();
  for (const item of items) {
    const tags = item.tags;
    for (let index = 0; index < tags.length; index++) {
      const tag = tags[index] as string;
      let group = byTag.get(tag);
      if (!group) {
        const slug = tagSlug(tag);
        group = groups.get(slug);
        if (!group) groups.set(slug, (group = { name: tag, items: [] }));
        byTag.set(tag, group);
      }
      group.items.push(item);
    }
  }
  return [...groups]
    .map(([slug, group]) => ({ slug, name: group.name, items: group.items, totals: dayTotals(group.items, null) }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

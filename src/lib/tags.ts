/** Tags on days and tasks, and the tasks filed under each tag. */
import { dayTotals, type DayTotals } from './metrics/day.ts';
import type { TaskTimes } from './metrics/task.ts';
import { slugify } from './slug.ts';

/**
 * A site has a handful of tags but tags every task, so each slug is worked
 * out once: normalising the same few strings for every task of 10,000 days
 * was most of the cross-day metrics' time.
 */
const slugs = new Map<string, string>();

/**
 * A tag's address (see slug.ts): "Course Platform" → "course-platform",
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

/** What every feed format says about a post, computed once and shared by RSS, Atom and JSON Feed. */

export interface FeedEntry {
  /** Absolute URL of the post; also its stable id. */
  url: string;
  title: string;
  summary: string;
  /** The full post as HTML with absolute links. */
  html: string;
  published: Date;
  updated: Date;
  /** Absolute URL of the post's social card. */
  image: string;
  tags: readonly string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  language: string;
  /** Absolute URL of the site's home page. */
  home: string;
  author: string;
  /** Times are written in the author's zone ("2026-04-22T12:00:00+02:00"). */
  timeZone: string;
  /** Absolute URLs of the site's square icon, its small favicon and its wide card. */
  icon: string;
  favicon: string;
  logo: string;
  entries: readonly FeedEntry[];
}

/** The newest `updated` of all entries; the feed's own `updated` (never the clock). */
export function lastUpdated(channel: FeedChannel): Date {
  let latest = new Date(0);
  for (const entry of channel.entries) if (entry.updated > latest) latest = entry.updated;
  return latest;
}

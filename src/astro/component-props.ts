/**
 * What each replaceable component receives (fulcrum({ components })): an
 * author's own component types its props with these, e.g.
 * `import type { FooterProps } from 'fulcrum/components'`.
 */
import type { PublishedDay, SiteData } from './data/published.ts';

export type { PublishedDay, SiteData } from './data/published.ts';

/** Every page's <head>, after Fulcrum's own tags. */
export interface HeadProps {
  site: SiteData;
  /** The page's full title, as in <title>. */
  title: string;
  description: string;
}

/** The site header on every page. */
export interface HeaderProps {
  site: SiteData;
}

/** The author's bio at the top of each post (site.yaml: author, bio). */
export interface AuthorBioProps {
  site: SiteData;
}

/** The call to action at the end of each post (site.yaml: footer). */
export interface CallToActionProps {
  site: SiteData;
  day: PublishedDay;
}

/** The site footer on every page. */
export interface FooterProps {
  site: SiteData;
}

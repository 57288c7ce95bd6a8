/**
 * What this process has read, passed along without being read, parsed or
 * rendered again: `npm run build` hands what its check read (the days as
 * prepared, the site settings) to Astro's loaders, which run in the same
 * process (the build calls Astro's build() itself); the loaders hand what they loaded to the pages,
 * which the build and `npm run dev` render in the same process too. So the
 * pages never read their content back from Astro's store, whose copy under
 * `npm run dev` is written only half a second after a change. The loaders
 * and the pages run in code Vite loads, module instances of their own, so
 * each handoff is a process-wide slot rather than a module's variable.
 */
import type { Root } from 'hast';
import type { RenderedDay } from '../published/publish.ts';
import type { Site } from '../schema/site-schema.ts';
import type { PreparedDays } from './prepare.ts';

/** The site settings with their Markdown parts rendered, as the site loader loads them. */
export type LoadedSite = Site & { hast: { bio: Root; disclaimer: Root; footer: Root } };

/** What `npm run build` checked: every day file as prepared, and the site settings as read. */
export interface CheckedContent {
  prepared: PreparedDays;
  site: Site;
}

const CHECKED = Symbol.for('fulcrum.checked-content');
const PREPARED = Symbol.for('fulcrum.prepared-days');
const LOADED = Symbol.for('fulcrum.loaded-days');
const SITE = Symbol.for('fulcrum.loaded-site');

type Slots = { [CHECKED]?: CheckedContent; [PREPARED]?: PreparedDays; [LOADED]?: readonly RenderedDay[]; [SITE]?: LoadedSite };

const slots = globalThis as Slots;

/**
 * The content `npm run build` has just checked, for the loaders of the
 * Astro build it runs next, which build exactly that: a file saved after
 * the check is not read (its prose was never checked against the other
 * days), and the next build takes it. Undefined when that build is done.
 */
export function handOverChecked(checked: CheckedContent | undefined): void {
  slots[CHECKED] = checked;
}

/** The content checked by the build under way, if it was read from the content folder `dir`. */
export function checkedContent(dir: string): CheckedContent | undefined {
  const checked = slots[CHECKED];
  return checked?.prepared.dir === dir ? checked : undefined;
}

/**
 * Days the loader prepared, for its next load in this process (the next
 * change under `npm run dev`). They are only ever used as known days
 * (prepare.ts): a file whose name or bytes changed since is prepared again.
 */
export function handOver(prepared: PreparedDays): void {
  slots[PREPARED] = prepared;
}

/** The days handed over for the content folder `dir`, if any. */
export function handedOver(dir: string): PreparedDays | undefined {
  const prepared = slots[PREPARED];
  return prepared?.dir === dir ? prepared : undefined;
}

/** The days the loader loaded (every day, drafts included), for the pages; replaced on each change under `npm run dev`. */
export function setLoadedDays(days: readonly RenderedDay[]): void {
  slots[LOADED] = days;
}

/** The days the loader last loaded in this process. */
export function loadedDays(): readonly RenderedDay[] | undefined {
  return slots[LOADED];
}

export function setLoadedSite(site: LoadedSite): void {
  slots[SITE] = site;
}

/** The site settings the site loader last loaded in this process. */
export function loadedSite(): LoadedSite | undefined {
  return slots[SITE];
}

/**
 * Collections. The schemas are the library's own (src/lib/schema); the site
 * settings are extended with what their loader renders once at load time,
 * Markdown as hast trees. The days collection is an index of the days (date,
 * title, draft): the pages take the loaded days, trees and all, from the
 * loader in the same process (src/astro/loaders/days-loader.ts), so the store never
 * serializes them and reads them back.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Root } from 'hast';
import { dayFrontmatterSchema } from '../lib/schema/day-schema.ts';
import { siteSchema } from '../lib/schema/site-schema.ts';
import { daysLoader } from './loaders/days-loader.ts';
import { siteLoader } from './loaders/site-loader.ts';

/** A rendered tree, as the Markdown pipeline made it (the loaders are its only writers). */
const hastRoot = z.custom<Root>((value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root');

const days = defineCollection({ loader: daysLoader(), schema: dayFrontmatterSchema.pick({ date: true, title: true, draft: true }) });

const site = defineCollection({
  loader: siteLoader(),
  schema: siteSchema.extend({
    hast: z.object({ bio: hastRoot, disclaimer: hastRoot, footer: hastRoot }),
  }),
});

export const collections = { days, site };

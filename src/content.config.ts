/**
 * Collections. The schemas are the library's own (src/lib/schema), extended
 * with the HTML the loaders render once at load time.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { dayFrontmatterSchema } from './lib/schema/day.ts';
import { siteSchema } from './lib/schema/site.ts';
import { daysLoader } from './loaders/days.ts';
import { siteLoader } from './loaders/site.ts';

const days = defineCollection({
  loader: daysLoader(),
  schema: dayFrontmatterSchema.extend({
    html: z.object({ intro: z.string(), rest: z.string(), titles: z.array(z.string()) }),
  }),
});

const site = defineCollection({
  loader: siteLoader(),
  schema: siteSchema.extend({
    html: z.object({ bio: z.string(), disclaimer: z.string(), footer: z.string() }),
  }),
});

export const collections = { days, site };

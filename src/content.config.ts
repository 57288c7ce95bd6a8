/**
 * Collections. The schemas are the library's own (src/lib/schema), extended
 * with what the loaders render once at load time: Markdown as hast trees.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { ElementContent, Root } from 'hast';
import { dayFrontmatterSchema } from './lib/schema/day.ts';
import { siteSchema } from './lib/schema/site.ts';
import { daysLoader } from './loaders/days.ts';
import { siteLoader } from './loaders/site.ts';

/** A rendered tree, as the Markdown pipeline made it (the loaders are its only writers). */
const hastRoot = z.custom<Root>((value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'root');
/** The content of one paragraph: a task title. */
const hastInline = z.array(z.custom<ElementContent>());

const days = defineCollection({
  loader: daysLoader(),
  schema: dayFrontmatterSchema.extend({
    hast: z.object({ intro: hastRoot, rest: hastRoot, titles: z.array(hastInline) }),
  }),
});

const site = defineCollection({
  loader: siteLoader(),
  schema: siteSchema.extend({
    hast: z.object({ bio: hastRoot, disclaimer: hastRoot, footer: hastRoot }),
  }),
});

export const collections = { days, site };

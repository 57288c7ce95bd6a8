/** `content/site.yaml`: settings that apply to every page. */
import { z } from 'astro/zod';
import { isValidTimeZone } from '../dates.ts';
import { isReferenceName, REFERENCE_NAMES } from '../references.ts';
import { DEFAULT_SUMMARY_TEMPLATE, templateNames } from '../summary.ts';
import { nearest } from '../source/suggest.ts';
import { flag, shown, text } from './fields.ts';

const absoluteUrl = (key: string) =>
  z.unknown().transform((value, ctx): string => {
    if (typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)) return value;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `${shown(value)} is not an absolute web address; write ${key}: https://example.com/`,
    });
    return z.NEVER;
  });

const timeZone = z.unknown().transform((value, ctx): string => {
  if (typeof value === 'string' && isValidTimeZone(value)) return value;
  ctx.issues.push({
    code: 'custom',
    input: value,
    message: `${shown(value)} is not a time zone; write an IANA name such as timeZone: Europe/Berlin or UTC`,
  });
  return z.NEVER;
});

/** A nested block of settings, with a message that says what it needs when absent. */
function section<Shape extends z.ZodRawShape>(key: string, shape: Shape) {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? issue.input === undefined
          ? `${key} is missing; add a ${key}: block with ${keys}`
          : `${shown(issue.input)} is not a block of settings; indent ${keys} below ${key}:`
        : undefined,
  });
}

const summaryTemplate = text('template', '"{tasks.words} {tasks.noun}. …"').check((ctx) => {
  for (const name of templateNames(ctx.value)) {
    if (isReferenceName(name)) continue;
    const suggestion = nearest(name, REFERENCE_NAMES);
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `the template names {${name}}, which is not a metric${suggestion ? `; did you mean {${suggestion}}?` : '; see the list of metric names in README.md'}`,
    });
  }
});

const positiveInteger = (key: string, example: number) =>
  z
    .number({ error: (issue) => `${shown(issue.input)} is not a number; write ${key}: ${example}` })
    .int({ error: `must be a whole number; write ${key}: ${example}` })
    .min(1, { error: `must be at least 1; write ${key}: ${example}` });

export const siteSchema = z.strictObject({
  title: text('title', '"Field Notes"'),
  description: text('description', '"Daily records of work done with an AI agent"'),
  /** The address the site is served from; its path is the base path (e.g. /blog/). */
  url: absoluteUrl('url'),
  language: text('language', 'en').default('en'),
  timeZone: timeZone,
  author: section('author', {
    name: text('name', '"Ada Example"'),
    bio: text('bio', '"One or two sentences in Markdown"'),
  }),
  /** The agent's display name in headers and labels. */
  aiName: text('aiName', 'Claude').default('Claude'),
  disclaimer: text('disclaimer', '"Markdown shown on every post"').optional(),
  footer: section('footer', {
    heading: text('heading', '"Work with me"'),
    body: text('body', '"Markdown inviting readers to get in touch"'),
    link: section('link', {
      label: text('label', '"Book a call"'),
      url: absoluteUrl('url'),
    }).optional(),
  }),
  postsPerPage: positiveInteger('postsPerPage', 10).default(10),
  /** How many of the newest posts each feed carries; feeds stay small however many days there are. */
  feedItems: positiveInteger('feedItems', 50).default(50),
  /** Numbers in the prose that contradict the data fail the check and the build (otherwise: warnings). */
  strictClaims: flag('strictClaims').default(false),
  /** The generated data summary on each post. */
  summary: section('summary', {
    enabled: flag('enabled').default(true),
    template: summaryTemplate.default(DEFAULT_SUMMARY_TEMPLATE),
  }).default({ enabled: true, template: DEFAULT_SUMMARY_TEMPLATE }),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;

/** `content/site.yaml`: settings that apply to every page. */
import { z } from 'zod';
import { isValidTimeZone } from '../dates.ts';
import { CS_PER_MINUTE } from '../duration.ts';
import { nearest } from './suggest.ts';
import { DEFAULT_SUMMARY_TEMPLATE, templateNames } from './summary-template.ts';
import { TOKEN_KINDS, type TokenKind } from './token-counts.ts';
import { duration, flag, missing, refuse, shown, text } from './fields.ts';
import { isReferenceName, REFERENCE_NAMES } from './reference-names.ts';
import { siteAddressProblem } from './site-address.ts';

const absoluteUrl = (key: string, description: string) =>
  z
    .unknown()
    .meta({ type: 'string', format: 'uri', pattern: '^https?://', description })
    .transform((value, ctx): string => {
      if (typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)) return value;
      return refuse(
        ctx,
        value,
        value === undefined
          ? missing(key, 'https://example.com/ (the address the site is published at)')
          : `${shown(value)} is not an absolute web address; write ${key}: https://example.com/`,
      );
    });

/** `url`: where the site is published; its path is the base path (see site-address.ts). */
const siteAddress = z
  .unknown()
  .meta({
    type: 'string',
    format: 'uri',
    pattern: '^https?://[^/?#@]+(/[A-Za-z0-9._~/-]*)?$',
    description: 'The address the site is published at; a path in it (https://example.com/blog/) becomes the base path.',
  })
  .transform((value, ctx): string => {
    const found = typeof value === 'string' ? siteAddressProblem(value) : undefined;
    if (typeof value === 'string' && !found) return value;
    return refuse(
      ctx,
      value,
      value === undefined
        ? missing('url', 'https://example.com/ (the address the site is published at)')
        : `${shown(value)} ${found?.problem ?? 'is not an absolute web address'}; write url: ${found?.suggestion ?? 'https://example.com/'}`,
    );
  });

/** `icon`: the author's own icon, a file in the content folder (its contents are checked in site-file.ts). */
const iconFile = z
  .unknown()
  .meta({
    type: 'string',
    pattern: '^(?![/\\\\])(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).+\\.(svg|png|SVG|PNG)$',
    description:
      "Your own icon, an SVG or PNG file in the content folder (square, at least 180 px for a PNG); without it, Fulcrum's icon in the accent colour.",
    examples: ['icon.svg', 'icon.png'],
  })
  .transform((value, ctx): string => {
    const outside = typeof value === 'string' && (/^([/\\]|[A-Za-z]:)/.test(value) || value.split(/[/\\]/).includes('..'));
    if (typeof value === 'string' && !outside && /\.(svg|png)$/i.test(value)) return value;
    const name = typeof value === 'string' ? (value.split(/[/\\]/).at(-1) ?? value) : '';
    return refuse(
      ctx,
      value,
      typeof value !== 'string'
        ? `${shown(value)} is not a file name; write icon: icon.svg (a file in the content folder)`
        : outside
          ? `${shown(value)} is outside the content folder; put the file in the content folder and write icon: ${name}`
          : `${shown(value)} is neither an SVG nor a PNG file; write icon: icon.svg or icon.png`,
    );
  });

const timeZone = z
  .unknown()
  .meta({
    type: 'string',
    description: 'Your time zone, an IANA name: it decides what "today" is and when a day starts in the feed.',
    examples: ['Europe/Berlin', 'America/New_York', 'UTC'],
  })
  .transform((value, ctx): string => {
    if (typeof value === 'string' && isValidTimeZone(value)) return value;
    return refuse(
      ctx,
      value,
      value === undefined
        ? missing('timeZone', 'Europe/Berlin (your time zone, an IANA name)')
        : `${shown(value)} is not a time zone; write an IANA name such as timeZone: Europe/Berlin or UTC`,
    );
  });

/**
 * A BCP 47 language tag. Checked here because Intl refuses a malformed one
 * (`en US`) in the middle of the build, and the tag is written into the feed.
 */
const languageTag = z
  .unknown()
  .meta({
    type: 'string',
    pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$',
    description: 'The language of the posts, a BCP 47 tag; dates are written in it.',
    examples: ['en', 'en-GB', 'de'],
  })
  .transform((value, ctx): string => {
    if (typeof value === 'string' && /^[A-Za-z]{2,8}(?:-[A-Za-z\d]{1,8})*$/.test(value)) {
      try {
        return Intl.getCanonicalLocales(value)[0] ?? value;
      } catch {
        // The right shape but not a tag Intl accepts: reported below like any other.
      }
    }
    return refuse(ctx, value, `${shown(value)} is not a language tag; write one such as language: en, en-GB or de`);
  });

/** A nested block of settings, with a message that says what it needs when absent. */
function section<Shape extends z.ZodRawShape>(key: string, shape: Shape) {
  const keys = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? issue.input === undefined
          ? `${key} is missing; add the ${key}: block with ${keys} indented below it`
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
      message: `the template names {${name}}, which is not a metric${suggestion ? `; did you mean {${suggestion}}?` : '; see the names in docs/metric-references.md'}`,
    });
  }
});

const positiveInteger = (key: string, example: number) =>
  z
    .number({ error: (issue) => `${shown(issue.input)} is not a number; write ${key}: ${example}` })
    .int({ error: `must be a whole number; write ${key}: ${example}` })
    .min(1, { error: `must be at least 1; write ${key}: ${example}` });

const tokenKind = z
  .unknown()
  .meta({ type: 'string', enum: [...TOKEN_KINDS] })
  .transform((value, ctx): TokenKind => {
    const kind = TOKEN_KINDS.find((candidate) => candidate === value);
    if (kind !== undefined) return kind;
    const suggestion = typeof value === 'string' ? nearest(value, TOKEN_KINDS) : undefined;
    return refuse(
      ctx,
      value,
      `${shown(value)} is not a kind of token; write ${suggestion ?? 'one of input, output, cacheWrites or cacheReads'}`,
    );
  });

/** A colour the stylesheet takes as it is: #rgb or #rrggbb, nothing that could close the rule. */
const colour = (key: string, example: string, description: string) =>
  z
    .string({ error: (issue) => `${shown(issue.input)} is not a colour; write ${key}: "${example}"` })
    .regex(/^#(?:[\da-f]{3}|[\da-f]{6})$/i, {
      error: (issue) => `${shown(issue.input)} is not a colour; write it as #rrggbb, e.g. ${key}: "${example}"`,
    })
    .describe(description)
    .optional();

/** A CSS font stack: family names, quoted or not, separated by commas; nothing that could close the rule. */
const fontStack = (key: string, example: string, description: string) =>
  z
    .string({ error: (issue) => `${shown(issue.input)} is not a list of fonts; write ${key}: ${example}` })
    .regex(/^[\p{L}\p{N} ,'"-]+$/u, {
      error: (issue) => `${shown(issue.input)} is not a list of fonts; write family names separated by commas, e.g. ${key}: ${example}`,
    })
    .describe(description)
    .optional();

/** Where a post shows the disclaimer: just before the Task Log (the figures depend on it), or at the end of the prose. */
export const DISCLAIMER_PLACEMENTS = ['before-task-log', 'end'] as const;
export type DisclaimerPlacement = (typeof DISCLAIMER_PLACEMENTS)[number];

const ALL_TOKENS = [...TOKEN_KINDS];
const TEN_MINUTES = 10 * CS_PER_MINUTE;

export const siteSchema = z.strictObject({
  title: text('title', '"Field Notes"').describe("The site's name, in every page title and the feed."),
  description: text('description', '"Daily records of work done with an AI agent"').describe(
    'One sentence about the site, for the home page, search engines and the feed.',
  ),
  url: siteAddress,
  language: languageTag.default('en'),
  timeZone: timeZone,
  author: section('author', {
    name: text('name', '"Ada Example"').describe('Your name as shown on every post.'),
    bio: text('bio', '"One or two sentences in Markdown"').describe('One or two sentences about you, in Markdown.'),
  }).describe('Who writes the posts.'),
  icon: iconFile.optional(),
  aiName: text('aiName', 'Claude').describe("The agent's display name in headers and labels.").default('Claude'),
  disclaimer: text('disclaimer', '"Markdown shown on every post"')
    .describe('Markdown shown on every post, e.g. how the estimates are made (where: disclaimerPlacement).')
    .optional(),
  disclaimerPlacement: z
    .enum(DISCLAIMER_PLACEMENTS, {
      error: (issue) =>
        `${shown(issue.input)} is not a place for the disclaimer; write disclaimerPlacement: before-task-log (the default) or end`,
    })
    .describe('Where posts show the disclaimer: before-task-log, just before the figures it qualifies, or end, after the prose.')
    .default('before-task-log'),
  footer: section('footer', {
    heading: text('heading', '"Work with me"').describe('The heading of the call to action below every post.'),
    body: text('body', '"Markdown inviting readers to get in touch"').describe('Its text, in Markdown.'),
    link: section('link', {
      label: text('label', '"Book a call"').describe("The button's text."),
      url: absoluteUrl('url', 'Where the button leads.'),
    })
      .describe('An optional button.')
      .optional(),
  }).describe('The call to action below every post.'),
  theme: section('theme', {
    accent: colour('accent', '#0b5cad', 'Links and highlights in the light scheme.'),
    accentDark: colour('accentDark', '#8cc2ff', 'Links and highlights in the dark scheme.'),
    background: colour('background', '#fdfcfa', 'The page background in the light scheme.'),
    backgroundDark: colour('backgroundDark', '#16181c', 'The page background in the dark scheme.'),
    font: fontStack('font', '"Georgia, serif"', 'The font stack for text.'),
    monoFont: fontStack('monoFont', '"Menlo, monospace"', 'The font stack for code and figures in code.'),
  })
    .describe("The site's colours and fonts; each key is optional and keeps Fulcrum's own when left out.")
    .optional(),
  postsPerPage: positiveInteger('postsPerPage', 10).describe('How many days each index page lists.').default(10),
  tasksPerTagPage: positiveInteger('tasksPerTagPage', 50)
    .describe("How many of a tag's tasks each tag page lists, newest first.")
    .default(50),
  // Twelve full posts (15 to 25 KB each, tables included) keep each feed near 250 KB; docs/site-and-feeds.md has the measurements.
  feedItems: positiveInteger('feedItems', 12)
    .describe('How many of the newest posts each feed carries; feeds stay small however many days there are.')
    .default(12),
  strictClaims: flag('strictClaims')
    .describe('true: numbers in the prose that contradict the data fail the check and the build (otherwise warnings).')
    .default(false),
  summary: section('summary', {
    enabled: flag('enabled').describe('false hides the generated data summary on every post.').default(true),
    template: summaryTemplate
      .describe('The wording of the summary; {names} are metric references (see docs/metric-references.md).')
      .default(DEFAULT_SUMMARY_TEMPLATE),
  })
    .describe('The generated data summary on each post.')
    .default({ enabled: true, template: DEFAULT_SUMMARY_TEMPLATE }),
  agentLogs: section('agentLogs', {
    supervisionGapCap: duration({
      key: 'supervisionGapCap',
      example: '10m (the longest wait between turns that counts in full)',
      description:
        'npm run new --from: each wait between the agent finishing a turn and your next prompt counts as supervision up to this much',
      allowZero: true,
      prefersHours: false,
    }).prefault('10m'),
    tokens: z
      .array(tokenKind, {
        error: (issue) => `${shown(issue.input)} is not a list; write tokens: [${TOKEN_KINDS.join(', ')}]`,
      })
      .describe(
        "npm run new --from: the kinds of tokens a day's tokens adds up: input (fresh input), output, cacheWrites and cacheReads (prompt cache). An empty list writes no tokens.",
      )
      .default(ALL_TOKENS),
  })
    .describe("How npm run new --from claude-code or --from codex measures a day from the agent's logs (see docs/agent-logs.md).")
    .default({ supervisionGapCap: TEN_MINUTES, tokens: ALL_TOKENS }),
});

export type Site = z.output<typeof siteSchema>;

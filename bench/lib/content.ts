/**
 * The benchmark's content, one folder per size: Fulcrum's own day files from
 * the seeded generator, and the same days as plain Markdown posts for the
 * baselines. Same seed, same bytes, so folders are reused between runs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths, readDayFiles } from '../../src/lib/source/files.ts';
import { checkDayFiles } from '../../src/lib/project/check-project.ts';
import { inContext } from '../../src/lib/published/context.ts';
import { markdownPost, type PostSettings } from './markdown.ts';
import { writeSyntheticContent, type SyntheticOptions } from './synthetic.ts';

/** Fixed here rather than read from content/site.yaml, so an edit to the sample site cannot move the figures. */
const BENCH_SITE_YAML = `title: Fulcrum Field Notes
description: One engineer's daily record of work done with an AI coding agent, measured task by task.
url: https://fulcrum.example.com/
language: en
timeZone: Europe/Berlin
author:
  name: Mara Lindqvist
  bio: >-
    Mara builds and maintains web products for small teams. She logs every task
    she hands to an AI agent, with an honest estimate of what it would have cost
    by hand. [More about her work](https://fulcrum.example.com/about/).
aiName: Claude
disclaimer: >-
  Human-time figures are the author's own estimates of what each task would
  have taken without an agent; agent and supervision times are measured.
footer:
  heading: Want this kind of leverage on your team?
  body: >-
    I help engineering teams set up agent-assisted workflows that keep quality
    high: task sizing, review habits and the measurement behind these posts.
  link:
    label: Book an introductory call
    url: https://fulcrum.example.com/consulting/
postsPerPage: 5
`;

const POST_SETTINGS: PostSettings = { aiName: 'Claude', language: 'en' };

export const CONTENT_OPTIONS: Omit<SyntheticOptions, 'days'> = { tasksPerDay: 25, seed: 20_260_422, start: '2020-01-01' };

export interface BenchContent {
  /** Fulcrum's content folder (site.yaml and days/), for FULCRUM_CONTENT. */
  fulcrum: string;
  /** One Markdown post per day, named YYYY-MM-DD.md. */
  posts: string;
  /** Mean size of a Markdown post in bytes. */
  postBytes: number;
}

/** The code that decides the folder's bytes: the generator, the converter and what it computes with. */
const SOURCES = [
  './synthetic.ts',
  './markdown.ts',
  '../../src/lib/format.ts',
  '../../src/lib/metrics/day-metrics.ts',
  '../../src/lib/published/context.ts',
];

/** What the folder was made from: any change to it regenerates the folder. */
function stampOf(days: number): string {
  const sources = createHash('sha256');
  for (const source of SOURCES) sources.update(readFileSync(new URL(source, import.meta.url)));
  return JSON.stringify({ ...CONTENT_OPTIONS, days, site: BENCH_SITE_YAML, sources: sources.digest('hex') });
}

/** Writes (or reuses) `dir/fulcrum` and `dir/posts` for `days` days. */
export function prepareContent(dir: string, days: number): BenchContent {
  const fulcrum = join(dir, 'fulcrum');
  const posts = join(dir, 'posts');
  const stampFile = join(dir, 'stamp.json');
  const stamp = stampOf(days);
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(dir, { recursive: true, force: true });
    writeSyntheticContent(fulcrum, BENCH_SITE_YAML, { ...CONTENT_OPTIONS, days });
    const checked = checkDayFiles(readDayFiles(contentPaths(dir, fulcrum)).files);
    const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) throw new Error(`generated content does not check: ${JSON.stringify(errors[0])}`);
    mkdirSync(posts, { recursive: true });
    for (const entry of inContext(checked.days)) writeFileSync(join(posts, `${entry.day.date}.md`), markdownPost(entry, POST_SETTINGS));
    writeFileSync(stampFile, stamp);
  }
  const names = readdirSync(posts);
  const total = names.reduce((sum, name) => sum + readFileSync(join(posts, name)).length, 0);
  return { fulcrum, posts, postBytes: Math.round(total / names.length) };
}

/**
 * Adds the day that a run with one more day would have written (the generator
 * draws day by day, so the first `days` files are unchanged) and returns its
 * path, so the incremental build sees exactly one new file.
 */
export function addOneDay(content: BenchContent, days: number, scratch: string): string {
  rmSync(scratch, { recursive: true, force: true });
  writeSyntheticContent(scratch, BENCH_SITE_YAML, { ...CONTENT_OPTIONS, days: days + 1 });
  const existing = new Set(readdirSync(join(content.fulcrum, 'days')));
  const added = readdirSync(join(scratch, 'days')).find((name) => !existing.has(name));
  if (!added) throw new Error('the generator wrote no new day');
  const target = join(content.fulcrum, 'days', added);
  writeFileSync(target, readFileSync(join(scratch, 'days', added)));
  rmSync(scratch, { recursive: true, force: true });
  return target;
}

/** A sentence with no figure in it, so the edited day still passes the claims check. */
const ADDED_SENTENCE = 'Looking back, the review habits held up well.';

/**
 * Adds a sentence to the prose of the day in the middle of the history (its
 * post, its open data's description unchanged, the lists it is on) and
 * returns what undoes it.
 */
export function editOneDay(content: BenchContent): () => void {
  const days = readdirSync(join(content.fulcrum, 'days')).sort();
  const name = days[Math.floor(days.length / 2)];
  if (name === undefined) throw new Error('there is no day to edit');
  const file = join(content.fulcrum, 'days', name);
  const original = readFileSync(file);
  writeFileSync(file, `${original.toString('utf8').trimEnd()}\n\n${ADDED_SENTENCE}\n`);
  return () => writeFileSync(file, original);
}

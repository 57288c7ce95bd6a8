/**
 * Realistic synthetic day files from a fixed seed, for benchmarks and for
 * looking at the dashboard with years of data. Same seed, same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const PROJECTS = ['Course platform', 'Billing service', 'Docs site', 'CLI tool', 'Search service', 'Mobile app'];
const VERBS = ['fix', 'add', 'refactor', 'migrate', 'document', 'speed up', 'test', 'remove', 'rename', 'split'];
const OBJECTS = [
  'the lesson navigation when the course slug changes',
  'the invoice renderer so totals round once per line',
  'the `sync` command to resume after a dropped connection',
  'the search index builder for very long pages',
  'the settings screen so it keeps unsaved changes',
  'the webhook retry queue and its dead-letter handling',
  'pagination of the instructor dashboard with a stable cursor',
  'the onboarding emails to respect the user time zone',
];
const SENTENCES = [
  'The agent read the surrounding modules before changing anything, which kept the diff small.',
  'I reviewed the tests first and the implementation second, as usual for anything touching money.',
  'Most of the supervision time went into one question about an edge case in the old behaviour.',
  'The estimate assumes the time it would take me to find my way around this part of the code again.',
  'Two tasks needed a second round because the first attempt solved a slightly different problem.',
  'Nothing here was hard, but all of it was the kind of work that fills an afternoon by hand.',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function paragraph(random: () => number): string {
  return Array.from({ length: 4 }, () => pick(random, SENTENCES)).join(' ');
}

export interface SyntheticOptions {
  days: number;
  tasksPerDay: number;
  seed: number;
  /** First date, YYYY-MM-DD. */
  start: string;
}

/** Writes `content/` (site.yaml and days/) into `dir`; returns the number of files written. */
export function writeSyntheticContent(dir: string, siteYaml: string, options: SyntheticOptions): number {
  const random = seededRandom(options.seed);
  const daysDir = join(dir, 'days');
  mkdirSync(daysDir, { recursive: true });
  writeFileSync(join(dir, 'site.yaml'), siteYaml);
  const first = Date.parse(`${options.start}T00:00:00Z`);
  let written = 0;
  for (let offset = 0; written < options.days; offset++) {
    // About one day in seven is not logged, as in a real log.
    if (random() < 0.15) offset++;
    const date = new Date(first + offset * 86_400_000).toISOString().slice(0, 10);
    const tasks = Array.from({ length: options.tasksPerDay }, () => {
      const project = pick(random, PROJECTS);
      const ai = 2 + Math.floor(random() * 60);
      const human = Math.max(0.25, Math.round(ai * (2 + random() * 30)) / 60);
      return [
        `  - title: "${project}: ${pick(random, VERBS)} ${pick(random, OBJECTS)}"`,
        `    human: ${Math.round(human * 100) / 100}h`,
        `    ai: ${ai}m`,
        `    supervision: ${Math.floor(random() * 8)}m`,
        `    tags: [${project.toLowerCase().replace(/ /g, '-')}]`,
      ].join('\n');
    });
    const body = [paragraph(random), '## Analysis', paragraph(random), paragraph(random), paragraph(random)].join('\n\n');
    const file = `---\ndate: ${date}\ntokens: ${Math.floor(random() * 4_000_000)}\ntasks:\n${tasks.join('\n')}\n---\n${body}\n`;
    writeFileSync(join(daysDir, `${date}.md`), file);
    written++;
  }
  return written;
}

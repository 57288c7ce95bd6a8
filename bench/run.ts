/**
 * `npm run bench`: cold builds of Fulcrum and two baselines (a blog in the
 * shape of Astro's starter, and Eleventy) over the same synthetic days,
 * alternating builders run by run, then bench/results.md. Everything it
 * installs, generates or builds stays in bench/.work/ (git-ignored).
 * `--profile N` instead runs one Fulcrum build under V8's CPU profiler.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { eleventyBuilder, fulcrumBuilder, starterBuilder, type Builder, type BuilderId } from './lib/builders.ts';
import { addOneDay, CONTENT_OPTIONS, editOneDay, prepareContent, type BenchContent } from './lib/content.ts';
import { measureDevLatency } from './lib/dev.ts';
import { measure, type Measurement } from './lib/measure.ts';
import { benchmarkMetrics } from './lib/metrics.ts';
import { parseOptions, USAGE, type BenchOptions } from './lib/options.ts';
import { summariseOutput } from './lib/output.ts';
import { formatProfile, summariseProfiles, summariseRoutes } from './lib/profile.ts';
import { installedVersion } from './lib/project.ts';
import { median } from './lib/stats.ts';
import { renderResults, type BenchEnvironment, type IncrementalRecord, type RunRecord } from './lib/report.ts';
import { resultsPath } from './lib/results-path.ts';

const repo = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const work = join(repo, 'bench', '.work');

const contentFor = (days: number) => prepareContent(join(work, 'content', String(days)), days);
const logFile = (name: string) => join(work, 'logs', `${name}.log`);

function makeBuilder(id: BuilderId): Builder {
  if (id === 'fulcrum') return fulcrumBuilder(repo, work);
  if (id === 'starter') return starterBuilder(repo, work);
  return eleventyBuilder(work);
}

function versions(builders: readonly Builder[]): [string, string][] {
  const list: [string, string][] = [
    ['Node', process.version],
    ['Astro', installedVersion(repo, 'astro')],
  ];
  const has = (id: BuilderId) => builders.some((builder) => builder.id === id);
  if (has('starter')) {
    const dir = join(work, 'astro-blog');
    for (const name of ['astro', '@astrojs/mdx', '@astrojs/rss', '@astrojs/sitemap'])
      list.push([`starter ${name}`, installedVersion(dir, name)]);
  }
  if (has('eleventy')) list.push(['Eleventy', installedVersion(join(work, 'eleventy'), '@11ty/eleventy')]);
  return list;
}

const describeRun = (size: number, label: string, { seconds, cpuSeconds, peakBytes }: Measurement, pages: number) =>
  `bench: ${size} days  ${label.padEnd(20)} ${seconds.toFixed(2).padStart(7)} s ${cpuSeconds.toFixed(1).padStart(6)} s CPU ${(peakBytes / 1e6).toFixed(0).padStart(6)} MB ${pages} pages`;

/**
 * Warm builds after a cold one, each starting from the caches the one before
 * left: nothing changed, a day added, that day deleted, a day's prose edited
 * (undone afterwards; the next cold build starts from nothing anyway).
 */
async function warmBuilds(builder: Builder, content: BenchContent, size: number, run: number, record: IncrementalRecord): Promise<void> {
  const timed = async (label: string, days: number) => {
    const measured = await measure(builder.command(), logFile(`fulcrum-${size}-${run}-${label.replaceAll(' ', '-')}`));
    console.log(describeRun(days, `Fulcrum, ${label}`, measured, summariseOutput(builder.outDir, []).pages));
    return measured.seconds;
  };
  record.noop.push(await timed('no change', size));
  const added = addOneDay(content, size, join(work, 'scratch'));
  record.added.push(await timed('day added', size + 1));
  rmSync(added);
  record.removed.push(await timed('day deleted', size));
  const undo = editOneDay(content);
  try {
    record.edited.push(await timed('prose edited', size));
  } finally {
    undo();
  }
}

async function benchmark(options: BenchOptions, argv: readonly string[], results: string): Promise<void> {
  const loadBefore = os.loadavg();
  const builders = options.builders.map(makeBuilder);
  const fulcrum = builders.find((builder) => builder.id === 'fulcrum');
  const runs: RunRecord[] = [];
  const postBytes = new Map<number, number>();
  const incremental: IncrementalRecord[] = fulcrum
    ? options.incremental.map((size) => ({ size, cold: [], noop: [], added: [], removed: [], edited: [] }))
    : [];
  for (const size of options.sizes) {
    console.log(`bench: preparing ${size} days`);
    const content = contentFor(size);
    postBytes.set(size, content.postBytes);
    for (const builder of builders) builder.load(content);
    for (let run = 1; run <= options.runs; run++) {
      for (const builder of builders) {
        builder.clean();
        const measured = await measure(builder.command(), logFile(`${builder.id}-${size}-${run}`));
        const { seconds, peakBytes } = measured;
        const output = summariseOutput(builder.outDir, builder.feeds);
        runs.push({ builder: builder.id, size, seconds, peakBytes, output });
        console.log(describeRun(size, builder.label, measured, output.pages));
        const warm = incremental.find((record) => record.size === size);
        if (builder !== fulcrum || !warm) continue;
        warm.cold.push(seconds);
        await warmBuilds(builder, content, size, run, warm);
      }
    }
  }
  // Leave no benchmark content in the repository's own caches.
  fulcrum?.clean();
  console.log('bench: metrics micro-benchmark');
  const metrics = benchmarkMetrics();
  const environment: BenchEnvironment = {
    date: new Date().toISOString().slice(0, 10),
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadBefore,
    loadAfter: os.loadavg(),
    versions: versions(builders),
    commandLine: `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    runs: options.runs,
    content: `bench/lib/synthetic.ts with seed ${CONTENT_OPTIONS.seed}, ${CONTENT_OPTIONS.tasksPerDay} tasks per day with realistic titles, four paragraphs of prose, from ${CONTENT_OPTIONS.start} with about one date in seven skipped; the baselines get the same days as Markdown posts whose Task Log and Aggregate Statistics are Markdown tables computed by src/lib/metrics.`,
    postBytes,
    builders: builders.map((builder) => ({ id: builder.id, label: builder.label, command: builder.describe() })),
  };
  writeFileSync(results, renderResults({ environment, runs, incremental, metrics }));
  console.log(`bench: wrote ${results}`);
}

/** Export names of the metrics modules: in built chunks only function names say "metrics". */
async function metricsFunctionNames(): Promise<Set<string>> {
  const dir = join(repo, 'src', 'lib', 'metrics');
  const names = new Set(['getSiteStats', 'tasksOf', 'groupByTag']);
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const module: Record<string, unknown> = await import(pathToFileURL(join(dir, file)).href);
    for (const [name, value] of Object.entries(module)) if (typeof value === 'function') names.add(name);
  }
  return names;
}

async function profile(size: number): Promise<void> {
  // Astro's line per route, with its time, is in the build's log only with --verbose (src/cli/build-log.ts).
  const builder = fulcrumBuilder(repo, work, ['--verbose']);
  builder.load(contentFor(size));
  builder.clean();
  const profiles = join(work, 'profile');
  rmSync(profiles, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  const command = builder.command();
  command.env = { ...command.env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profiles}` };
  const log = logFile(`profile-${size}`);
  const measured = await measure(command, log);
  const { timeline } = measured;
  console.log(describeRun(size, 'Fulcrum, profiled', measured, summariseOutput(builder.outDir, []).pages));
  builder.clean();
  const summary = summariseProfiles(profiles, repo, await metricsFunctionNames());
  const routes = summariseRoutes(readFileSync(log, 'utf8'));
  const text = formatProfile(summary, routes, timeline, `Profile of a cold Fulcrum build, ${size} days`);
  writeFileSync(join(profiles, 'summary.md'), text);
  console.log(text);
  console.log(`bench: profiles and summary.md in ${profiles}`);
}

/** Saves timed under `--dev`: enough to see the spread. */
const DEV_SAVES = 5;

async function dev(size: number): Promise<void> {
  const builder = fulcrumBuilder(repo, work);
  const content = contentFor(size);
  builder.clean();
  const log = logFile(`dev-${size}`);
  const { ready, firstPage, saves } = await measureDevLatency(repo, content.fulcrum, work, DEV_SAVES, log);
  builder.clean();
  const seconds = (values: number[]) => values.map((value) => `${value.toFixed(2)} s`).join(', ');
  console.log(`bench: npm run dev with ${size} days: serving after ${ready.toFixed(2)} s; first page in ${firstPage.toFixed(2)} s`);
  console.log(`bench: a saved day file shows on its page after ${seconds(saves)} (median ${median(saves).toFixed(2)} s); log in ${log}`);
}

async function main(argv: string[]): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\nUsage: ${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const results = resultsPath(options.results, repo);
  if (!results.ok) {
    console.error(results.message);
    process.exitCode = 2;
    return;
  }
  mkdirSync(join(work, 'logs'), { recursive: true });
  if (options.profile !== null) await profile(options.profile);
  else if (options.dev !== null) await dev(options.dev);
  else await benchmark(options, argv, results.path);
}

await main(process.argv.slice(2));

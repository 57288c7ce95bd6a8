/** bench/results.md from the runs' figures: nothing here measures anything. */
import type { BuilderId } from './builders.ts';
import type { MetricsBenchmark } from './metrics.ts';
import type { OutputSummary } from './output.ts';
import { median, slope } from './stats.ts';

export interface RunRecord {
  builder: BuilderId;
  size: number;
  seconds: number;
  peakBytes: number;
  output: OutputSummary;
}

/** The warm builds after each cold Fulcrum build at one size, in seconds, each list in run order. */
export interface IncrementalRecord {
  size: number;
  cold: number[];
  /** Built again with nothing changed. */
  noop: number[];
  /** One day added. */
  added: number[];
  /** That day deleted again. */
  removed: number[];
  /** One day's prose edited (a sentence added to a day in the middle of the history). */
  edited: number[];
}

export interface BenchEnvironment {
  /** YYYY-MM-DD: the one clock-derived value in the results. */
  date: string;
  cores: number;
  memoryBytes: number;
  cpu: string;
  platform: string;
  loadBefore: number[];
  loadAfter: number[];
  versions: [name: string, version: string][];
  commandLine: string;
  runs: number;
  content: string;
  postBytes: Map<number, number>;
  builders: { id: BuilderId; label: string; command: string }[];
}

export interface BenchResults {
  environment: BenchEnvironment;
  runs: RunRecord[];
  incremental: IncrementalRecord[];
  metrics: MetricsBenchmark;
}

const MB = 1_000_000;
/** Issue 27's targets for time, memory and warm builds; issue 15's for the cost per page and the metrics. */
const TARGETS = {
  ratio: 1.5,
  msPerPage: 4.5,
  peak4000: 1.3e9,
  peak10000: 2e9,
  added: new Map([
    [1000, 0.15],
    [4000, 0.1],
  ]),
  addedGrowth: 1.5,
  /** A day added costs about the same however long the history: at 4,000 days against 100. */
  addedGrowthSizes: [100, 4000] as const,
  noop: new Map([[1000, 0.1]]),
  metricsMs: 100,
};

const seconds = (value: number) => value.toFixed(2);
const megabytes = (bytes: number) => (bytes / MB).toFixed(0);
const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1);
const ratio = (value: number) => `${value.toFixed(2)}×`;
const count = (value: number) => value.toLocaleString('en-US');
const loads = (values: number[]) => values.map((value) => value.toFixed(2)).join(' / ');

interface Figure {
  seconds: number;
  peakBytes: number;
  pages: number;
  bytes: number;
  feeds: Record<string, number>;
  each: number[];
}

/** Medians over one builder's runs at one size; undefined when it did not run there. */
function figure(runs: readonly RunRecord[], builder: BuilderId, size: number): Figure | undefined {
  const mine = runs.filter((run) => run.builder === builder && run.size === size);
  const last = mine.at(-1);
  if (!last) return undefined;
  return {
    seconds: median(mine.map((run) => run.seconds)),
    peakBytes: median(mine.map((run) => run.peakBytes)),
    pages: last.output.pages,
    bytes: last.output.bytes,
    feeds: last.output.feeds,
    each: mine.map((run) => run.seconds),
  };
}

function header(env: BenchEnvironment): string[] {
  return [
    '# Build benchmark results',
    '',
    `Written by \`${env.commandLine}\` on ${env.date}. Regenerate with the same command; \`bench/README.md\` explains the method.`,
    '',
    `- Machine: ${env.cores} cores (\`os.availableParallelism()\`), ${(env.memoryBytes / 2 ** 30).toFixed(0)} GiB, ${env.cpu}, ${env.platform}.`,
    `- Load average (1 / 5 / 15 min) before: ${loads(env.loadBefore)}; after: ${loads(env.loadAfter)}. Figures from a busy machine are noisy.`,
    `- Versions: ${env.versions.map(([name, version]) => `${name} ${version}`).join(', ')}.`,
    `- Content: ${env.content}`,
    `- Each figure is the median of ${env.runs} cold builds (no output, no caches); builders alternate run by run. Peak memory is the largest sum of resident memory over the whole process tree, sampled every 50 ms. MB = 10⁶ bytes.`,
    `- Commands: ${env.builders.map((builder) => `${builder.label}: ${builder.command}`).join('; ')}.`,
  ];
}

function sizeSection(results: BenchResults, size: number): string[] {
  const { environment: env, runs } = results;
  const rows = env.builders.flatMap(({ id, label }) => {
    const found = figure(runs, id, size);
    if (!found) return [];
    const each = found.each.map(seconds).join(', ');
    return [
      `| ${label} | ${seconds(found.seconds)} | ${megabytes(found.peakBytes)} | ${count(found.pages)} | ${megabytes(found.bytes)} | ${each} |`,
    ];
  });
  const fulcrum = figure(runs, 'fulcrum', size);
  const ratios = (['starter', 'eleventy'] as const).flatMap((other) => {
    const them = figure(runs, other, size);
    if (!fulcrum || !them) return [];
    const name = env.builders.find((builder) => builder.id === other)?.label ?? other;
    return [`| Fulcrum ÷ ${name} | ${ratio(fulcrum.seconds / them.seconds)} | ${ratio(fulcrum.peakBytes / them.peakBytes)} |`];
  });
  const postKb = kilobytes(env.postBytes.get(size) ?? 0);
  return [
    `## ${count(size)} days`,
    '',
    `Markdown posts for the baselines average ${postKb} KB.`,
    '',
    '| Builder | Seconds | Peak MB | HTML pages | Output MB | Each run (s) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    ...(ratios.length > 0 ? ['', '| Ratio | Time | Peak memory |', '| --- | ---: | ---: |', ...ratios] : []),
  ];
}

/** The two sizes the slope is taken between: 1,000 and 4,000 when both ran, else the two largest. */
function slopeSizes(sizes: readonly number[]): [number, number] | undefined {
  if (sizes.includes(1000) && sizes.includes(4000)) return [1000, 4000];
  const [small, large] = [...sizes].sort((a, b) => a - b).slice(-2);
  return small !== undefined && large !== undefined ? [small, large] : undefined;
}

function slopeValues(results: BenchResults, builder: BuilderId, pair: [number, number]) {
  const [a, b] = pair.map((size) => figure(results.runs, builder, size));
  if (!a || !b) return undefined;
  return {
    perPage: slope({ x: a.pages, y: a.seconds * 1000 }, { x: b.pages, y: b.seconds * 1000 }),
    perDay: slope({ x: pair[0], y: a.seconds * 1000 }, { x: pair[1], y: b.seconds * 1000 }),
    pages: [a.pages, b.pages],
  };
}

function slopeSection(results: BenchResults, pair: [number, number]): string[] {
  const rows = results.environment.builders.flatMap(({ id, label }) => {
    const values = slopeValues(results, id, pair);
    if (!values) return [];
    const [from = 0, to = 0] = values.pages;
    return [`| ${label} | ${values.perPage.toFixed(2)} | ${values.perDay.toFixed(2)} | ${count(from)} → ${count(to)} |`];
  });
  return [
    `## Cost per page (slope from ${count(pair[0])} to ${count(pair[1])} days)`,
    '',
    'Extra milliseconds per extra HTML page (and per extra day) between the two sizes; start-up and fixed work cancel out.',
    '',
    '| Builder | ms per page | ms per day | HTML pages |',
    '| --- | ---: | ---: | --- |',
    ...rows,
  ];
}

function feedSection(results: BenchResults, sizes: readonly number[]): string[] {
  const columns = results.environment.builders.flatMap(({ id, label }) =>
    Object.keys(figure(results.runs, id, sizes[0] ?? 0)?.feeds ?? {}).map((feed) => ({ id, title: `${label} ${feed}`, feed })),
  );
  if (columns.length === 0) return [];
  const rows = sizes.map((size) => {
    const cells = columns.map(({ id, feed }) => {
      const bytes = figure(results.runs, id, size)?.feeds[feed];
      return bytes === undefined ? '—' : kilobytes(bytes);
    });
    return `| ${count(size)} | ${cells.join(' | ')} |`;
  });
  return [
    '## Feed sizes (KB)',
    '',
    `| Days | ${columns.map((column) => column.title).join(' | ')} |`,
    `| ---: | ${columns.map(() => '---:').join(' | ')} |`,
    ...rows,
  ];
}

function incrementalSection(records: readonly IncrementalRecord[]): string[] {
  const kinds = [
    ['Nothing changed', (record: IncrementalRecord) => record.noop],
    ['One day added', (record: IncrementalRecord) => record.added],
    ['That day deleted again', (record: IncrementalRecord) => record.removed],
    ["One day's prose edited", (record: IncrementalRecord) => record.edited],
  ] as const;
  const rows = records.flatMap((record) => {
    const cold = median(record.cold);
    return [
      `| ${count(record.size)} | Cold | ${seconds(cold)} | | ${record.cold.map(seconds).join(', ')} |`,
      ...kinds.map(
        ([name, of]) =>
          `| ${count(record.size)} | ${name} | ${seconds(median(of(record)))} | ${ratio(median(of(record)) / cold)} | ${of(record).map(seconds).join(', ')} |`,
      ),
    ];
  });
  return [
    '## Warm builds',
    '',
    "After each cold Fulcrum build at these sizes, Fulcrum builds again with its caches warm (Fulcrum's and Astro's): with nothing changed (which `npm run build` finds out and stops: src/cli/unchanged-build.ts); with one day added (the next the generator would write); with that day deleted again; and with a sentence added to the prose of the day in the middle of the history. The content is restored before the next cold build.",
    '',
    '| Days | Build | Seconds (median) | ÷ cold | Each run (s) |',
    '| ---: | --- | ---: | ---: | --- |',
    ...rows,
  ];
}

function metricsSection(metrics: MetricsBenchmark): string[] {
  return [
    `## Metrics micro-benchmark (${count(metrics.days)} days × ${metrics.tasksPerDay} tasks)`,
    '',
    `Median of ${metrics.iterations} passes in one process, after three untimed ones: **${metrics.medianMs.toFixed(1)} ms**.`,
    '',
    '| Step | Median ms |',
    '| --- | ---: |',
    ...metrics.steps.map((step) => `| ${step.name} | ${step.medianMs.toFixed(2)} |`),
  ];
}

interface Target {
  what: string;
  goal: string;
  measured: string;
  met: boolean;
}

/** The warm builds against their cold ones, and a day added at 4,000 days against 100. */
function warmTargets(records: readonly IncrementalRecord[]): Target[] {
  const list: Target[] = [];
  const bySize = new Map(records.map((record) => [record.size, record]));
  for (const [size, goal] of TARGETS.added) {
    const record = bySize.get(size);
    if (!record) continue;
    const value = median(record.added) / median(record.cold);
    list.push({
      what: `One day added to ${count(size)} days, warm ÷ cold`,
      goal: `≤ ${goal.toFixed(2)}×`,
      measured: ratio(value),
      met: value <= goal,
    });
  }
  const [from, to] = TARGETS.addedGrowthSizes;
  const [smallest, largest] = [bySize.get(from), bySize.get(to)];
  if (smallest && largest) {
    const value = median(largest.added) / median(smallest.added);
    list.push({
      what: `One day added: seconds at ${count(to)} ÷ at ${count(from)} days`,
      goal: `≤ ${TARGETS.addedGrowth.toFixed(1)}×`,
      measured: ratio(value),
      met: value <= TARGETS.addedGrowth,
    });
  }
  for (const [size, goal] of TARGETS.noop) {
    const record = bySize.get(size);
    if (!record) continue;
    const value = median(record.noop) / median(record.cold);
    list.push({
      what: `Nothing changed at ${count(size)} days, warm ÷ cold`,
      goal: `≤ ${goal.toFixed(2)}×`,
      measured: ratio(value),
      met: value <= goal,
    });
  }
  return list;
}

function targets(results: BenchResults, pair: [number, number] | undefined): Target[] {
  const list: Target[] = [];
  for (const size of [1000, 4000]) {
    const fulcrum = figure(results.runs, 'fulcrum', size);
    const starter = figure(results.runs, 'starter', size);
    if (!fulcrum || !starter) continue;
    const value = fulcrum.seconds / starter.seconds;
    list.push({
      what: `Time at ${count(size)} days, Fulcrum ÷ starter`,
      goal: `≤ ${TARGETS.ratio.toFixed(1)}×`,
      measured: ratio(value),
      met: value <= TARGETS.ratio,
    });
  }
  const perPage = pair && slopeValues(results, 'fulcrum', pair)?.perPage;
  if (pair && perPage !== undefined) {
    list.push({
      what: `Fulcrum ms per page (slope ${count(pair[0])} → ${count(pair[1])} days)`,
      goal: `≤ ${TARGETS.msPerPage}`,
      measured: perPage.toFixed(2),
      met: perPage <= TARGETS.msPerPage,
    });
  }
  for (const [size, limit] of [
    [4000, TARGETS.peak4000],
    [10_000, TARGETS.peak10000],
  ] as const) {
    const fulcrum = figure(results.runs, 'fulcrum', size);
    if (!fulcrum) continue;
    list.push({
      what: `Fulcrum peak memory at ${count(size)} days`,
      goal: `≤ ${megabytes(limit)} MB`,
      measured: `${megabytes(fulcrum.peakBytes)} MB`,
      met: fulcrum.peakBytes <= limit,
    });
  }
  const sizes = [...new Set(results.runs.filter((run) => run.builder === 'fulcrum').map((run) => run.size))].sort((a, b) => a - b);
  const smallest = figure(results.runs, 'fulcrum', sizes[0] ?? 0);
  const largest = figure(results.runs, 'fulcrum', sizes.at(-1) ?? 0);
  if (smallest && largest && sizes.length > 1) {
    // "Small however many days": a bounded feed is the same size at every N, give or take a post's length.
    const growth = Math.max(...Object.entries(largest.feeds).map(([feed, bytes]) => bytes / (smallest.feeds[feed] ?? bytes)));
    list.push({
      what: `Fulcrum feeds, ${count(sizes.at(-1) ?? 0)} ÷ ${count(sizes[0] ?? 0)} days`,
      goal: 'bounded (≤ 1.25×)',
      measured: ratio(growth),
      met: growth <= 1.25,
    });
  }
  list.push(...warmTargets(results.incremental));
  list.push({
    what: `Metrics, ${count(results.metrics.days)} days × ${results.metrics.tasksPerDay} tasks`,
    goal: `≤ ${TARGETS.metricsMs} ms`,
    measured: `${results.metrics.medianMs.toFixed(1)} ms`,
    met: results.metrics.medianMs <= TARGETS.metricsMs,
  });
  return list;
}

export function renderResults(results: BenchResults): string {
  const sizes = [...new Set(results.runs.map((run) => run.size))].sort((a, b) => a - b);
  const pair = slopeSizes(sizes);
  const goals = targets(results, pair);
  const sections = [
    header(results.environment),
    [
      '## Targets',
      '',
      '| Target | Goal | Measured | Met |',
      '| --- | --- | --- | --- |',
      ...goals.map((t) => `| ${t.what} | ${t.goal} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`),
    ],
    ...sizes.map((size) => sizeSection(results, size)),
    pair ? slopeSection(results, pair) : [],
    feedSection(results, sizes),
    results.incremental.length > 0 ? incrementalSection(results.incremental) : [],
    metricsSection(results.metrics),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

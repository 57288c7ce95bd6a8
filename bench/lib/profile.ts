/**
 * Where a Fulcrum build spends its time, from two sources: V8 CPU profiles
 * (`node --cpu-prof`), summed by phase, module and function; and Astro's own
 * log, which times every generated route.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export type Totals = [name: string, ms: number][];

export interface ProfileSummary {
  files: number;
  totalMs: number;
  phases: Totals;
  modules: Totals;
  functions: Totals;
}

/**
 * Phases, most specific first: a sample belongs to the first phase that any
 * frame on its stack matches (a social card drawn while a page renders
 * counts as cards). Built chunks keep their source module's name
 * (`chunks/cards_<hash>.mjs`), and our loaders run from src/ unbundled.
 */
function phaseRules(metricsNames: ReadonlySet<string>): [phase: string, test: (frame: CallFrame) => boolean][] {
  return [
    [
      'Social cards (src/cards, opentype.js, resvg)',
      ({ url }) => /\/chunks\/cards_|\/src\/cards\/|node_modules\/(opentype\.js|@resvg)\//.test(url),
    ],
    [
      'Feeds (RSS, Atom, JSON Feed)',
      ({ url }) => /\/chunks\/(rss|atom|feed)_|\/src\/(lib\/feeds|data\/feed|pages\/(rss|atom|feed))/.test(url),
    ],
    ['Open data (JSON, CSV)', ({ url }) => /\/chunks\/(export|days|tasks)_|\/src\/lib\/export/.test(url)],
    ['Metrics (library)', ({ functionName }) => metricsNames.has(functionName)],
    ['Content loading and Markdown (our loaders)', ({ url }) => /\/src\/(loaders|markdown|lib\/source|lib\/schema)\//.test(url)],
    [
      'Page rendering (Astro runtime, our components)',
      ({ url }) => /\/chunks\/server_|prerender-entry|node_modules\/astro\/dist\/runtime\//.test(url),
    ],
    ['Bundling (Vite, Rolldown, esbuild)', ({ url }) => /node_modules\/(vite|rolldown|@rolldown\/[^/]+|esbuild|lightningcss)\//.test(url)],
    ['Garbage collection', ({ functionName }) => functionName === '(garbage collector)'],
    ['Idle (waiting for I/O or child processes)', ({ functionName }) => functionName === '(idle)'],
  ];
}

const OTHER_PHASE = 'Other (start-up, module loading, build orchestration)';

function moduleOf({ url, functionName }: CallFrame, root: string): string {
  if (url === '') return `native ${functionName}`;
  const chunk = /\/chunks\/(.+?)_[\w-]{8}\.mjs$/.exec(url);
  if (chunk) return `built chunk ${chunk[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return `npm ${pkg[1]}`;
  return url.replace(`file://${root}/`, '').replace(/\?.*$/, '');
}

function add<K>(map: Map<K, number>, key: K, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

function sorted(map: Map<string, number>, limit: number): Totals {
  return [...map]
    .map(([name, us]): [string, number] => [name, us / 1000])
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit);
}

/** Sums every `.cpuprofile` in `dir` (one per process or thread that ran). */
export function summariseProfiles(dir: string, root: string, metricsNames: ReadonlySet<string>): ProfileSummary {
  const rules = phaseRules(metricsNames);
  const phases = new Map<string, number>();
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  let total = 0;
  for (const name of files) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    // The best (lowest) rule index on each node's stack, memoised: stacks share their roots.
    const best = new Map<number, number>();
    const phaseIndex = (id: number): number => {
      const known = best.get(id);
      if (known !== undefined) return known;
      const frame = byId.get(id)?.callFrame;
      const own = frame ? rules.findIndex(([, test]) => test(frame)) : -1;
      const above = parent.has(id) ? phaseIndex(parent.get(id) as number) : rules.length;
      const result = Math.min(own === -1 ? rules.length : own, above);
      best.set(id, result);
      return result;
    };
    const self = new Map<number, number>();
    for (const [index, id] of profile.samples.entries()) add(self, id, profile.timeDeltas[index] ?? 0);
    for (const [id, us] of self) {
      const frame = byId.get(id)?.callFrame;
      if (!frame) continue;
      total += us;
      add(phases, rules[phaseIndex(id)]?.[0] ?? OTHER_PHASE, us);
      const module = moduleOf(frame, root);
      add(modules, module, us);
      add(functions, `${frame.functionName || '(anonymous)'} — ${module}${frame.url ? `:${frame.lineNumber + 1}` : ''}`, us);
    }
  }
  return {
    files: files.length,
    totalMs: total / 1000,
    phases: sorted(phases, Infinity),
    modules: sorted(modules, 25),
    functions: sorted(functions, 30),
  };
}

/** Astro's per-route lines ("├─ /og/2020-01-03.png (+27ms)"), summed by route pattern: /page/2/ and /tags/billing/page/2/ count as /page/[page]/ and /tags/[tag]/page/[page]/. */
export function summariseRoutes(log: string): [route: string, count: number, ms: number][] {
  const groups = new Map<string, { count: number; ms: number }>();
  for (const match of log.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    const [, path = '', amount = '0', unit] = match;
    const route = path
      .replace(/\/\d{4}\/\d{2}\/\d{2}\//, '/[year]/[month]/[day]/')
      .replace(/\d{4}-\d{2}-\d{2}/, '[date]')
      .replace(/^\/tags\/[^/]+\//, '/tags/[tag]/')
      .replace(/(^|\/)page\/\d+\//, '$1page/[page]/');
    const group = groups.get(route) ?? { count: 0, ms: 0 };
    group.count += 1;
    group.ms += Number(amount) * (unit === 's' ? 1000 : 1);
    groups.set(route, group);
  }
  return [...groups].map(([route, { count, ms }]): [string, number, number] => [route, count, ms]).sort((a, b) => b[2] - a[2]);
}

function table(title: string, rows: Totals, total: number): string[] {
  return [
    `| ${title} | ms | share |`,
    '| --- | ---: | ---: |',
    ...rows.map(([name, ms]) => `| ${name.replace(/\|/g, '\\|')} | ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)}% |`),
  ];
}

/** Resident memory of the build's process tree, one figure per `step` seconds. */
function memoryOverTime(timeline: readonly [number, number][], step: number): string {
  const marks: string[] = [];
  let next = 0;
  for (const [seconds, bytes] of timeline) {
    if (seconds < next) continue;
    marks.push(`${seconds.toFixed(0)} s: ${(bytes / 1e6).toFixed(0)}`);
    next = seconds + step;
  }
  return marks.join(' · ');
}

export function formatProfile(
  summary: ProfileSummary,
  routes: ReturnType<typeof summariseRoutes>,
  timeline: readonly [number, number][],
  heading: string,
): string {
  const routeTotal = routes.reduce((sum, [, , ms]) => sum + ms, 0);
  return [
    `# ${heading}`,
    '',
    `${summary.files} CPU profile(s), ${summary.totalMs.toFixed(0)} ms of samples. Phase: the most specific phase on a sample's stack.`,
    '',
    ...table('Phase (inclusive)', summary.phases, summary.totalMs),
    '',
    ...table('Module (self time)', summary.modules, summary.totalMs),
    '',
    ...table('Function (self time)', summary.functions, summary.totalMs),
    '',
    `Routes as timed by Astro's log (wall clock, ${routeTotal.toFixed(0)} ms in all):`,
    '',
    '| Route | Files | ms | ms per file |',
    '| --- | ---: | ---: | ---: |',
    ...routes.map(([route, count, ms]) => `| ${route} | ${count} | ${ms.toFixed(0)} | ${(ms / count).toFixed(1)} |`),
    '',
    `Resident memory of the process tree over time (MB): ${memoryOverTime(timeline, 2)}.`,
    '',
  ].join('\n');
}

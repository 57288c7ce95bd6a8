/** `npm run bench -- [options]`: what to build, how often, where to write. */
import { parseArgs } from 'node:util';
import { argsProblem } from '../../src/cli/args.ts';
import type { BuilderId } from './builders.ts';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  builders: BuilderId[];
  /** Sizes whose Fulcrum cold builds are each followed by warm ones (nothing changed, a day added, a day's prose edited); none for none. */
  incremental: number[];
  /** Profile one Fulcrum build of this many days instead of benchmarking; null to benchmark. */
  profile: number | null;
  /** Measure how soon `npm run dev` shows a saved change, with this many days, instead; null to benchmark. */
  dev: number | null;
  results: string;
}

export const USAGE = `npm run bench -- [--sizes 100,1000,4000] [--with-10000] [--runs 3]
                     [--only fulcrum,starter,eleventy] [--incremental all|none|100,1000]
                     [--results bench/results.md]
       npm run bench -- --profile 1000     (one Fulcrum build under --cpu-prof, summarised)
       npm run bench -- --dev 1000         (npm run dev: from saving a day file to its page showing it)`;

const BUILDERS: readonly BuilderId[] = ['fulcrum', 'starter', 'eleventy'];

function positiveIntegers(text: string, flag: string): number[] {
  const values = text.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isSafeInteger(value) || value < 1)) {
    throw new Error(`${flag} takes whole numbers above 0, separated by commas; got "${text}"`);
  }
  return values;
}

const OPTIONS = {
  sizes: { type: 'string', default: '100,1000,4000' },
  'with-10000': { type: 'boolean', default: false },
  runs: { type: 'string', default: '3' },
  only: { type: 'string', default: BUILDERS.join(',') },
  incremental: { type: 'string', default: 'all' },
  results: { type: 'string', default: 'bench/results.md' },
  profile: { type: 'string' },
  dev: { type: 'string' },
} as const;

/** `all` (every size built), `none`, or sizes, each of which must be built. */
function warmSizes(text: string, sizes: readonly number[]): number[] {
  if (text === 'all') return [...sizes];
  if (text === 'none') return [];
  const chosen = positiveIntegers(text, '--incremental');
  const unbuilt = chosen.find((size) => !sizes.includes(size));
  if (unbuilt !== undefined)
    throw new Error(`--incremental ${unbuilt}: that size is not built; add it to --sizes (${sizes.join(',')}) or leave it out`);
  return sizes.filter((size) => chosen.includes(size));
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const problem = argsProblem(argv, OPTIONS);
  if (problem !== undefined) throw new Error(problem);
  const { values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true });
  const sizes = positiveIntegers(values.sizes, '--sizes');
  if (values['with-10000'] && !sizes.includes(10_000)) sizes.push(10_000);
  sizes.sort((a, b) => a - b);
  const [runs = 0] = positiveIntegers(values.runs, '--runs');
  const builders = values.only.split(',').map((name) => name.trim());
  const unknown = builders.find((name) => !BUILDERS.includes(name as BuilderId));
  if (unknown !== undefined) throw new Error(`--only knows ${BUILDERS.join(', ')}; got "${unknown}"`);
  const incremental = warmSizes(values.incremental, sizes);
  const [profile = null] = values.profile === undefined ? [] : positiveIntegers(values.profile, '--profile');
  const [dev = null] = values.dev === undefined ? [] : positiveIntegers(values.dev, '--dev');
  return {
    sizes,
    runs,
    // Always in the same order, so runs alternate F, S, E, F, S, E …
    builders: BUILDERS.filter((id) => builders.includes(id)),
    incremental,
    profile,
    dev,
    results: values.results,
  };
}

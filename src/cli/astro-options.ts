/**
 * The `astro build` options `npm run build` accepts after `--`, turned into
 * the configuration Astro's build() takes: the build runs Astro in its own
 * process, as Astro's command line would, with the same meaning for each.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AstroInlineConfig } from 'astro';

export interface AstroOptions {
  config: AstroInlineConfig;
  /** `--devOutput`: a development build, as `astro dev` transforms code. */
  devOutput: boolean;
}

const OPTIONS = {
  config: { type: 'string' },
  site: { type: 'string' },
  base: { type: 'string' },
  mode: { type: 'string' },
  force: { type: 'boolean' },
  devOutput: { type: 'boolean' },
  verbose: { type: 'boolean' },
  silent: { type: 'boolean' },
} as const;

const ACCEPTED = Object.entries(OPTIONS)
  .map(([name, { type }]) => `--${name}${type === 'string' ? ' <value>' : ''}`)
  .join(', ');

/** The options as Astro's configuration, or what is wrong with them. */
export function astroOptions(args: readonly string[], root: string): AstroOptions | { error: string } {
  // The check, the output folder's safety and the handover to the loaders all read the project
  // the build runs in; Astro given another root would build days nobody checked.
  if (args.some((arg) => arg === '--root' || arg.startsWith('--root='))) {
    return {
      error:
        'npm run build checks and builds the project it runs in, so it takes no --root; run it in the other project instead (cd site && npm run build). Nothing was built.',
    };
  }
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return {
      error: `${(error as Error).message.replace(/\.?$/, '')}. npm run build takes --outDir and these options of astro build: ${ACCEPTED}. Nothing was built.`,
    };
  }
  const config: AstroInlineConfig = {
    root: resolve(root),
    ...(values.config === undefined ? {} : { configFile: values.config }),
    ...(values.site === undefined ? {} : { site: values.site }),
    ...(values.base === undefined ? {} : { base: values.base }),
    ...(values.mode === undefined ? {} : { mode: values.mode }),
    ...(values.force ? { force: true } : {}),
    ...(values.verbose ? { logLevel: 'debug' as const } : values.silent ? { logLevel: 'silent' as const } : {}),
  };
  return { config, devOutput: values.devOutput ?? false };
}

/**
 * What is wrong with the configuration file `--config` names (Astro looks for
 * it below the root, as given), said before Astro starts: Astro's own error
 * for a missing one reaches the author as a stack trace.
 */
export function configProblem(config: AstroInlineConfig): string | undefined {
  const { root, configFile } = config;
  if (typeof configFile !== 'string' || root === undefined || existsSync(join(String(root), configFile))) return undefined;
  return `--config ${configFile}: there is no such file in ${String(root)}; name the configuration file, e.g. --config astro.config.mjs. Nothing was built.`;
}

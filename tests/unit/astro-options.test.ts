/** npm run build runs Astro in its own process: the astro build options it takes become Astro's configuration. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroOptions, configProblem } from '../../src/cli/astro-options.ts';

describe('astroOptions', () => {
  it('gives each accepted option the meaning astro build gives it', () => {
    expect(astroOptions(['--site', 'https://example.com', '--base', '/blog/', '--mode', 'staging', '--force', '--verbose'], '/p')).toEqual({
      config: { root: '/p', site: 'https://example.com', base: '/blog/', mode: 'staging', force: true, logLevel: 'debug' },
      devOutput: false,
    });
    expect(astroOptions(['--config', 'other.config.mjs', '--silent', '--devOutput'], '/p')).toEqual({
      config: { root: '/p', configFile: 'other.config.mjs', logLevel: 'silent' },
      devOutput: true,
    });
  });

  it('builds the project as configured when given nothing', () => {
    expect(astroOptions([], '/p')).toEqual({ config: { root: '/p' }, devOutput: false });
  });

  it('refuses an option it does not know, and says which it takes', () => {
    expect(astroOptions(['--bogus'], '/p')).toEqual({
      error:
        "Unknown option '--bogus'. npm run build takes --outDir and these options of astro build: --config <value>, --site <value>, --base <value>, --mode <value>, --force, --devOutput, --verbose, --silent. Nothing was built.",
    });
  });

  it('refuses --root: the check and the build would read two different projects', () => {
    const message =
      'npm run build checks and builds the project it runs in, so it takes no --root; run it in the other project instead (cd site && npm run build). Nothing was built.';
    expect(astroOptions(['--root', 'site'], '/p')).toEqual({ error: message });
    expect(astroOptions(['--root=site'], '/p')).toEqual({ error: message });
  });

  it('refuses a stray argument: astro build takes no positional ones', () => {
    expect(astroOptions(['dist'], '/p')).toHaveProperty('error');
    expect((astroOptions(['dist'], '/p') as { error: string }).error).toMatch(/^Unexpected argument 'dist'/);
  });
});

describe('configProblem', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'fulcrum-astro-options-'));
    writeFileSync(join(root, 'other.config.mjs'), 'export default {};\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('says, before Astro starts (whose own error is a stack trace), that a --config file does not exist', () => {
    expect(configProblem({ root, configFile: 'othr.config.mjs' })).toBe(
      `--config othr.config.mjs: there is no such file in ${root}; name the configuration file, e.g. --config astro.config.mjs. Nothing was built.`,
    );
  });

  it('has nothing to say about a --config file that exists, or none given', () => {
    expect(configProblem({ root, configFile: 'other.config.mjs' })).toBeUndefined();
    expect(configProblem({ root })).toBeUndefined();
  });
});

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Two projects: `unit` (the library and the post's builders, fast:
 * `npm run test:unit`) and `site` (builds the sample site once, then checks
 * dist/, the CLI and a real browser).
 */
export default getViteConfig(
  {
    test: {
      environment: 'node',
      // `npm run coverage`: the unit tests' line coverage of the Astro-free library, which must not fall below the floor.
      coverage: {
        provider: 'v8',
        include: ['src/lib/**/*.ts'],
        reporter: ['text-summary'],
        thresholds: { lines: 95 },
      },
      projects: [
        {
          extends: true,
          // Unit tests run beside the site project's builds on two cores, where a parse of every source file can take seconds.
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'bench/tests/**/*.test.ts'], testTimeout: 30_000 },
        },
        {
          extends: true,
          test: {
            name: 'site',
            include: ['tests/site/**/*.test.ts'],
            globalSetup: ['tests/support/build-once.ts', 'tests/support/build-workspace.ts'],
            testTimeout: 180_000,
            hookTimeout: 300_000,
            // Site tests build and serve folders of their own; two at once would fight over two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);

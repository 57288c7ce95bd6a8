/**
 * Two clean builds of the same content are byte-identical, even when the
 * second runs with another clock, time zone, locale and a stray BASE_URL in
 * the environment: no build timestamps, random ids or unordered output, dates
 * come from the content and the base path from the configuration.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/page-weight.ts';
import { blogBuild, blogBuildElsewhen } from '../support/extra-builds.ts';

/** The first way two folders differ, in words, or null when they are identical. */
function firstDifference(a: string, b: string): string | null {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const onlyA = filesA.filter((file) => !filesB.includes(file));
  const onlyB = filesB.filter((file) => !filesA.includes(file));
  if (onlyA.length > 0 || onlyB.length > 0)
    return `files only in the first build: [${onlyA.join(', ')}]; only in the second: [${onlyB.join(', ')}]`;
  for (const file of filesA) {
    const bytesA = readFileSync(join(a, file));
    const bytesB = readFileSync(join(b, file));
    if (bytesA.equals(bytesB)) continue;
    let offset = 0;
    while (offset < bytesA.length && bytesA[offset] === bytesB[offset]) offset++;
    const around = (bytes: Buffer) =>
      bytes
        .subarray(Math.max(0, offset - 60), offset + 60)
        .toString('utf8')
        .replaceAll('\n', '\\n');
    return `${file} differs at byte ${offset}:\n  first:  ${around(bytesA)}\n  second: ${around(bytesB)}`;
  }
  return null;
}

test('two clean builds, the second with the clock 1,000 days on, in UTC+14, German and with BASE_URL=/ set, are byte-identical', () => {
  const first = blogBuild();
  const second = blogBuildElsewhen();
  expect(listFiles(first)).toContain('2026/04/22/index.html');
  expect(firstDifference(first, second)).toBeNull();
});

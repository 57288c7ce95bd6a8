/**
 * The Node versions package.json declares are the ones Fulcrum runs on: the
 * scripts run as `node scripts/x.ts`, which needs type stripping on by
 * default (Node 22.18.0 on the 22 line, 23.6.0 on the 23 line), and Astro 7
 * needs 22.12.0. The README's promise says the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;

type Version = [number, number, number];
const version = (text: string): Version => {
  const parts = text.split('.').map(Number);
  expect(parts, `"${text}" is a full version`).toHaveLength(3);
  return parts as Version;
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether `node` satisfies a range of `^x.y.z` and `>=x.y.z` alternatives (the only forms this test reads). */
function satisfies(range: string, node: string): boolean {
  return range.split('||').some((alternative) => {
    const form = /^\s*(\^|>=)(\d+\.\d+\.\d+)\s*$/.exec(alternative);
    expect(form, `"${alternative}" is ^x.y.z or >=x.y.z`).not.toBeNull();
    const [, operator, floor = ''] = form ?? [];
    const wanted = version(floor);
    const given = version(node);
    return compare(given, wanted) >= 0 && (operator === '>=' || given[0] === wanted[0]);
  });
}

describe('engines.node in package.json', () => {
  it.each(['22.18.0', '22.20.1', '23.6.0', '24.0.0', '24.21.0', '26.1.0'])('accepts %s, which strips types by default', (node) => {
    expect(satisfies(engines, node)).toBe(true);
  });

  it.each(['20.19.0', '22.12.0', '22.17.1', '23.0.0', '23.5.0'])('refuses %s, which cannot run node scripts/*.ts as is', (node) => {
    expect(satisfies(engines, node)).toBe(false);
  });
});

it('the README names the same lowest versions', () => {
  expect(read('README.md')).toContain('any Node 22.18 or newer (23.6 or newer on the 23 line)');
});

/** `npm run new`: the template, today's date in the site's time zone, and never overwriting a day. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { contentPaths, type ContentPaths } from '../../src/lib/source/files.ts';
import { createDay, dayTemplate } from '../../src/cli/new-day.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';

const SITE = `title: T
description: D
url: https://example.com/
timeZone: Pacific/Auckland
author: { name: A, bio: B }
footer: { heading: H, body: B }
`;

/** 13:00 UTC on April 22 is already April 23 in Auckland (UTC+12). */
const NOW = new Date('2026-04-22T13:00:00Z');

let root: string;
let paths: ContentPaths;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-new-'));
  paths = contentPaths(root, 'content');
  mkdirSync(paths.dir);
  writeFileSync(paths.site, SITE);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('createDay', () => {
  it("names the day after today's date in the site's time zone", () => {
    expect(createDay(paths, undefined, 'md', NOW)).toEqual({ ok: true, file: 'content/days/2026-04-23.md' });
    expect(readFileSync(join(paths.days, '2026-04-23.md'), 'utf8')).toBe(dayTemplate('2026-04-23', 'md', '../../schemas/day.schema.json'));
  });

  it('writes the date it is given, in the .yaml form when asked', () => {
    expect(createDay(paths, '2026-05-01', 'yaml', NOW)).toEqual({ ok: true, file: 'content/days/2026-05-01.yaml' });
    // Editors find the JSON Schema in Fulcrum's own folder (node_modules/fulcrum/schemas in an author's project).
    const schema = relative(paths.days, join(PROJECT_ROOT, 'schemas', 'day.schema.json'));
    expect(
      readFileSync(join(paths.days, '2026-05-01.yaml'), 'utf8').startsWith(`# yaml-language-server: $schema=${schema}\ndate: 2026-05-01\n`),
    ).toBe(true);
  });

  it('refuses to overwrite a day in either form', () => {
    mkdirSync(paths.days);
    writeFileSync(join(paths.days, '2026-05-01.yaml'), 'kept');
    expect(createDay(paths, '2026-05-01', 'md', NOW)).toEqual({
      ok: false,
      message: 'content/days/2026-05-01.yaml already exists; edit it, or give another date',
    });
    expect(readFileSync(join(paths.days, '2026-05-01.yaml'), 'utf8')).toBe('kept');
    expect(existsSync(join(paths.days, '2026-05-01.md'))).toBe(false);
  });

  it('refuses to write a day that exists with its extension in capitals', () => {
    mkdirSync(paths.days);
    writeFileSync(join(paths.days, '2026-05-01.MD'), 'kept');
    expect(createDay(paths, '2026-05-01', 'md', NOW)).toEqual({
      ok: false,
      message: 'content/days/2026-05-01.MD already exists; edit it, or give another date',
    });
    expect(readdirSync(paths.days)).toEqual(['2026-05-01.MD']);
  });

  it('refuses a date that is not one', () => {
    expect(createDay(paths, '2026-02-30', 'md', NOW)).toEqual({
      ok: false,
      message: '"2026-02-30" is not a date; give it as YYYY-MM-DD, e.g. npm run new 2026-04-22',
    });
  });

  it('refuses a date in a year no day can have, as the check would', () => {
    expect(createDay(paths, '1026-04-22', 'md', NOW)).toEqual({
      ok: false,
      message: '"1026-04-22" is before 1970-01-01; a day is dated from 1970 to 2199, so check the year',
    });
    expect(existsSync(paths.days)).toBe(false);
  });

  it('asks for the date when site.yaml cannot say what today is', () => {
    writeFileSync(paths.site, SITE.replace('Pacific/Auckland', 'Middle Earth'));
    expect(createDay(paths, undefined, 'md', NOW)).toEqual({
      ok: false,
      message:
        "cannot tell today's date in your time zone: content/site.yaml has errors (npm run check lists them); or give the date: npm run new 2026-04-22",
    });
  });
});

describe('dayTemplate', () => {
  const blanks = (file: string) => [
    `${file}:8:12 error tasks[1].title: title is empty; write title: "What was done, in a sentence"`,
    `${file}:9:12 error tasks[1].human: human is empty; write human: 2.5h (what a human would have needed)`,
    `${file}:10:9 error tasks[1].ai: ai is empty; write ai: 7m (the agent's wall-clock time)`,
    `${file}:11:18 error tasks[1].supervision: supervision is empty; write supervision: 2m (your own supervising time)`,
  ];
  const fill = (template: string) =>
    template
      .replace('title: ""', 'title: "Fix the login form"')
      .replace('human: ""', 'human: 1h')
      .replace('ai: ""', 'ai: 17m')
      .replace('supervision: ""', 'supervision: 2m');

  it.each(['md', 'yaml'] as const)('in the .%s form, untouched, is stopped by the check at each blank', (form) => {
    const file = `content/days/2026-04-22.${form}`;
    const template = dayTemplate('2026-04-22', form, '../../schemas/day.schema.json');
    expect(parseDayFile(file, new TextEncoder().encode(template)).diagnostics.map(formatDiagnostic)).toEqual(blanks(file));
  });

  it.each(['md', 'yaml'] as const)('in the .%s form, filled in, is a valid day with prose above and below the tables', (form) => {
    const template = fill(dayTemplate('2026-04-22', form, '../../schemas/day.schema.json'));
    const result = parseDayFile(`content/days/2026-04-22.${form}`, new TextEncoder().encode(template));
    expect(result.diagnostics).toEqual([]);
    expect(result.day?.intro).toMatch(/^What you worked on today/);
    expect(result.day?.rest).toMatch(/^## Analysis\n\nWhat the numbers say/);
  });
});

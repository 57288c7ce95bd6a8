/** The editors' JSON Schemas: current with the zod schemas, and in agreement with the checks. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/lib/duration.ts';
import { DURATION_PATTERN } from '../../src/lib/schema/fields.ts';
import { EDITOR_SCHEMAS, editorSchemaText } from '../../src/lib/schema/json-schema.ts';

describe('schemas/', () => {
  it.each(Object.keys(EDITOR_SCHEMAS))('%s is what npm run schema writes today', (name) => {
    const committed = readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8');
    expect(committed, 'run npm run schema and commit schemas/').toBe(editorSchemaText(EDITOR_SCHEMAS[name]!));
  });
});

describe('the duration pattern editors use', () => {
  it.each([
    '17m',
    '17min',
    '17 min.',
    '17M',
    '2.5h',
    '0.33h',
    '.5h',
    '28h',
    '1h 30m',
    '1h30m',
    '1H 5Min',
    ' 7m ',
    '0m',
    '0.3333h',
    '1.125m',
    '17',
    '17 minutes',
    '17s',
    '-5m',
    '+5m',
    'soon',
    '',
    'h',
    'm',
    '1h 2h',
    '30m 1h',
    '1.23456h',
    '1.2345m',
    '1,5h',
    '1 h 30 m',
  ])('agrees with the duration parser on %j', (text) => {
    expect(new RegExp(DURATION_PATTERN).test(text)).toBe(parseDuration(text).ok);
  });
});

describe('what editors are told', () => {
  const day = JSON.parse(editorSchemaText(EDITOR_SCHEMAS['day.schema.json']!));

  it('knows the keys of a day and of a task, and nothing else', () => {
    expect(Object.keys(day.properties)).toEqual([
      'date',
      'title',
      'updated',
      'description',
      'tokens',
      'draft',
      'tags',
      'summary',
      'tasks',
      'intro',
      'analysis',
    ]);
    expect(Object.keys(day.properties.tasks.items.properties)).toEqual(['title', 'human', 'ai', 'supervision', 'tags', 'session']);
    expect(day.additionalProperties).toBe(false);
    // supervision may be left out of every task of a day that did not log it.
    expect(day.properties.tasks.items.required).toEqual(['title', 'human', 'ai']);
    expect(day.properties.tasks.items.additionalProperties).toBe(false);
  });

  it('expects durations as text with a unit, and says how to write them', () => {
    expect(day.properties.tasks.items.properties.ai).toMatchObject({
      type: 'string',
      pattern: DURATION_PATTERN,
      patternErrorMessage: 'Write a number and a unit: 17m (minutes), 2.5h (hours) or 1h 30m.',
    });
    expect(day.properties.tokens).toMatchObject({ type: 'integer', minimum: 0 });
  });
});

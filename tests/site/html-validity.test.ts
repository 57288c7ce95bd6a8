/** Every page in dist/ is valid HTML by html-validate's recommended rules (plus .htmlvalidate.json, if any). */
import { resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/page-weight.ts';
import { fileOf, PAGE_TYPES } from '../support/page-types.ts';

const DIST = resolve('dist');
const pages = listFiles(DIST).filter((file) => file.endsWith('.html'));
const validator = new HtmlValidate(new FileSystemConfigLoader({ extends: ['html-validate:recommended'] }));

/** "2:14 rule-id: message", enough to find the template that wrote it. */
const describeMessage = ({ line, column, ruleId, message }: Message) => `${line}:${column} ${ruleId}: ${message}`;

test('covers every page type', () => {
  expect(pages).toEqual(expect.arrayContaining(PAGE_TYPES.map(({ path }) => fileOf(path))));
});

describe.each(pages)('%s', (file) => {
  test('has no html-validate errors', async () => {
    const report = await validator.validateFile(resolve(DIST, file));
    expect(report.results.flatMap((result) => result.messages.map(describeMessage))).toEqual([]);
  });
});

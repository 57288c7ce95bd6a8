/**
 * Where a post shows the site's disclaimer: just before the Task Log, whose
 * every figure depends on it, unless site.yaml asks for the end of the post.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseSiteFile } from '../../src/lib/schema/site-file.ts';

const FILE = 'content/site.yaml';
const SITE = `title: Field Notes
description: Daily records of work done with an AI agent
url: https://example.com/
timeZone: Europe/Berlin
author:
  name: Ada Example
  bio: Builds things.
disclaimer: Estimates are mine.
footer:
  heading: Work with me
  body: Get in touch.
`;

const parse = (text: string) => parseSiteFile(FILE, new TextEncoder().encode(text));

describe('disclaimerPlacement in site.yaml', () => {
  it('is before the Task Log unless set', () => {
    expect(parse(SITE).site?.disclaimerPlacement).toBe('before-task-log');
  });

  it('takes end, the place after the prose', () => {
    expect(parse(`${SITE}disclaimerPlacement: end\n`).site?.disclaimerPlacement).toBe('end');
  });

  it('names the places it takes when given another', () => {
    expect(parse(`${SITE}disclaimerPlacement: bottom\n`).diagnostics.map(formatDiagnostic)).toEqual([
      'content/site.yaml:12:22 error disclaimerPlacement: "bottom" is not a place for the disclaimer; write disclaimerPlacement: before-task-log (the default) or end',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { inContext } from '../../src/lib/published/context.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { firstParagraph, markdownPost } from '../lib/markdown.ts';

const DAY = `---
date: 2026-04-22
tokens: 3030000
tasks:
  - title: "Docs: typo"
    human: 0.33h
    ai: 5m
    supervision: 0m
  - title: "Fix the \`sync\` command | retry"
    human: 3h
    ai: 13m
    supervision: 3m
---
Intro paragraph one
spans two lines.

Second intro paragraph.

## Analysis

Closing words.
`;

describe('a day as a plain Markdown post (benchmark baselines)', () => {
  it('writes front matter, prose and both tables with the figures worked out by hand', () => {
    const { day } = parseDayFile('content/days/2026-04-22.md', new TextEncoder().encode(DAY));
    // 3h in 13m: 180 / 13 = 13.85 → 13.8x; 180 / 3 = 60.0x.
    // 0.33h in 5m: 19.8 / 5 = 3.96 → 4.0x; no supervision → —. Ranked by factor, so the second task comes first.
    // Totals: 199.8 min = 3.33 h, shown exactly; 18 agent minutes; 199.8 / 18 = 11.1x; 199.8 / 3 = 66.6x.
    expect(markdownPost(inContext([day!])[0]!, { aiName: 'Claude', language: 'en' })).toBe(`---
title: "Leverage Record: April 22, 2026"
description: "Intro paragraph one spans two lines."
pubDate: 2026-04-22
---
Intro paragraph one
spans two lines.

Second intro paragraph.

## Task Log

| # | Task | Human Est. | Claude | Sup. | Factor | Sup. Factor |
| ---: | --- | ---: | ---: | ---: | ---: | ---: |
| 1 | Fix the \`sync\` command \\| retry | 3h | 13m | 3m | 13.8x | 60.0x |
| 2 | Docs: typo | 0.33h | 5m | 0m | 4.0x | — |

## Aggregate Statistics

| Metric | Value |
| --- | ---: |
| Total tasks | 2 |
| Total human-equivalent hours | 3.33 |
| Total Claude minutes | 18 |
| Total supervisory minutes | 3 |
| Total tokens | 3,030,000 |
| Weighted average leverage factor | 11.1x |
| Weighted average supervisory leverage factor | 66.6x |

## Analysis

Closing words.
`);
  });

  it('takes the description from the first paragraph that is not a heading', () => {
    expect(firstParagraph('\n## Heading\n\nFirst  words\nhere.\n\nSecond.')).toBe('First words here.');
  });
});

/** The profile's summary of Astro's per-route log lines, grouped by route pattern. */
import { describe, expect, it } from 'vitest';
import { summariseRoutes } from '../lib/profile.ts';

describe('summariseRoutes', () => {
  it('groups posts, cards, index pages and the pages of every tag by their pattern, summing their times', () => {
    const log = [
      '  ├─ /2026/04/22/index.html (+12ms)',
      '  ├─ /2026/04/23/index.html (+8ms)',
      '  ├─ /og/2026-04-22.png (+3ms)',
      '  ├─ /page/2/index.html (+2ms)',
      '  ├─ /page/3/index.html (+4ms)',
      '  ├─ /tags/billing/index.html (+30ms)',
      '  ├─ /tags/billing/page/2/index.html (+20ms)',
      '  └─ /tags/c-plus-plus/page/3/index.html (+1.5s)',
    ].join('\n');
    expect(summariseRoutes(log)).toEqual([
      ['/tags/[tag]/page/[page]/index.html', 2, 1520],
      ['/tags/[tag]/index.html', 1, 30],
      ['/[year]/[month]/[day]/index.html', 2, 20],
      ['/page/[page]/index.html', 2, 6],
      ['/og/[date].png', 1, 3],
    ]);
  });
});

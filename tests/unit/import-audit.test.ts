/**
 * The audit of printed figures. Exact values are worked out by hand in the
 * comments; a printed figure agrees when it is the exact value rounded once,
 * half up, to the decimals it prints.
 */
import { describe, expect, it } from 'vitest';
import { aggregateMeaning } from '../../src/cli/import/aggregate.ts';
import { auditDay, differenceLine, type AuditedTask } from '../../src/cli/import/audit.ts';
import { parseDuration } from '../../src/lib/duration.ts';
import { dayMetrics } from '../../src/lib/metrics/day-metrics.ts';

function cs(text: string): number {
  const parsed = parseDuration(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.cs;
}

function task(row: number, human: string, ai: string, supervision: string, printed: AuditedTask['printed']): AuditedTask {
  return { row, human: cs(human), ai: cs(ai), supervision: cs(supervision), written: { human, ai, supervision }, printed };
}

const HEADERS = { factor: 'Factor', supervisionFactor: 'Sup. Factor', weeks: 'Weeks' };

function audit(tasks: AuditedTask[], aggregate: [string, string][] = []) {
  return auditDay({
    tasks,
    totals: dayMetrics(tasks, null).totals,
    headers: HEADERS,
    aggregate: aggregate.map(([label, value]) => ({ label, meaning: aggregateMeaning(label), value })),
  });
}

function lines(result: ReturnType<typeof audit>): string[] {
  return result.differences.map((difference) => differenceLine('post.html', difference));
}

describe('a task row', () => {
  it('reports a factor rounded twice: 3h in 13m is 13.846…, 13.8x, not 13.9x', () => {
    const result = audit([task(2, '3h', '13m', '1m', { factor: '13.9x', supervisionFactor: '180.0x' })]);
    expect(lines(result)).toEqual(['post.html: row 2, Factor: printed 13.9x, computed 13.8x (3h in 13m = 13.846…)']);
    expect(result.comparisons).toHaveLength(2);
  });

  it.each([
    // 13.846… to one decimal is 13.8, to two 13.85, to none 14.
    ['13.8x', true],
    ['13.85x', true],
    ['14x', true],
    ['13x', false],
    ['13.84x', false],
    ['13.9', false],
    ['13.8', true],
    ['fast', false],
    ['—', false],
  ])('3h in 13m printed as %s agrees: %s', (printed, agrees) => {
    expect(audit([task(1, '3h', '13m', '1m', { factor: printed })]).differences.length === 0).toBe(agrees);
  });

  it('lets a less precise figure agree when it is the exact value correctly rounded: 12.7h in 25m is 30.48', () => {
    // 762 min / 25 min = 30.48: 30x agrees, 31x does not, 30.5x agrees.
    expect(audit([task(1, '12.7h', '25m', '5m', { factor: '30x', supervisionFactor: '152x' })]).differences).toEqual([]);
    expect(audit([task(1, '12.7h', '25m', '5m', { factor: '30.5x' })]).differences).toEqual([]);
    expect(lines(audit([task(1, '12.7h', '25m', '5m', { factor: '31x' })]))).toEqual([
      'post.html: row 1, Factor: printed 31x, computed 30x (12.7h in 25m = 30.48)',
    ]);
  });

  it('rounds an exact half up: 16.83h over 4m is 252.45, so 252.5x', () => {
    // 1009.8 min / 4 min = 252.45 exactly.
    const tasks = [task(1, '16.83h', '47m', '4m', { supervisionFactor: '252.5x' })];
    expect(audit(tasks).differences).toEqual([]);
    expect(lines(audit([task(1, '16.83h', '47m', '4m', { supervisionFactor: '252.4x' })]))).toEqual([
      'post.html: row 1, Sup. Factor: printed 252.4x, computed 252.5x (16.83h over 4m of supervision = 252.45)',
    ]);
  });

  it('accepts a dash, and only a dash, where supervision was 0m', () => {
    expect(audit([task(4, '0.33h', '5m', '0m', { factor: '4.0x', supervisionFactor: '—' })]).differences).toEqual([]);
    expect(lines(audit([task(4, '0.33h', '5m', '0m', { supervisionFactor: '0.0x' })]))).toEqual([
      'post.html: row 4, Sup. Factor: printed 0.0x, computed — (0.33h over 0m of supervision: no value)',
    ]);
    expect(lines(audit([task(4, '0.33h', '5m', '1m', { supervisionFactor: '—' })]))).toEqual([
      'post.html: row 4, Sup. Factor: printed —, computed 19.8x (0.33h over 1m of supervision = 19.8)',
    ]);
  });

  it('checks a Weeks column as human hours over a 40-hour week, at the precision printed', () => {
    // 16h / 40h = 0.4; 6h / 40h = 0.15; 5h / 40h = 0.125, which is 0.13 at two decimals and 0.1 at one.
    expect(
      audit([
        task(1, '16h', '15m', '2m', { weeks: '0.40w' }),
        task(2, '6h', '12m', '2m', { weeks: '0.15w' }),
        task(3, '5h', '10m', '1m', { weeks: '0.13w' }),
        task(4, '5h', '10m', '1m', { weeks: '0.1' }),
      ]).differences,
    ).toEqual([]);
    expect(lines(audit([task(1, '16h', '15m', '2m', { weeks: '0.3w' })]))).toEqual([
      'post.html: row 1, Weeks: printed 0.3w, computed 0.4w (16h ÷ 40h = 0.4)',
    ]);
  });
});

describe('the Aggregate Statistics', () => {
  // 12h + 3h + 1.5h + 0.33h = 16.83h = 1009.8 min; 20 + 13 + 9 + 5 = 47 min; 2 + 1 + 1 + 0 = 4 min.
  const day = [
    task(1, '12h', '20m', '2m', {}),
    task(2, '3h', '13m', '1m', {}),
    task(3, '1.5h', '9m', '1m', {}),
    task(4, '0.33h', '5m', '0m', {}),
  ];

  it('agrees with correct totals and weighted averages (1009.8 / 47 = 21.485…, 1009.8 / 4 = 252.45)', () => {
    const result = audit(day, [
      ['Total tasks', '4'],
      ['Total human-equivalent hours', '16.8'],
      ['Total Claude minutes', '47'],
      ['Total supervisory minutes', '4'],
      ['Total tokens', '~867,500'],
      ['Weighted average leverage factor', '21.5x'],
      ['Weighted average supervisory leverage factor', '252.5x'],
    ]);
    expect(result.differences).toEqual([]);
    expect(result.comparisons.map((comparison) => comparison.label)).toEqual([
      'Total tasks',
      'Total human-equivalent hours',
      'Total Claude minutes',
      'Total supervisory minutes',
      'Weighted average leverage factor',
      'Weighted average supervisory leverage factor',
    ]);
  });

  it('reports each wrong total with its exact value', () => {
    const result = audit(day, [
      ['Total tasks', '5'],
      ['Total human-equivalent hours', '16.9'],
      ['Total Claude minutes', '48'],
      ['Weighted average leverage factor', '16.0x'],
      ['Weighted average supervisory leverage factor', '—'],
    ]);
    expect(lines(result)).toEqual([
      'post.html: Total tasks: printed 5, computed 4 (4 rows in the Task Log)',
      'post.html: Total human-equivalent hours: printed 16.9, computed 16.8 (sum of 4 tasks = 16.83h)',
      'post.html: Total Claude minutes: printed 48, computed 47 (sum of 4 tasks = 47m)',
      'post.html: Weighted average leverage factor: printed 16.0x, computed 21.5x (16.83h in 47m = 21.485…)',
      'post.html: Weighted average supervisory leverage factor: printed —, computed 252.5x (16.83h over 4m of supervision = 252.45)',
    ]);
  });

  it('checks both figures of "45h (5.6 working days)" and "50m (0.8h)", and leaves approximate ones alone', () => {
    // 45h / 8h = 5.625, 5.6 at one decimal; 50 min = 0.8333… h, 0.8 at one decimal.
    const tasks = [task(1, '30h', '25m', '4m', {}), task(2, '10h', '15m', '2m', {}), task(3, '5h', '10m', '1m', {})];
    const result = audit(tasks, [
      ['Human-equivalent hours', '45h (5.6 working days)'],
      ['Claude wall-clock time', '50m (0.9h)'],
      ['Human-equivalent weeks', '~1.1'],
      ['Median factor', '40.0x'],
    ]);
    expect(lines(result)).toEqual(['post.html: Claude wall-clock time (hours): printed 0.9h, computed 0.8h (sum of 3 tasks = 0.833…h)']);
    expect(result.comparisons).toHaveLength(4);
    expect(result.notChecked).toEqual([
      'Human-equivalent weeks: ~1.1 (printed as approximate)',
      'Median factor (not a figure Fulcrum computes)',
    ]);
  });
});

describe('the wording of a difference', () => {
  it('shows the computed value at the precision printed: 3h ÷ 40h = 0.075, so 0.08w beside a printed 0.07w', () => {
    expect(lines(audit([task(1, '3h', '10m', '1m', { weeks: '0.07w' })]))).toEqual([
      'post.html: row 1, Weeks: printed 0.07w, computed 0.08w (3h ÷ 40h = 0.075)',
    ]);
    // 3h in 7m = 25.714…: 25.71 at two decimals.
    expect(lines(audit([task(1, '3h', '7m', '1m', { factor: '25.70x' })]))).toEqual([
      'post.html: row 1, Factor: printed 25.70x, computed 25.71x (3h in 7m = 25.714…)',
    ]);
  });

  it('keeps the space before a unit printed as a word: 85h ÷ 8h = 10.625, computed 10.6 days', () => {
    expect(lines(audit([task(1, '85h', '60m', '5m', {})], [['Working days', '10.5 days']]))).toEqual([
      'post.html: Working days: printed 10.5 days, computed 10.6 days (85h ÷ 8h = 10.625)',
    ]);
  });

  it('counts one row in the singular', () => {
    expect(lines(audit([task(1, '2h', '10m', '1m', {})], [['Total tasks', '2']]))).toEqual([
      'post.html: Total tasks: printed 2, computed 1 (1 row in the Task Log)',
    ]);
  });

  it('labels a second figure of a row with what it counts: 60h is 7.5 working days, not 7.6', () => {
    const result = audit([task(1, '60h', '90m', '5m', {})], [['Human-equivalent hours', '60h (7.6 working days)']]);
    expect(result.comparisons.map((comparison) => [comparison.label, comparison.agrees])).toEqual([
      ['Human-equivalent hours', true],
      ['Human-equivalent hours (working days)', false],
    ]);
    expect(lines(result)).toEqual([
      'post.html: Human-equivalent hours (working days): printed 7.6 working days, computed 7.5 working days (60h ÷ 8h = 7.5)',
    ]);
  });
});

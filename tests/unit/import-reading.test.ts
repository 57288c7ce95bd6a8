/**
 * Reading published posts: column headers and aggregate labels by meaning,
 * dates from the places a page prints them, and figures as printed.
 */
import { describe, expect, it } from 'vitest';
import { aggregateMeaning } from '../../src/cli/import/aggregate.ts';
import { columnMeaning, mapColumns, missingColumns } from '../../src/cli/import/columns.ts';
import { chooseDate, dateInPath, dateInText } from '../../src/cli/import/post-date.ts';
import { figuresIn, isNoValue, tokenCount } from '../../src/cli/import/figures.ts';

describe('Task Log headers, by meaning', () => {
  it.each([
    ['#', 'rank'],
    ['Task', 'task'],
    ['Human Est.', 'human'],
    ['Human', 'human'],
    ['Human estimate (h)', 'human'],
    ['Claude', 'ai'],
    ['AI', 'ai'],
    ['Agent time', 'ai'],
    ['Sup.', 'supervision'],
    ['Supv.', 'supervision'],
    ['Supervision', 'supervision'],
    ['Factor', 'factor'],
    ['LF', 'factor'],
    ['Sup. Factor', 'supervisionFactor'],
    ['Supv. Factor', 'supervisionFactor'],
    ['SLF', 'supervisionFactor'],
    ['Weeks', 'weeks'],
    ['Notes', undefined],
  ])('%s means %s', (header, meaning) => {
    expect(columnMeaning(header)).toBe(meaning);
  });

  it("takes the site's own agent name as the agent's column", () => {
    expect(columnMeaning('Codex')).toBe('ai');
    expect(columnMeaning('Robo')).toBeUndefined();
    expect(columnMeaning('Robo', 'Robo')).toBe('ai');
  });

  it('maps columns wherever they are, and lists the ones it does not import', () => {
    const map = mapColumns(['Task', 'LF', 'Supv.', 'AI', 'Human', '#', 'Notes']);
    expect(map.index).toEqual({ task: 0, factor: 1, supervision: 2, ai: 3, human: 4, rank: 5 });
    expect(map.unknown).toEqual(['Notes']);
  });

  it('needs Task, Human and the agent, and supervision or the factor it can come from', () => {
    expect(missingColumns(mapColumns(['#', 'Task', 'Claude', 'Sup.']))).toEqual(['human']);
    expect(missingColumns(mapColumns(['Task', 'Human Est.', 'Claude', 'Weeks', 'Sup. Factor']))).toEqual([]);
    expect(missingColumns(mapColumns(['Task', 'Human Est.', 'Claude', 'Factor']))).toEqual(['supervision']);
  });
});

describe('Aggregate Statistics labels, by meaning', () => {
  it.each([
    ['Total tasks', 'tasks'],
    ['Total human-equivalent hours', 'human'],
    ['Human-equivalent hours', 'human'],
    ['Total Claude minutes', 'ai'],
    ['Claude wall-clock time', 'ai'],
    ['Total AI minutes', 'ai'],
    ['Total supervisory minutes', 'supervision'],
    ['Supervisory time', 'supervision'],
    ['Total tokens', 'tokens'],
    ['Tokens consumed', 'tokens'],
    ['Weighted average leverage factor', 'leverage'],
    ['Weighted avg leverage factor', 'leverage'],
    ['Weighted average supervisory leverage factor', 'supervisionLeverage'],
    ['Weighted avg supervisory factor', 'supervisionLeverage'],
    // The same words as the Task Log's headers: SLF's "Supv.", "multiplier" for factor.
    ['Supv. multiplier', 'supervisionLeverage'],
    ['Weighted leverage multiplier', 'leverage'],
    ['Total Codex minutes', 'ai'],
    ['Human-equivalent weeks', 'weeks'],
    ['Working days', 'days'],
    ['Metric', undefined],
    ['Median factor', undefined],
    ['Highest factor', undefined],
  ])('%s means %s', (label, meaning) => {
    expect(aggregateMeaning(label)).toBe(meaning);
  });
});

describe('dates', () => {
  it.each([
    ['Leverage Record: April 22, 2026', '2026-04-22'],
    ['Leverage Record: Apr 2 2026', '2026-04-02'],
    ['TIME RECORD MAR 4, 2026', '2026-03-04'],
    ['22 April 2026', '2026-04-22'],
    ['September 3rd, 2026', '2026-09-03'],
    ['2026-04-22T18:40:00+02:00', '2026-04-22'],
    ['Leverage Record: February 30, 2026', undefined],
    ['Leverage Record', undefined],
  ])('%s is %s', (text, date) => {
    expect(dateInText(text)).toBe(date);
  });

  it.each([
    ['/posts/2026/04/22/leverage/', '2026-04-22'],
    ['/posts/2026/2026-03-02-leverage-record.html', '2026-03-02'],
    ['leverage-record-march-5-2026.html', '2026-03-05'],
    ['notes.html', undefined],
  ])('the address or file name %s gives %s', (path, date) => {
    expect(dateInPath(path)).toBe(date);
  });

  it('trusts the title, then <time>, then the address, then the file name, and names the ones that disagree', () => {
    const chosen = chooseDate([
      { from: 'file name', text: '2026-03-01.html', date: '2026-03-01' },
      { from: 'url', text: '/2026/03/02/', date: '2026-03-02' },
      { from: 'time', text: '<time> 2026-03-03', date: '2026-03-03' },
      { from: 'title', text: 'Leverage Record: March 2, 2026', date: '2026-03-02' },
    ]);
    expect(chosen?.date).toBe('2026-03-02');
    expect(chosen?.from).toBe('title');
    expect(chosen?.disagreeing.map((candidate) => candidate.from)).toEqual(['time', 'file name']);
    expect(chooseDate([{ from: 'file name', text: '2026-03-01.md', date: '2026-03-01' }])?.from).toBe('file name');
    expect(chooseDate([])).toBeUndefined();
  });
});

describe('printed figures', () => {
  it('keeps the digits and the decimals printed', () => {
    expect(figuresIn('13.9x')).toEqual([{ text: '13.9x', units: 139, decimals: 1, unit: 'x', approximate: false }]);
    expect(figuresIn('180x')).toEqual([{ text: '180x', units: 180, decimals: 0, unit: 'x', approximate: false }]);
    expect(figuresIn('1,300.0×')).toEqual([{ text: '1,300.0×', units: 13000, decimals: 1, unit: 'x', approximate: false }]);
    expect(figuresIn('0.40w')).toEqual([{ text: '0.40w', units: 40, decimals: 2, unit: 'weeks', approximate: false }]);
  });

  it('reads a value with another unit in parentheses as two figures', () => {
    expect(figuresIn('60h (7.5 working days)').map((figure) => [figure.units, figure.decimals, figure.unit])).toEqual([
      [60, 0, 'hours'],
      [75, 1, 'days'],
    ]);
    expect(figuresIn('85m (1.4h)').map((figure) => [figure.text, figure.unit])).toEqual([
      ['85m', 'minutes'],
      ['1.4h', 'hours'],
    ]);
  });

  it('reads token counts in both printed forms, approximate or not', () => {
    expect(tokenCount('~867,500')).toBe(867_500);
    expect(tokenCount('3,030,000')).toBe(3_030_000);
    expect(tokenCount('1.2M')).toBeUndefined();
    expect(figuresIn('~867,500')[0]?.approximate).toBe(true);
  });

  it('knows the ways a table prints "no value"', () => {
    for (const cell of ['—', '-', '–', 'n/a', 'N/A', '∞', '']) expect(isNoValue(cell)).toBe(true);
    expect(isNoValue('0.0x')).toBe(false);
  });
});

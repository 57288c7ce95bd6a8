/** The last line of `npm run check`, and its JSON. */
import { describe, expect, it } from 'vitest';
import { jsonReport, summaryLine, textReport, type CheckReport } from '../../src/cli/check-command.ts';

const report = (overrides: Partial<CheckReport>): CheckReport => ({
  ok: true,
  errors: 0,
  warnings: 0,
  summary: { days: 9, drafts: 1, tasks: 63, first: '2026-04-14', last: '2026-04-24' },
  diagnostics: [],
  ...overrides,
});

const warning = { file: 'content/days/a.md', line: 3, column: 9, severity: 'warning', path: 'tasks[1].ai', message: 'w' } as const;
const error = { ...warning, severity: 'error', message: 'e' } as const;

describe('summaryLine', () => {
  it('sums up a clean run: days, drafts, tasks, first and last date', () => {
    expect(summaryLine(report({}))).toBe('Checked 9 days (1 draft) with 63 tasks, 2026-04-14 to 2026-04-24: no problems.');
  });

  it('says a single day and no days plainly', () => {
    const one = { days: 1, drafts: 0, tasks: 1, first: '2026-04-22', last: '2026-04-22' };
    expect(summaryLine(report({ summary: one }))).toBe('Checked 1 day with 1 task, 2026-04-22: no problems.');
    const none = { days: 0, drafts: 0, tasks: 0, first: null, last: null };
    expect(summaryLine(report({ summary: none }))).toBe('Checked no days yet (npm run new writes one): no problems.');
  });

  it('counts warnings on a clean run', () => {
    expect(summaryLine(report({ warnings: 2, diagnostics: [warning, warning] }))).toBe(
      'Checked 9 days (1 draft) with 63 tasks, 2026-04-14 to 2026-04-24: no errors, 2 warnings.',
    );
  });

  it('groups the digits of a large count as every figure is grouped', () => {
    const years = { days: 1461, drafts: 0, tasks: 10227, first: '2023-01-01', last: '2026-12-31' };
    expect(summaryLine(report({ summary: years, warnings: 1200 }))).toBe(
      'Checked 1,461 days with 10,227 tasks, 2023-01-01 to 2026-12-31: no errors, 1,200 warnings.',
    );
  });

  it('counts errors, warnings and files when something is wrong', () => {
    const diagnostics = [error, { ...error, file: 'content/site.yaml' }, warning];
    expect(summaryLine(report({ ok: false, errors: 2, warnings: 1, diagnostics }))).toBe('Found 2 errors and 1 warning in 2 files.');
  });
});

describe('reports', () => {
  it('prints one line per problem, then the summary', () => {
    expect(textReport(report({ ok: false, errors: 1, diagnostics: [error] }))).toBe(
      'content/days/a.md:3:9 error tasks[1].ai: e\nFound 1 error in 1 file.',
    );
  });

  it('gives editors and CI the same as JSON', () => {
    expect(JSON.parse(jsonReport(report({ ok: false, errors: 1, diagnostics: [error] })))).toEqual({
      ok: false,
      errors: 1,
      warnings: 0,
      summary: { days: 9, drafts: 1, tasks: 63, first: '2026-04-14', last: '2026-04-24' },
      diagnostics: [{ file: 'content/days/a.md', line: 3, column: 9, severity: 'error', path: 'tasks[1].ai', message: 'e' }],
    });
  });
});

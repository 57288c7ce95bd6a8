/** What only shows across files: two files for one date, and all problems of all files in one run. */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { checkDayFiles } from '../../src/lib/project/check-project.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const TASKS = 'tasks:\n  - title: Fix it\n    human: 1h\n    ai: 17m\n    supervision: 2m\n';
const markdownDay = (date: string, tasks = TASKS) => encode(`---\ndate: ${date}\n${tasks}---\nProse.\n`);
const yamlDay = (date: string) => encode(`date: ${date}\n${TASKS}analysis: |\n  ## Analysis\n\n  Went well.\n`);

describe('checkDayFiles', () => {
  it('reads both forms into the same shape, sorted by date', () => {
    const { days, diagnostics } = checkDayFiles([
      { file: 'content/days/2026-04-23.yaml', bytes: yamlDay('2026-04-23') },
      { file: 'content/days/2026-04-22.md', bytes: markdownDay('2026-04-22') },
    ]);
    expect(diagnostics).toEqual([]);
    expect(days.map((day) => [day.date, day.frontmatter.tasks[0]?.ai, day.rest, day.restLine])).toEqual([
      ['2026-04-22', 102_000, '', 11],
      ['2026-04-23', 102_000, '## Analysis\n\nWent well.', 8],
    ]);
  });

  it('reports two files for the same date, even when one of them has errors', () => {
    const { days, diagnostics } = checkDayFiles([
      { file: 'content/days/2026-04-22.yaml', bytes: encode('date: 2026-04-22\ntasks: []\n') },
      { file: 'content/days/2026-04-22.md', bytes: markdownDay('2026-04-22') },
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.yaml:1:1 error content/days/2026-04-22.md is already the day 2026-04-22; keep one of the two files',
      'content/days/2026-04-22.yaml:2:8 error tasks: tasks is empty; a day needs at least one task (title, human, ai, supervision)',
    ]);
    expect(days.map((day) => day.file)).toEqual(['content/days/2026-04-22.md']);
  });

  it('reports every problem in every file in one run, file by file, top to bottom', () => {
    const { diagnostics } = checkDayFiles([
      {
        file: 'content/days/2026-04-23.md',
        bytes: markdownDay('2026-04-23', TASKS.replace('ai: 17m', 'ai: 17').replace('human: 1h', 'human: 1 hour')),
      },
      { file: 'content/days/2026-04-22.md', bytes: markdownDay('2026-04-22', TASKS.replace('title:', 'tittle:')) },
      { file: 'content/days/2026-04-24.yml', bytes: yamlDay('2026-04-24') },
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.md:4:5 error tasks[1].tittle: unknown key "tittle"; did you mean title?',
      'content/days/2026-04-23.md:5:12 error tasks[1].human: "1 hour" has an unknown unit "hour"; use h (hours) or m (minutes), e.g. 1m or 1h',
      'content/days/2026-04-23.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)',
      'content/days/2026-04-24.yml:1:1 error day files written in YAML end in .yaml, not .yml; rename 2026-04-24.yml to 2026-04-24.yaml',
    ]);
  });
});

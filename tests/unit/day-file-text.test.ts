/**
 * What an author may write in a day's text fields and prose beyond the
 * schema: metric references only where they are filled in, and the exact
 * line and column the check prints for each refusal.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseDayFile } from '../../src/lib/source/day-file.ts';
import { renderInlineMarkdown } from '../../src/markdown/render.ts';

const FILE = 'content/days/2026-04-22.md';

function check(text: string, file = FILE): string[] {
  return parseDayFile(file, new TextEncoder().encode(text)).diagnostics.map(formatDiagnostic);
}

/** A Markdown day with one task titled `title` (a YAML value as typed) and `prose` below the front matter. */
function day(title: string, prose = 'What happened.\n', head = ''): string {
  return `---\ndate: 2026-04-22\n${head}tasks:\n  - title: ${title}\n    human: 1h\n    ai: 17m\n    supervision: 2m\n---\n${prose}`;
}

describe('metric references in a task title', () => {
  it('are refused at the title: they work only in the prose', () => {
    expect(check(day('"Hit :metric[leverage] on the billing fix"'))).toEqual([
      'content/days/2026-04-22.md:4:12 error tasks[1].title: :metric[leverage] works only in the prose above and below the tables, not in a task title (its own figures are in its row of the Task Log); write the text instead, or move the reference into the prose',
    ]);
  });

  it('are fine as typed inside code', () => {
    expect(check(day('"Document the `:metric[name]` syntax"'))).toEqual([]);
  });

  it('show as typed if a title ever reaches the renderer with one', async () => {
    expect(await renderInlineMarkdown('Hit :metric[leverage] and ::summary')).toBe('Hit :metric[leverage] and ::summary');
  });
});

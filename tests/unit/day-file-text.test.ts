/**
 * What an author may write in a day's text fields and prose beyond the
 * schema: metric references only where they are filled in, and the exact
 * line and column the check prints for each refusal.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { inlineHtml } from '../support/markdown-html.ts';

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
    expect(await inlineHtml('Hit :metric[leverage] and ::summary')).toBe('Hit :metric[leverage] and ::summary');
  });
});

describe('control characters', () => {
  const ESC = '\u001b';

  it('are refused in a title at the character itself, typed raw (a pasted terminal colour code)', () => {
    expect(check(day('Fix the form', undefined, `title: "Red ${ESC}[31malert${ESC}[0m"\n`))).toEqual([
      'content/days/2026-04-22.md:3:13 error title: the text contains U+001B (escape, left by a pasted terminal colour code), a control character that pages and feeds cannot carry; delete it',
    ]);
  });

  it('are refused where YAML writes them as escapes: \\e, \\x01, \\u0007', () => {
    expect(check(day('"Fix \\x01 the form"', undefined, 'title: "Red \\e[31malert"\ndescription: "Ding \\u0007"\n'))).toEqual([
      'content/days/2026-04-22.md:3:13 error title: the text contains U+001B (escape, left by a pasted terminal colour code), a control character that pages and feeds cannot carry; delete it',
      'content/days/2026-04-22.md:4:20 error description: the text contains U+0007 (bell), a control character that pages and feeds cannot carry; delete it',
      'content/days/2026-04-22.md:6:17 error tasks[1].title: the text contains U+0001, a control character that pages and feeds cannot carry; delete it',
    ]);
  });

  it('are refused in tags, and in characters XML has no place for (U+FFFE, a lone surrogate)', () => {
    expect(check(day('Fix the form', undefined, 'tags: [billing, "a\\x7Fb", "\\uFFFE", "\\uD800"]\n'))).toEqual([
      'content/days/2026-04-22.md:3:19 error tags[2]: the text contains U+007F (delete), a control character that pages and feeds cannot carry; delete it',
      'content/days/2026-04-22.md:3:28 error tags[3]: the text contains U+FFFE, which is not a character; delete it',
      'content/days/2026-04-22.md:3:38 error tags[4]: the text contains U+D800, half of a character (a lone surrogate); delete it',
    ]);
  });

  it('refuses a tab or a line break in a one-line field, and says how to write it', () => {
    expect(check(day('"Fix\tthe form"', undefined, 'description: |\n  Line one\n  line two\n'))).toEqual([
      'content/days/2026-04-22.md:3:14 error description: the text contains a line break, but this is one line of text; write it on one line (in YAML, a block written with > instead of | joins its lines with spaces)',
      'content/days/2026-04-22.md:7:16 error tasks[1].title: the text contains a tab, but this is one line of text; replace the tab with a space',
    ]);
  });

  it('refuses them in the Markdown prose at their line and column; tabs and line breaks are fine there', () => {
    expect(check(day('Fix the form', `Intro\twith a tab.\n\nA bell ${'\u0007'} and a form feed ${'\f'}.\n`))).toEqual([
      'content/days/2026-04-22.md:11:8 error prose: the text contains U+0007 (bell), a control character that pages and feeds cannot carry; delete it',
    ]);
  });

  it('refuses them in the prose of a YAML day, where tabs and line breaks are fine', () => {
    const yaml = `date: 2026-04-22\ntasks:\n  - title: A\n    human: 1h\n    ai: 17m\n    supervision: 2m\nintro: |\n  One\ttab.\n  Then ${ESC}[1mbold.\n`;
    expect(check(yaml, 'content/days/2026-04-22.yaml')).toEqual([
      'content/days/2026-04-22.yaml:9:8 error intro: the text contains U+001B (escape, left by a pasted terminal colour code), a control character that pages and feeds cannot carry; delete it',
    ]);
  });
});

describe('updated', () => {
  it('earlier than the date is a warning at updated, and the day is still published', () => {
    const result = parseDayFile(FILE, new TextEncoder().encode(day('Fix the form', undefined, 'updated: 2026-04-20\n')));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.md:3:10 warning updated: updated is 2026-04-20, before the day itself (2026-04-22); write the date of the later change, or leave updated out',
    ]);
    expect(result.day?.frontmatter.updated).toBe('2026-04-20');
  });

  it('on the date or later is fine', () => {
    expect(check(day('Fix the form', undefined, 'updated: 2026-04-22\n'))).toEqual([]);
    expect(check(day('Fix the form', undefined, 'updated: 2026-05-01\n'))).toEqual([]);
  });
});

describe('several kinds of mistake in one day', () => {
  it('are all reported in one run', () => {
    expect(check(day('"Hit :metric[leverage] today"', 'A bell \u0007.\n'))).toEqual([
      'content/days/2026-04-22.md:4:12 error tasks[1].title: :metric[leverage] works only in the prose above and below the tables, not in a task title (its own figures are in its row of the Task Log); write the text instead, or move the reference into the prose',
      'content/days/2026-04-22.md:9:8 error prose: the text contains U+0007 (bell), a control character that pages and feeds cannot carry; delete it',
    ]);
  });
});

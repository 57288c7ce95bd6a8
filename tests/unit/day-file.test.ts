/**
 * Every mistake an author makes in a day file gets one specific message at
 * the line and column of the offending value. Files are fed as bytes, as
 * they come from disk, and the exact lines `npm run check` prints are asserted.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';

const FILE = 'content/days/2026-04-22.md';

function check(text: string, file = FILE): string[] {
  return parseDayFile(file, new TextEncoder().encode(text)).diagnostics.map(formatDiagnostic);
}

/** A Markdown day whose tasks are `tasks` (YAML lines, indented as in a file). */
function day(tasks: string, head = 'date: 2026-04-22\n'): string {
  return `---\n${head}tasks:\n${tasks}---\nWhat happened.\n`;
}

const FIELDS = ['title: Fix the login form', 'human: 1h', 'ai: 17m', 'supervision: 2m'];

/** One task as YAML lines, without the fields named in `omit`. */
function task(omit?: string): string {
  const lines = FIELDS.filter((field) => !field.startsWith(`${omit}:`));
  return lines.map((line, index) => `${index === 0 ? '  - ' : '    '}${line}\n`).join('');
}

const TASK = task();

describe('a correct day', () => {
  it('has no diagnostics and keeps its values', () => {
    const result = parseDayFile(FILE, new TextEncoder().encode(day(TASK)));
    expect(result.diagnostics).toEqual([]);
    expect(result.day?.frontmatter.tasks[0]).toEqual({ title: 'Fix the login form', human: 360_000, ai: 102_000, supervision: 12_000 });
  });

  it('accepts 17min as minutes', () => {
    const result = parseDayFile(FILE, new TextEncoder().encode(day(TASK.replace('ai: 17m', 'ai: 17min'))));
    expect(result.diagnostics).toEqual([]);
    expect(result.day?.frontmatter.tasks[0]?.ai).toBe(102_000);
  });
});

describe('YAML syntax', () => {
  it('says to quote an unquoted title that contains ": "', () => {
    expect(check(day(TASK.replace('Fix the login form', 'Billing: fix the login form')))).toEqual([
      'content/days/2026-04-22.md:4:12 error tasks[1].title: the title contains ": ", which YAML reads as another key; put it in quotes: title: "Billing: fix the login form"',
    ]);
  });

  it('goes on to report what else is wrong when the only syntax errors are values that need quotes', () => {
    const second = task().replace('Fix the login form', '[WIP] Audit logging').replace('ai: 17m', 'ai: 17');
    const result = parseDayFile(FILE, new TextEncoder().encode(day(TASK.replace('Fix the login form', 'Billing: fix rounding') + second)));
    expect(result.day).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.md:4:12 error tasks[1].title: the title contains ": ", which YAML reads as another key; put it in quotes: title: "Billing: fix rounding"',
      'content/days/2026-04-22.md:8:12 error tasks[2].title: the title starts with [, which YAML reads as a list; put it in quotes: title: "[WIP] Audit logging"',
      'content/days/2026-04-22.md:10:9 error tasks[2].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)',
    ]);
  });

  it('quotes a day title with ": " too, and keeps double quotes inside it readable', () => {
    expect(check(day(TASK, 'date: 2026-04-22\ntitle: Day 3: the "big" refactor\n'))).toEqual([
      `content/days/2026-04-22.md:3:8 error title: the title contains ": ", which YAML reads as another key; put it in quotes: title: 'Day 3: the "big" refactor'`,
    ]);
  });

  it.each([
    ['[WIP] fix', 'starts with [, which YAML reads as a list', '"[WIP] fix"'],
    ['*args* handling', 'starts with *, which YAML reads as a reference to an anchor', '"*args* handling"'],
    ['`npm ci` speed-up', 'starts with `, which YAML reserves', '"`npm ci` speed-up"'],
    ['@mentions in comments', 'starts with @, which YAML reserves', '"@mentions in comments"'],
    ['| pipes in tables', 'starts with |, which YAML reads as the start of a block of text', '"| pipes in tables"'],
    [`"Quoted" and 'more'`, 'starts with a quoted part and goes on after it', `'"Quoted" and ''more'''`],
  ])('says to quote a title like %s', (title, reason, quoted) => {
    expect(check(day(TASK.replace('Fix the login form', title)))).toEqual([
      `content/days/2026-04-22.md:4:12 error tasks[1].title: the title ${reason}; put it in quotes: title: ${quoted}`,
    ]);
  });

  it('points at the opening quote of a quoted title that is never closed', () => {
    expect(check(day(TASK.replace('Fix the login form', '"Fix the login form')))).toEqual([
      'content/days/2026-04-22.md:4:12 error tasks[1].title: the quote " that opens here is never closed; add a closing " at the end of the text',
    ]);
  });

  it('explains backslashes inside double quotes', () => {
    expect(check(day(TASK.replace('Fix the login form', '"Move C:\\docs"')))).toEqual([
      `content/days/2026-04-22.md:4:20 error tasks[1].title: inside "double quotes" a backslash starts an escape such as \\n; write \\\\ for a backslash, or use 'single quotes'`,
    ]);
  });

  it('reports each line indented with a tab, and nothing that follows from them', () => {
    const tabbed = TASK.replace('    human', '\thuman').replace('    ai', '\tai');
    expect(check(day(tabbed))).toEqual([
      'content/days/2026-04-22.md:5:1 error a tab is used for indentation; YAML allows only spaces there, replace the tab with spaces',
      'content/days/2026-04-22.md:6:1 error a tab is used for indentation; YAML allows only spaces there, replace the tab with spaces',
    ]);
  });

  it('points at a line indented further than the key above it', () => {
    expect(check(day(TASK.replace('    human', '      human')))).toEqual([
      'content/days/2026-04-22.md:5:7 error this line is indented further than title: above it, so YAML reads it as part of the title; line it up with title:',
    ]);
  });

  it('points at a line indented less than its siblings', () => {
    expect(check(day(TASK.replace('    human', '   human')))).toEqual([
      'content/days/2026-04-22.md:5:1 error the line is not indented like the lines around it; line human: up with the keys above it',
    ]);
  });

  it('asks for the space after a list dash and after a colon', () => {
    expect(check(day(TASK.replace('  - title:', '  -title:')))).toEqual([
      'content/days/2026-04-22.md:4:3 error a list item needs a space after the dash; write - title: Fix the login form',
    ]);
    expect(check(day(TASK.replace('title: Fix', 'title:Fix')))).toEqual([
      'content/days/2026-04-22.md:4:11 error a key needs a space after its colon; write title: Fix the login form',
    ]);
  });

  it('reports a key written twice', () => {
    expect(check(day(TASK, 'date: 2026-04-22\ndate: 2026-04-22\n'))).toEqual([
      'content/days/2026-04-22.md:3:1 error date: date appears twice here; keep one of them',
    ]);
  });

  it('warns when # cuts a plain title short', () => {
    expect(check(day(TASK.replace('Fix the login form', 'Fix issue #12 in the login form')))).toEqual([
      'content/days/2026-04-22.md:4:22 warning tasks[1].title: YAML reads the text from # on as a comment and leaves it out of the title; to keep it, put it in quotes: title: "Fix issue #12 in the login form"',
    ]);
  });

  it('leaves ordinary comments alone', () => {
    expect(check(day(TASK.replace('ai: 17m', 'ai: 17m # waited on CI')))).toEqual([]);
  });
});

describe('front matter', () => {
  it('reports a missing closing ---', () => {
    expect(check(`---\ndate: 2026-04-22\ntasks:\n${TASK}What happened.\n`)).toEqual([
      'content/days/2026-04-22.md:1:1 error the front matter that starts here is never closed; add a line --- after the last task, before the prose',
    ]);
  });

  it('reports a file with no front matter', () => {
    expect(check('What happened today.\n')).toEqual([
      'content/days/2026-04-22.md:1:1 error the file has no front matter; start it with a line ---, then the day (date, tasks), then another line ---, then the prose',
    ]);
  });

  it('reports front matter that is a list', () => {
    expect(check('---\n- date: 2026-04-22\n---\n')).toEqual([
      'content/days/2026-04-22.md:2:1 error the day is written as a list (lines starting with "- "); its top level must be keys such as date: and tasks:, each at the start of a line',
    ]);
  });
});

describe('tasks', () => {
  it('reports missing tasks at the top of the day', () => {
    expect(check('---\ndate: 2026-04-22\n---\n')).toEqual([
      'content/days/2026-04-22.md:2:1 error tasks: tasks is missing; add a tasks: list with at least one task (title, human, ai, supervision)',
    ]);
  });

  it.each([
    ['tasks: []', '4:8'],
    ['tasks:', '4:7'],
  ])('reports empty tasks written as %s', (line, at) => {
    expect(check(`---\ndate: 2026-04-22\ntitle: Quiet day\n${line}\n---\n`)).toEqual([
      `content/days/2026-04-22.md:${at} error tasks: tasks is empty; a day needs at least one task (title, human, ai, supervision)`,
    ]);
  });

  it.each([
    ['title', 'title is missing; add title: "What was done, in a sentence"'],
    ['human', 'human is missing; add human: 2.5h (what a human would have needed)'],
    ['ai', "ai is missing; add ai: 7m (the agent's wall-clock time)"],
    // The first task logs supervision: a day logs it for every task or for none.
    [
      'supervision',
      'supervision is missing, but tasks[1] logs it; add supervision: 2m (your own supervising time), or leave supervision out of every task of the day (not logged)',
    ],
  ])('reports a task without %s at the task, counting tasks from 1', (key, message) => {
    expect(check(day(TASK + task(key)))).toEqual([`content/days/2026-04-22.md:8:5 error tasks[2].${key}: ${message}`]);
  });

  it.each([
    ['title:', '4:11', 'title is empty; write title: "What was done, in a sentence"'],
    ['title: 42', '4:12', '42 is not text; write it in quotes, e.g. title: "42"'],
    ['title: [a, b]', '4:12', 'a list is not text; write the title as one line, in quotes if it starts with [ or {'],
  ])('reports a task title written as %s', (line, at, message) => {
    expect(check(day(TASK.replace('title: Fix the login form', line)))).toEqual([
      `content/days/2026-04-22.md:${at} error tasks[1].title: ${message}`,
    ]);
  });

  it('reports a task written as a single line of text', () => {
    expect(check(day('  - Fix the login form\n'))).toEqual([
      'content/days/2026-04-22.md:4:5 error tasks[1]: "Fix the login form" is not a task; write a task as title:, human:, ai: and supervision: lines, the first after "- ", the others indented below it',
    ]);
  });
});

describe('unknown keys', () => {
  it('suggests the nearest known key, and does not also call it missing', () => {
    expect(check(day(TASK.replace('title:', 'tittle:').replace('supervision:', 'supervison:')))).toEqual([
      'content/days/2026-04-22.md:4:5 error tasks[1].tittle: unknown key "tittle"; did you mean title?',
      'content/days/2026-04-22.md:7:5 error tasks[1].supervison: unknown key "supervison"; did you mean supervision?',
    ]);
  });

  it('lists the allowed keys when nothing is close', () => {
    expect(check(day(TASK, 'date: 2026-04-22\nmood: great\n'))).toEqual([
      'content/days/2026-04-22.md:3:1 error mood: unknown key "mood"; the keys allowed here are date, title, updated, description, tokens, draft, tags, summary, tasks',
    ]);
  });

  it("does not accept the .yaml form's prose keys in front matter", () => {
    expect(check(day(TASK, 'date: 2026-04-22\nanalysis: Good day.\n'))).toEqual([
      'content/days/2026-04-22.md:3:1 error analysis: unknown key "analysis"; the keys allowed here are date, title, updated, description, tokens, draft, tags, summary, tasks',
    ]);
  });
});

describe('durations', () => {
  const withAi = (value: string) => check(day(TASK.replace('ai: 17m', `ai: ${value}`)));
  const at = 'content/days/2026-04-22.md:6:9 error tasks[1].ai:';

  it.each([
    ['17', `${at} "17" has no unit; write 17m (minutes) or 0.3h (hours)`],
    ['"17"', `${at} "17" has no unit; write 17m (minutes) or 0.3h (hours)`],
    ['17 minutes', `${at} "17 minutes" has an unknown unit "minutes"; use h (hours) or m (minutes), e.g. 17m or 17h`],
    ['17s', `${at} "17s" has an unknown unit "s"; use h (hours) or m (minutes), e.g. 17m or 17h`],
    ['-5m', `${at} "-5m" is negative; durations count time spent; write 5m or 0m`],
    ['-5', `${at} -5 is negative and has no unit; durations cannot be negative; write 5m or 0m`],
    ['0m', `${at} ai is "0m" but must be more than 0m; the agent always runs for some time, write at least 1m`],
    ['soon', `${at} "soon" is not a duration; write a number and a unit, such as 17m, 2.5h or 1h 30m`],
    ['true', `${at} true is not a duration; write a number and a unit, such as 17m, 2.5h or 1h 30m`],
    ['""', `${at} ai is empty; write ai: 7m (the agent's wall-clock time)`],
  ])('ai: %s', (value, message) => {
    expect(withAi(value)).toEqual([message]);
  });

  it('refuses a duration longer than any task takes, which would break the arithmetic of the metrics', () => {
    expect(check(day(TASK.replace('human: 1h', 'human: 9999999999h')))).toEqual([
      'content/days/2026-04-22.md:5:12 error tasks[1].human: "9999999999h" is more than 100000h, longer than any one task takes; check the number and the unit',
    ]);
  });

  it('suggests hours first for a human estimate without a unit', () => {
    expect(check(day(TASK.replace('human: 1h', 'human: 3')))).toEqual([
      'content/days/2026-04-22.md:5:12 error tasks[1].human: "3" has no unit; write 3h (hours) or 3m (minutes)',
    ]);
  });

  it('accepts 0m of supervision', () => {
    expect(check(day(TASK.replace('supervision: 2m', 'supervision: 0m')))).toEqual([]);
  });

  it('warns, without failing, about more than 24 hours of agent or supervision time in one task, with the time exact (1700m is 28h 20m)', () => {
    const result = parseDayFile(
      FILE,
      new TextEncoder().encode(day(TASK.replace('ai: 17m', 'ai: 1700m').replace('supervision: 2m', 'supervision: 25h'))),
    );
    expect(result.day).toBeDefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.md:6:9 warning tasks[1].ai: 28h 20m of agent time in one day is more than 24h; check the unit (m for minutes, h for hours)',
      'content/days/2026-04-22.md:7:18 warning tasks[1].supervision: 25h of supervision time in one day is more than 24h; check the unit (m for minutes, h for hours)',
    ]);
  });

  it('warns at tasks when the day adds up to more than 24 hours of agent time', () => {
    const long = '  - title: Long one\n    human: 1h\n    ai: 13h\n    supervision: 0m\n';
    expect(check(day(long + long))).toEqual([
      'content/days/2026-04-22.md:4:3 warning tasks: 26h of agent time in one day is more than 24h; check the unit (m for minutes, h for hours)',
    ]);
  });
});

describe('dates', () => {
  it('reports a date that does not match the file name, along with other errors', () => {
    expect(check(day(TASK.replace('ai: 17m', 'ai: 17'), 'date: 2026-04-23\n'))).toEqual([
      'content/days/2026-04-22.md:2:7 error date: date is 2026-04-23 but the file is named 2026-04-22.md; make them the same (rename the file or fix the date)',
      'content/days/2026-04-22.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)',
    ]);
  });

  it('reports an impossible date', () => {
    expect(check(day(TASK, 'date: 2026-02-30\n'), 'content/days/2026-02-30.md')).toEqual([
      'content/days/2026-02-30.md:2:7 error date: "2026-02-30" is not a real date; check the month and day',
    ]);
  });

  // Outside 1970..2199 a date is a typo (1026 for 2026): before 1970 local times have offsets in
  // seconds, which feeds cannot carry, and the bound keeps every sum of days' tokens exact.
  it.each([
    ['1026-04-22', '"1026-04-22" is before 1970-01-01'],
    ['1969-12-31', '"1969-12-31" is before 1970-01-01'],
    ['2200-01-01', '"2200-01-01" is after 2199-12-31'],
    ['9999-12-31', '"9999-12-31" is after 2199-12-31'],
  ])('refuses %s, a year no day can have', (date, found) => {
    expect(check(day(TASK, `date: ${date}\n`), `content/days/${date}.md`)).toEqual([
      `content/days/${date}.md:2:7 error date: ${found}; a day is dated from 1970 to 2199, so check the year`,
    ]);
  });

  it('refuses an updated date outside the years a day can have, naming the field', () => {
    expect(check(day(TASK, 'date: 2026-04-22\nupdated: 2062-04-22\n'))).toEqual([]);
    expect(check(day(TASK, 'date: 2026-04-22\nupdated: 3026-04-22\n'))).toEqual([
      'content/days/2026-04-22.md:3:10 error updated: "3026-04-22" is after 2199-12-31; a day is dated from 1970 to 2199, so check the year',
    ]);
  });

  it('accepts the first and last dates of those years', () => {
    expect(check(day(TASK, 'date: 1970-01-01\n'), 'content/days/1970-01-01.md')).toEqual([]);
    expect(check(day(TASK, 'date: 2199-12-31\n'), 'content/days/2199-12-31.md')).toEqual([]);
  });

  it('reports a date in another format', () => {
    expect(check(day(TASK, 'date: 22.04.2026\n'))).toEqual([
      'content/days/2026-04-22.md:2:7 error date: "22.04.2026" is not a date; write it as YYYY-MM-DD, e.g. date: 2026-04-22',
    ]);
  });

  it('reports a file name that is not a date, and says to rename .yml', () => {
    expect(check(day(TASK), 'content/days/notes.md')).toEqual([
      'content/days/notes.md:1:1 error "notes.md" is not a day file name; name it YYYY-MM-DD.md or YYYY-MM-DD.yaml, e.g. 2026-04-22.md',
    ]);
    expect(check('date: 2026-04-22\n', 'content/days/2026-04-22.yml')).toEqual([
      'content/days/2026-04-22.yml:1:1 error day files written in YAML end in .yaml, not .yml; rename 2026-04-22.yml to 2026-04-22.yaml',
    ]);
  });
});

describe('tokens', () => {
  const withTokens = (value: string) => check(day(TASK, `date: 2026-04-22\ntokens: ${value}\n`));
  const at = 'content/days/2026-04-22.md:3:9 error tokens:';

  it.each([
    ['1.5', `${at} 1.5 is not a whole number of 0 or more; write a whole number of 0 or more, e.g. tokens: 3030000`],
    ['-3', `${at} -3 is not a whole number of 0 or more; tokens cannot be negative; write 0 or a positive whole number`],
    ['3,030,000', `${at} "3,030,000" is not a whole number of 0 or more; write the digits alone, tokens: 3030000`],
    ['lots', `${at} "lots" is not a whole number of 0 or more; write a whole number of 0 or more, e.g. tokens: 3030000`],
  ])('tokens: %s', (value, message) => {
    expect(withTokens(value)).toEqual([message]);
  });

  it('accepts a whole number', () => {
    expect(withTokens('3030000')).toEqual([]);
  });

  // 100 billion a day over every day from 1970 to 2199 (84,006 days) is 8,400,600,000,000,000,
  // below 2^53 − 1 = 9,007,199,254,740,991: any sum of days' tokens is exact.
  it('accepts up to 100 billion tokens a day and refuses more, which sums could not add exactly', () => {
    expect(withTokens('100000000000')).toEqual([]);
    expect(withTokens('100000000001')).toEqual([
      `${at} 100000000001 is more than 100,000,000,000 tokens, more than any day's work uses; check the number`,
    ]);
    expect(withTokens('9007199254740993')).toEqual([
      `${at} 9007199254740992 is more than 100,000,000,000 tokens, more than any day's work uses; check the number`,
    ]);
  });
});

describe('tags', () => {
  // A tag's page is the folder tags/<address>/, and a folder name holds at most 255 bytes.
  const tooLong = (tag: string, bytes: number) =>
    `the tag "${tag}" makes a page address of ${bytes} bytes, more than the 255 bytes a folder name can hold; shorten the tag`;

  it('refuses a day tag whose address is over 255 bytes: 90 CJK characters are 270', () => {
    const tag = '運'.repeat(90);
    expect(check(day(TASK, `date: 2026-04-22\ntags:\n  - billing\n  - ${tag}\n`))).toEqual([
      `content/days/2026-04-22.md:5:5 error tags[2]: ${tooLong(tag, 270)}`,
    ]);
  });

  it("refuses a task's own tag by its address, not its spelling: 64 plus signs are spelt out to 319 bytes", () => {
    // "+" becomes "plus": 64 × 4 letters and 63 hyphens between them = 319 bytes, from a 64-byte tag.
    const tag = '+'.repeat(64);
    expect(check(day(`${TASK}    tags: ["${tag}"]\n`))).toEqual([
      `content/days/2026-04-22.md:8:12 error tasks[1].tags[1]: ${tooLong(tag, 319)}`,
    ]);
  });

  it('accepts an address of exactly 255 bytes', () => {
    expect(check(day(TASK, `date: 2026-04-22\ntags: [${'運'.repeat(85)}, ${'a'.repeat(255)}]\n`))).toEqual([]);
  });
});

describe('bytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('accepts a UTF-8 byte-order mark', () => {
    const result = parseDayFile(FILE, Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(day(TASK))]));
    expect(result.diagnostics).toEqual([]);
    expect(result.day?.date).toBe('2026-04-22');
  });

  it('accepts Windows line endings, with positions unchanged', () => {
    const crlf = (text: string) => encode(text.replaceAll('\n', '\r\n'));
    expect(parseDayFile(FILE, crlf(day(TASK))).diagnostics).toEqual([]);
    expect(parseDayFile(FILE, crlf(day(TASK.replace('ai: 17m', 'ai: 17')))).diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-22.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)',
    ]);
  });

  it('rejects bytes that are not UTF-8, with the byte offset', () => {
    const [before = '', after = ''] = day(TASK.replace('Fix the login form', 'Fix the cafe menu')).split('cafe');
    const latin1 = Uint8Array.from([...encode(`${before}caf`), 0xe9, ...encode(after.slice(1))]);
    expect(parseDayFile(FILE, latin1).diagnostics.map(formatDiagnostic)).toEqual([
      `content/days/2026-04-22.md:4:23 error the byte at offset ${encode(`${before}caf`).length} (0xE9) is not UTF-8 text; the file was probably saved in another encoding (such as Windows-1252): save it as UTF-8 and re-type the character here`,
    ]);
  });
});

/**
 * Open data: durations written as an author would, RFC 4180 CSV, and the
 * JSON day records, which must read back through the day schema as the
 * same day. Expected values are worked out by hand (1 h = 360000 cs,
 * 1 min = 6000 cs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  dayRecord,
  durationText,
  minutesNumber,
  TASK_CSV_HEADER,
  tasksCsv,
  type ExportDay,
  type ExportTask,
} from '../../src/lib/published/open-data.ts';
import { dayMetrics } from '../../src/lib/metrics/day-metrics.ts';
import { dayFrontmatterSchema, type DayFrontmatter } from '../../src/lib/schema/day-schema.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { SAMPLE_CONTENT, sampleFile } from '../support/npm-run.ts';

const H = 360_000;
const M = 6_000;

describe('durationText', () => {
  it.each([
    [2.5 * H, 'h', '2.5h'], //    900000 cs
    [118_800, 'h', '0.33h'], //   0.33 × 360000
    [28 * H, 'h', '28h'],
    [1_378_800, 'h', '3.83h'], // 3.83 × 360000
    [36, 'h', '0.0001h'], //      the finest hour an author can write
    [0, 'h', '0h'],
    [17 * M, 'm', '17m'], //      102000 cs
    [118_800, 'm', '19.8m'], //   the same 0.33 h as agent time: 118800 / 6000 = 19.8
    [6_750, 'm', '1.125m'],
    [6, 'm', '0.001m'],
    [0, 'm', '0m'],
    [90 * M, 'm', '90m'], //      minutes stay minutes, even when whole hours
  ] as const)('%i cs in %s → %s', (cs, unit, text) => {
    expect(durationText(cs, unit)).toBe(text);
  });

  it('writes an estimate in minutes when no short decimal of hours is exact', () => {
    // 20m = 0.333… h; 80m = 1.333… h; 0.001m = 0.0000277… h
    expect(durationText(20 * M, 'h')).toBe('20m');
    expect(durationText(80 * M, 'h')).toBe('80m');
    expect(durationText(6, 'h')).toBe('0.001m');
  });

  it('gives minutes as exact JSON numbers', () => {
    expect(minutesNumber(118_800)).toBe(19.8);
    expect(minutesNumber(68_068_800)).toBe(11344.8); // 189.08 h × 60
    expect(minutesNumber(6)).toBe(0.001);
  });
});

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['lf\nonly', '"lf\nonly"'],
    ['cr\ronly', '"cr\ronly"'],
    ["it's; fine", `"it's; fine"`],
    ['tab\tinside', '"tab\tinside"'],
    ['', ''],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  // OWASP, CSV injection: a cell that starts with = + - @, a tab or a carriage return is a formula to
  // spreadsheets; a single quote in front makes it text, and the cell is quoted. A cell with ; is quoted
  // too, so a spreadsheet that splits on ; (as many locales do) cannot start a new cell inside it.
  it.each([
    ['=HYPERLINK("https://evil.example/","Click")', `"'=HYPERLINK(""https://evil.example/"",""Click"")"`],
    ['+1 for the fix', `"'+1 for the fix"`],
    ['-v flag for the CLI', `"'-v flag for the CLI"`],
    ['@mention the reviewer', `"'@mention the reviewer"`],
    ['\tindented', `"'\tindented"`],
    ['\rreturn', `"'\rreturn"`],
    ['billing;=cmd|calc', '"billing;=cmd|calc"'],
    ["'already quoted", "'already quoted"],
    ['a = b + c - d @ e', 'a = b + c - d @ e'],
  ])('neutralises %j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('leaves numbers alone, negative ones too (none of the exported numbers is text)', () => {
    expect(csvField(-1)).toBe('-1');
  });

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvField(15.7)).toBe('15.7');
    expect(csvField(0)).toBe('0');
    expect(csvField(null)).toBe('');
  });
});

function exportTask(title: string, human: number, ai: number, supervision: number | undefined, tags: string[] = []): ExportTask {
  return { title, human, ai, ...(supervision === undefined ? {} : { supervision }), tags };
}

describe('tasksCsv', () => {
  const day: ExportDay = {
    date: '2026-04-14',
    title: 'A day',
    description: '',
    url: 'https://example.com/2026/04/14/',
    tags: [],
    tokens: null,
    metrics: dayMetrics(
      [
        exportTask('Plain', 1 * H, 10 * M, 0, []), //                              60 / 10 = 6.0x, no supervision factor
        exportTask('Fix "quotes", commas\nand lines', 6 * H, 23 * M, 4 * M, ['billing', 'x']), // 360 / 23 = 15.65 → 15.7x; 360 / 4 = 90.0x
      ],
      null,
    ),
  };
  const csv = tasksCsv([day]);

  it('ends every line with CRLF, quoting fields that need it', () => {
    expect(csv).toBe(
      'date,rank,title,human_minutes,ai_minutes,supervision_minutes,factor,supervision_factor,tags,url\r\n' +
        '2026-04-14,1,"Fix ""quotes"", commas\nand lines",360,23,4,15.7,90,"billing;x",https://example.com/2026/04/14/\r\n' +
        '2026-04-14,2,Plain,60,10,0,6,,,https://example.com/2026/04/14/\r\n',
    );
    expect(TASK_CSV_HEADER).toHaveLength(10);
  });

  it('has no line break outside quotes that is not CRLF', () => {
    // Outside quoted fields every \n is preceded by \r.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(outside.endsWith('\r\n')).toBe(true);
  });

  it('is only the header for no days', () => {
    expect(tasksCsv([])).toBe(`${TASK_CSV_HEADER.join(',')}\r\n`);
  });
});

/** A sample day as the pages export it, built from the parsed file. */
function sampleExport(file: string): { frontmatter: DayFrontmatter; day: ExportDay } {
  const { day, diagnostics } = parseDayFile(file, readFileSync(sampleFile(file)));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!day) throw new Error(`${file} did not parse`);
  const { frontmatter } = day;
  const dayTags = frontmatter.tags ?? [];
  const tasks = frontmatter.tasks.map((task) =>
    exportTask(task.title, task.human, task.ai, task.supervision, [...dayTags, ...(task.tags ?? [])]),
  );
  return {
    frontmatter,
    day: {
      date: frontmatter.date,
      title: frontmatter.title ?? `Leverage Record: ${frontmatter.date}`,
      description: frontmatter.description ?? '',
      url: `https://example.com/${frontmatter.date.replace(/-/g, '/')}/`,
      tags: dayTags,
      tokens: frontmatter.tokens ?? null,
      metrics: dayMetrics(tasks, frontmatter.tokens ?? null),
    },
  };
}

/** What a reader of days.json would write back as a day file's front matter. */
function frontmatterFrom(record: ReturnType<typeof dayRecord>): Record<string, unknown> {
  return {
    date: record.date,
    title: record.title,
    ...(record.tokens === null ? {} : { tokens: record.tokens }),
    ...(record.tags.length > 0 ? { tags: record.tags } : {}),
    tasks: record.tasks.map((task) => ({
      title: task.title,
      human: task.human,
      ai: task.ai,
      // Supervision a day did not log is null, and left out of the day again.
      ...(task.supervision === null ? {} : { supervision: task.supervision }),
      tags: task.tags,
    })),
  };
}

const byTitle = (a: { title: string }, b: { title: string }) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
const times = (task: { title: string; human: number; ai: number; supervision?: number | undefined }) => ({
  title: task.title,
  human: task.human,
  ai: task.ai,
  supervision: task.supervision,
});

describe('day records round-trip through the day schema', () => {
  const files = readdirSync(join(SAMPLE_CONTENT, 'days'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `content/days/${name}`);

  it('covers every sample day', () => {
    expect(files.length).toBe(9);
  });

  it.each(files)('%s', (file) => {
    const { frontmatter, day } = sampleExport(file);
    // Through JSON text, as a reader of /data/days.json gets it.
    const record = JSON.parse(JSON.stringify(dayRecord(day))) as ReturnType<typeof dayRecord>;
    const parsed = dayFrontmatterSchema.safeParse(frontmatterFrom(record));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    if (!parsed.success) return;
    expect(parsed.data.date).toBe(frontmatter.date);
    expect(parsed.data.tokens ?? null).toBe(frontmatter.tokens ?? null);
    expect(parsed.data.tasks).toHaveLength(frontmatter.tasks.length);
    // The export ranks tasks by factor; as sets they are the same tasks, to the centisecond.
    expect(parsed.data.tasks.map(times).sort(byTitle)).toEqual(frontmatter.tasks.map(times).sort(byTitle));
  });

  it('writes the 2026-04-22 figures by hand', () => {
    const record = dayRecord(sampleExport('content/days/2026-04-22.md').day);
    expect(record.totals).toEqual({
      tasks: 26,
      humanMinutes: 11344.8, // 189.08 h × 60
      aiMinutes: 704,
      supervisionMinutes: 79,
      tokens: 3_030_000,
      leverage: 16.1, //            11344.8 / 704 = 16.11
      supervisionLeverage: 143.6, // 11344.8 / 79 = 143.60
    });
    expect(record.tags).toEqual(['long-day']);
    expect(record.tasks[0]).toMatchObject({
      rank: 1,
      human: '28h',
      ai: '17m',
      supervision: '2m',
      humanMinutes: 1680,
      aiMinutes: 17,
      supervisionMinutes: 2,
      factor: 98.8, //              1680 / 17 = 98.82
      supervisionFactor: 840, //    1680 / 2
      tags: ['long-day', 'course-platform'],
    });
    expect(record.tasks[25]).toMatchObject({ rank: 26, human: '0.33h', ai: '5m', humanMinutes: 19.8, factor: 4 }); // 19.8 / 5 = 3.96 → 4.0
  });

  it('keeps values that have no short form in hours, to the centisecond', () => {
    // Every duration an author can write is a multiple of 6 cs (0.001 min; 0.0001 h = 36 cs).
    const values = [0, 6, 36, 3_000, 6_750, 20 * M, 80 * M, 118_800, 1_378_800, 28 * H, 1_000 * H + 6];
    const day: ExportDay = {
      date: '2026-01-31',
      title: 'Odd durations',
      description: '',
      url: 'https://example.com/',
      tags: [],
      tokens: 0,
      metrics: dayMetrics(
        values.map((cs, index) => exportTask(`task ${index}`, cs, cs + 6, cs)),
        0,
      ),
    };
    const record = JSON.parse(JSON.stringify(dayRecord(day))) as ReturnType<typeof dayRecord>;
    const parsed = dayFrontmatterSchema.safeParse(frontmatterFrom(record));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    if (!parsed.success) return;
    expect(parsed.data.tokens).toBe(0);
    expect(parsed.data.tasks.map(times).sort(byTitle)).toEqual(day.metrics.ranked.map((row) => times(row.task)).sort(byTitle));
  });

  it('reads a day that logged no supervision back as the same day, without supervision', () => {
    // 2h in 10m and 30m in 5m, no supervision.
    const tasks = [exportTask('Export invoices', 2 * H, 10 * M, undefined), exportTask('Fix the footer', 30 * M, 5 * M, undefined)];
    const day: ExportDay = {
      date: '2026-04-25',
      title: 'Leverage Record: April 25, 2026',
      description: '',
      url: 'https://example.com/',
      tags: [],
      tokens: null,
      metrics: dayMetrics(tasks, null),
    };
    const record = JSON.parse(JSON.stringify(dayRecord(day))) as ReturnType<typeof dayRecord>;
    const parsed = dayFrontmatterSchema.safeParse(frontmatterFrom(record));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    if (!parsed.success) return;
    expect(parsed.data.tasks.map(times).sort(byTitle)).toEqual([
      { title: 'Export invoices', human: 2 * H, ai: 10 * M, supervision: undefined },
      { title: 'Fix the footer', human: 30 * M, ai: 5 * M, supervision: undefined },
    ]);
  });
});

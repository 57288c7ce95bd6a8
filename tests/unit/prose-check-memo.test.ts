/**
 * The prose check kept between builds (src/lib/project/prose-check-memo.ts):
 * a day is checked again when its file, its previous day, the settings or
 * any other day its prose asked about changed, and only then. Which days
 * were checked is told by the scanner each check calls for its prose.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProse } from '../../src/lib/project/check-project.ts';
import { openProseCheckMemo } from '../../src/lib/project/prose-check-memo.ts';
import type { DaySource } from '../../src/lib/schema/day-file.ts';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { scanProse } from '../../src/lib/source/prose-scan.ts';
import { inputKey } from '../../src/lib/storage/content-cache.ts';
import { parsed, SETTINGS } from '../support/prose-corpus.ts';

/** A day of one task, with `prose` after its front matter. */
function dayText(date: string, human: string, ai: string, prose: string): string {
  return `---\ndate: ${date}\ntasks:\n  - title: Work of ${date}\n    human: ${human}\n    ai: ${ai}\n    supervision: 1m\n---\n${prose}\n`;
}

// Thursday 04-23: 8h 3m = 483 min in 30 min, 483 / 30 = 16.1x; edited to 8h, 480 / 30 = 16.0x.
const THURSDAY = dayText('2026-04-23', '8h 3m', '30m', 'A long day.');
const THURSDAY_EDITED = dayText('2026-04-23', '8h', '30m', 'A long day.');
// Friday and Saturday say nothing of other days; Monday gives Thursday's leverage, which is not its previous day's.
const FRIDAY = dayText('2026-04-24', '2h', '15m', 'A short day.');
const SATURDAY = dayText('2026-04-25', '1h', '12m', 'A weekend hour.');
const MONDAY_PROSE = 'On Thursday, leverage came in at 16.0x.';
const MONDAY = dayText('2026-04-27', '1h', '10m', MONDAY_PROSE);
const MONDAY_FILE = 'content/days/2026-04-27.md';
// Monday's body starts on line 9 (after 8 lines of front matter); the figure at column 34.
const MONDAY_WARNING =
  `${MONDAY_FILE}:9:34 warning claim: "16.0x" matches no computed value of 2026-04-23; ` +
  'the nearest is 16.1x (leverage of that day). Fix the figure';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-prose-memo-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Checks the days written as `texts` (by date) with a memo of `root`; says which days' prose was read. */
function run(texts: Record<string, string>, settings = SETTINGS): { lines: string[]; checked: string[] } {
  const files = Object.entries(texts).map(([date, text]) => ({ file: `content/days/${date}.md`, text }));
  const days: DaySource[] = files.map(({ file, text }) => parsed(file, text));
  const keyOfFile = new Map(files.map(({ file, text }) => [file, inputKey(file, text)]));
  const memo = openProseCheckMemo(root, 'content', keyOfFile);
  const checked = new Set<string>();
  const scan = (day: DaySource, _part: string, markdown: string) => {
    checked.add(day.date);
    return scanProse(markdown);
  };
  const lines = checkProse(days, settings, scan, memo).map(formatDiagnostic);
  memo.save();
  return { lines, checked: [...checked].sort() };
}

const WEEK = { '2026-04-23': THURSDAY, '2026-04-24': FRIDAY, '2026-04-25': SATURDAY, '2026-04-27': MONDAY };

describe('the prose check memo', () => {
  it('checks every day the first time, and none the second, with the same findings', () => {
    expect(run(WEEK)).toEqual({ lines: [MONDAY_WARNING], checked: ['2026-04-23', '2026-04-24', '2026-04-25', '2026-04-27'] });
    expect(run(WEEK)).toEqual({ lines: [MONDAY_WARNING], checked: [] });
  });

  it('finds what the check without a memo finds', () => {
    const days = Object.entries(WEEK).map(([date, text]) => parsed(`content/days/${date}.md`, text));
    expect(checkProse(days, SETTINGS).map(formatDiagnostic)).toEqual([MONDAY_WARNING]);
  });

  it('checks again the edited day, the day after it, and a day whose prose gave its figure, and no other', () => {
    run(WEEK);
    // Saturday's previous day is Friday, unchanged; Monday asked about Thursday, whose leverage is now 16.0x.
    expect(run({ ...WEEK, '2026-04-23': THURSDAY_EDITED })).toEqual({ lines: [], checked: ['2026-04-23', '2026-04-24', '2026-04-27'] });
    expect(run({ ...WEEK, '2026-04-23': THURSDAY_EDITED })).toEqual({ lines: [], checked: [] });
  });

  it('checks a day again when a day it asked about is no longer published', () => {
    run(WEEK);
    const thursdayDraft = THURSDAY.replace('date: 2026-04-23\n', 'date: 2026-04-23\ndraft: true\n');
    // A draft is nobody's previous day: Friday now comes first. Monday's Thursday is unpublished, so its figure is left alone.
    expect(run({ ...WEEK, '2026-04-23': thursdayDraft })).toEqual({ lines: [], checked: ['2026-04-23', '2026-04-24', '2026-04-27'] });
  });

  it('checks every day again when the settings change, and reports by them', () => {
    run(WEEK);
    expect(run(WEEK, { ...SETTINGS, strict: true })).toEqual({
      lines: [MONDAY_WARNING.replace(' warning claim', ' error claim')],
      checked: ['2026-04-23', '2026-04-24', '2026-04-25', '2026-04-27'],
    });
  });

  it('checks every day again when the memo file cannot be read', () => {
    run(WEEK);
    const home = join(root, 'node_modules', '.cache', 'fulcrum', 'prose-checks');
    const [code] = readdirSync(home);
    const [entry] = readdirSync(join(home, code as string));
    writeFileSync(join(home, code as string, entry as string), '{"half');
    expect(run(WEEK)).toEqual({ lines: [MONDAY_WARNING], checked: ['2026-04-23', '2026-04-24', '2026-04-25', '2026-04-27'] });
  });
});

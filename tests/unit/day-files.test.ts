/**
 * What is in content/days/ besides day files: editors' lock and backup
 * files, macOS resource files, links to nothing, folders. Nothing there may
 * crash the check or the build, and nothing an author meant as a day may be
 * left out without a word.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/source/diagnostic.ts';
import { contentPaths, readDayFiles, readSiteFile } from '../../src/lib/source/files.ts';
import { parseSiteSource } from '../../src/lib/schema/site-file.ts';
import { checkDayFiles } from '../../src/lib/project/check-project.ts';
import { markdownDay } from '../support/content-folder.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fulcrum-days-'));
  mkdirSync(join(root, 'content/days'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const days = (path = '') => join(root, 'content/days', path);
const read = () => readDayFiles(contentPaths(root, ''));
const names = (result: ReturnType<typeof read>) => result.files.map((source) => source.file);

describe('readDayFiles', () => {
  it('ignores hidden files: Emacs lock links, macOS resource files, swap files, a dotted copy', () => {
    writeFileSync(days('2026-04-22.md'), markdownDay('2026-04-22'));
    // Emacs marks a file being edited with a link to user@host.pid, which does not exist.
    symlinkSync('ada@laptop.4242:1700000000', days('.#2026-04-22.md'));
    writeFileSync(days('._2026-04-22.md'), Buffer.from([0x00, 0x05, 0x16, 0x07, 0xff]));
    writeFileSync(days('.2026-04-22.md'), markdownDay('2026-04-22'));
    writeFileSync(days('.2026-04-22.md.swp'), 'vim');
    writeFileSync(days('2026-04-22.md~'), markdownDay('2026-04-22'));
    writeFileSync(days('#2026-04-22.md#'), markdownDay('2026-04-22'));
    const result = read();
    expect(names(result)).toEqual(['content/days/2026-04-22.md']);
    expect(result.diagnostics).toEqual([]);
  });

  it('names a link to a file that does not exist instead of crashing', () => {
    writeFileSync(days('2026-04-22.md'), markdownDay('2026-04-22'));
    symlinkSync('../drafts/2026-04-23.md', days('2026-04-23.md'));
    const result = read();
    expect(names(result)).toEqual(['content/days/2026-04-22.md']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-23.md:1:1 error is a link to ../drafts/2026-04-23.md, which does not exist; restore that file or remove the link',
    ]);
  });

  it('names a folder named like a day file, and says the day files inside folders are not read', () => {
    mkdirSync(days('2026-04-25.md'));
    writeFileSync(days('2026-04-25.md/notes.md'), 'Notes.');
    mkdirSync(days('2025/04'), { recursive: true });
    writeFileSync(days('2025/04/2025-04-01.md'), markdownDay('2025-04-01'));
    writeFileSync(days('2025/2025-03-31.yaml'), 'date: 2025-03-31\n');
    writeFileSync(days('2025/cover.png'), 'not a day');
    mkdirSync(days('.git'));
    writeFileSync(days('.git/2025-01-01.md'), 'hidden');
    const result = read();
    expect(names(result)).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2025/04/2025-04-01.md:1:1 warning not read: only files directly in content/days/ are days, so this one is not published; move it to content/days/2025-04-01.md',
      'content/days/2025/2025-03-31.yaml:1:1 warning not read: only files directly in content/days/ are days, so this one is not published; move it to content/days/2025-03-31.yaml',
      'content/days/2026-04-25.md:1:1 error is a folder, not a file; a day is one file, content/days/YYYY-MM-DD.md or .yaml',
      'content/days/2026-04-25.md/notes.md:1:1 warning not read: only files directly in content/days/ are days, so this one is not published; move it to content/days/notes.md',
    ]);
  });

  it('reads a day whose extension is upper case like any other', () => {
    writeFileSync(days('2026-04-25.MD'), markdownDay('2026-04-25'));
    writeFileSync(
      days('2026-04-26.Yaml'),
      'date: 2026-04-26\ntasks:\n  - title: Fix it\n    human: 1h\n    ai: 17m\n    supervision: 2m\n',
    );
    writeFileSync(days('2026-04-27.YML'), 'date: 2026-04-27\n');
    const result = read();
    expect(names(result)).toEqual(['content/days/2026-04-25.MD', 'content/days/2026-04-26.Yaml', 'content/days/2026-04-27.YML']);
    const checked = checkDayFiles(result.files);
    expect(checked.diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-27.YML:1:1 error day files written in YAML end in .yaml, not .yml; rename 2026-04-27.YML to 2026-04-27.yaml',
    ]);
    expect(checked.days.map((day) => [day.date, day.intro])).toEqual([
      ['2026-04-25', 'What happened.\n'],
      ['2026-04-26', ''],
    ]);
  });

  it('says when the days folder is a file', () => {
    rmSync(days(), { recursive: true });
    writeFileSync(days(), 'oops');
    expect(read().diagnostics.map(formatDiagnostic)).toEqual([
      'content/days:1:1 error is a file, but it should be the folder that holds the day files; move it away and create the folder',
    ]);
  });
});

describe('checkDayFiles', () => {
  it('tells a .md and an .MD file for one date apart as two files', () => {
    const bytes = new TextEncoder().encode(markdownDay('2026-04-25'));
    const { diagnostics } = checkDayFiles([
      { file: 'content/days/2026-04-25.md', bytes },
      { file: 'content/days/2026-04-25.MD', bytes },
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'content/days/2026-04-25.md:1:1 error content/days/2026-04-25.MD is already the day 2026-04-25; keep one of the two files',
    ]);
  });
});

describe('readSiteFile', () => {
  it('says a folder named site.yaml is no settings file, rather than crashing the check and the loader', () => {
    mkdirSync(join(root, 'content/site.yaml'));
    expect(parseSiteSource(readSiteFile(contentPaths(root, ''))).diagnostics.map(formatDiagnostic)).toEqual([
      'content/site.yaml:1:1 error is a folder, but it should be the site settings file; move it away and write the settings there (see docs/site-settings.md)',
    ]);
  });
});

/** Reading a log a piece at a time gives the lines reading it whole would. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileLines, type UnreadableLog } from '../../src/cli/agent-logs/log-lines.ts';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'fulcrum-log-lines-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function lines(bytes: string | Uint8Array, chunkBytes: number): { lines: string[]; unreadable: UnreadableLog[] } {
  const path = join(folder, 'log.jsonl');
  writeFileSync(path, bytes);
  const unreadable: UnreadableLog[] = [];
  return { lines: [...fileLines(path, (log) => unreadable.push(log), chunkBytes)], unreadable };
}

describe('fileLines', () => {
  it.each([1, 2, 3, 5, 64])('splits at each LF, whatever the chunk (%i bytes)', (chunk) => {
    expect(lines('{"a":1}\n\n{"b":2}\r\n{"c":3', chunk).lines).toEqual(['{"a":1}', '', '{"b":2}\r', '{"c":3']);
  });

  it.each([1, 2, 3, 4, 7])('decodes characters split between chunks (%i bytes)', (chunk) => {
    expect(lines('{"t":"Grüße, 日本, 🚀"}\n{"t":"é"}\n', chunk).lines).toEqual(['{"t":"Grüße, 日本, 🚀"}', '{"t":"é"}']);
  });

  it('keeps a line many chunks long whole', () => {
    const long = `{"text":"${'x'.repeat(10_000)}"}`;
    expect(lines(`${long}\n{}\n`, 16).lines).toEqual([long, '{}']);
  });

  it('drops a byte-order mark, and gives no line for an empty file', () => {
    expect(lines('\uFEFF{"a":1}\n', 2).lines).toEqual(['{"a":1}']);
    expect(lines('', 8).lines).toEqual([]);
  });

  it('names a file that cannot be opened and gives no line', () => {
    const unreadable: UnreadableLog[] = [];
    expect([...fileLines(join(folder, 'gone.jsonl'), (log) => unreadable.push(log))]).toEqual([]);
    expect(unreadable).toEqual([{ path: join(folder, 'gone.jsonl'), code: 'ENOENT' }]);
  });
});

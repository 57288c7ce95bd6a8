import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/source/decode.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** Bytes from a mix of ASCII text and raw byte values. */
function bytes(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
}

describe('decodeSource: text authors save', () => {
  it('decodes UTF-8, multi-byte characters included', () => {
    // é is C3 A9, ÷ is C3 B7, 😀 is F0 9F 98 80
    expect(decodeSource(bytes('caf', [0xc3, 0xa9], ' ', [0xc3, 0xb7], ' ', [0xf0, 0x9f, 0x98, 0x80]))).toEqual({
      ok: true,
      text: 'café ÷ 😀',
    });
  });

  it('accepts and removes a byte-order mark', () => {
    expect(decodeSource(bytes(BOM, '---\ndate: 2026-04-22\n'))).toEqual({ ok: true, text: '---\ndate: 2026-04-22\n' });
  });

  it('turns Windows and old Mac line endings into \\n', () => {
    expect(decodeSource(bytes('a\r\nb\r\n\r\nc\rd'))).toEqual({ ok: true, text: 'a\nb\n\nc\nd' });
  });

  it('accepts an empty file', () => {
    expect(decodeSource(new Uint8Array())).toEqual({ ok: true, text: '' });
  });
});

describe('decodeSource: bytes that are not UTF-8', () => {
  it('reports the byte offset, line and column of the first bad byte', () => {
    // a b \n c d <FF>: offset 5, second line, third column
    expect(decodeSource(bytes('ab\ncd', [0xff], 'more'))).toEqual({ ok: false, offset: 5, line: 2, column: 3 });
  });

  it('counts a multi-byte character as one column', () => {
    // é takes bytes 0–1; the bad byte is at offset 2 but column 2
    expect(decodeSource(bytes([0xc3, 0xa9, 0xff]))).toEqual({ ok: false, offset: 2, line: 1, column: 2 });
  });

  it('counts a Windows line ending as one line break', () => {
    // a \r \n b <E9> (Latin-1 é): offset 4, line 2, column 2
    expect(decodeSource(bytes('a\r\nb', [0xe9]))).toEqual({ ok: false, offset: 4, line: 2, column: 2 });
  });

  it('does not count the byte-order mark as a column', () => {
    // BOM (3 bytes), "a", then a bad byte at offset 4: editors show it at column 2
    expect(decodeSource(bytes(BOM, 'a', [0xff]))).toEqual({ ok: false, offset: 4, line: 1, column: 2 });
  });

  it.each([
    ['a lone continuation byte', [0x80]],
    ['an overlong two-byte form of "/"', [0xc0, 0xaf]],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a byte that never starts a sequence', [0xf5, 0x80, 0x80, 0x80]],
  ])('rejects %s', (_, sequence) => {
    expect(decodeSource(bytes('ok ', sequence))).toEqual({ ok: false, offset: 3, line: 1, column: 4 });
  });

  it('rejects a sequence cut off by the end of the file', () => {
    // € is E2 82 AC; the file ends after E2 82
    expect(decodeSource(bytes('ok', [0xe2, 0x82]))).toEqual({ ok: false, offset: 2, line: 1, column: 3 });
  });
});

/**
 * Bytes of an author's file to text. A UTF-8 byte-order mark and Windows line
 * endings are accepted (and removed); bytes that are not UTF-8 are rejected
 * with the offset of the first bad byte, so the author can find it.
 */

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; line: number; column: number };

/** Length of the UTF-8 sequence starting at `i`, or 0 if it is not valid there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] as number;
  if (first < 0x80) return 1;
  let length: number;
  let min: number;
  if (first >= 0xc2 && first <= 0xdf) [length, min] = [2, 0x80];
  else if (first >= 0xe0 && first <= 0xef) [length, min] = [3, 0x800];
  else if (first >= 0xf0 && first <= 0xf4) [length, min] = [4, 0x10000];
  else return 0;
  let codePoint = first & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || (next & 0xc0) !== 0x80) return 0;
    codePoint = (codePoint << 6) | (next & 0x3f);
  }
  const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
  return codePoint < min || codePoint > 0x10ffff || isSurrogate ? 0 : length;
}

/** The native decoder checks validity far faster than a loop in JS; it is made once. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSource(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strictDecoder.decode(bytes).replace(/\r\n?/g, '\n') };
  } catch {
    return locateInvalidByte(bytes);
  }
}

/** Only for a file that is not UTF-8: walks it to say where the first bad byte is. */
function locateInvalidByte(bytes: Uint8Array): Decoded {
  let line = 1;
  let column = 1;
  // Editors do not show a byte-order mark, so it takes no column.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return { ok: false, offset: i, line, column };
    if (bytes[i] === 0x0a) {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
    i += length;
  }
  // The native decoder and this walk agree on what UTF-8 is; reaching here would be a bug in one of them.
  throw new Error('decodeSource: the file was rejected as UTF-8 but no invalid byte was found');
}

/**
 * A PNG encoder for palette images (colour type 3, 8 bits a pixel): a card
 * is a background and a few inks, so an index a pixel is a third of RGB's
 * bytes to compress, and the file is smaller too.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * Run-length matching only: a card is long runs of one index, which it
 * compresses several times faster than zlib's default, into a file only a
 * little larger (bench/README.md).
 */
const DEFLATE = { strategy: constants.Z_RLE };

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * `palette` holds up to 256 colours as RGB triples; `scanlines` holds each row
 * as a filter byte followed by one palette index a pixel (the layout PNG
 * compresses), so the caller writes pixels straight into it.
 */
export function encodePalettePng(width: number, height: number, palette: Uint8Array, scanlines: Uint8Array): Buffer {
  if (palette.length % 3 !== 0 || palette.length === 0 || palette.length > 256 * 3) {
    throw new Error(`PNG palette: ${palette.length} bytes is not 1 to 256 RGB colours`);
  }
  if (scanlines.length !== height * (width + 1)) {
    throw new Error(`PNG scanlines: ${scanlines.length} bytes for ${width}×${height} pixels, expected ${height * (width + 1)}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette)),
    chunk('IDAT', deflateSync(scanlines, DEFLATE)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

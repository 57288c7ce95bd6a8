/**
 * Social cards, drawn without a build: line breaking with a made-up measure,
 * the palette canvas and PNG encoder with hand-worked pixels, and whole cards
 * read back through resvg's own PNG decoder (an image embedded in an SVG), so
 * the encoder is never checked against itself.
 */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { Canvas } from '../../src/lib/cards/canvas.ts';
import { CARD_HEIGHT, CARD_WIDTH, drawCard, type CardContent } from '../../src/lib/cards/draw.ts';
import { shapeText } from '../../src/lib/cards/fonts.ts';
import { encodePalettePng } from '../../src/lib/cards/png.ts';
import { wrapLines } from '../../src/lib/cards/wrap.ts';

/** Every character 10 units wide. */
const tenEach = (text: string) => [...text].length * 10;

describe('wrapLines', () => {
  it('breaks at spaces, as many words a line as fit', () => {
    // Width 100 holds 10 characters: "one two" is 7, "one two three" would be 13.
    expect(wrapLines('one two three four five', 100, 5, tenEach)).toEqual(['one two', 'three four', 'five']);
  });

  it('treats runs of whitespace and newlines as one space', () => {
    expect(wrapLines('  one \n two   three ', 100, 5, tenEach)).toEqual(['one two', 'three']);
  });

  it('breaks a word wider than a line between characters', () => {
    expect(wrapLines('ab abcdefghijklmnopqrstuvwxy z', 100, 5, tenEach)).toEqual(['ab', 'abcdefghij', 'klmnopqrst', 'uvwxy z']);
  });

  it('ends the last allowed line with an ellipsis that fits, taking words from the next line', () => {
    // Lines would be "one two", "three four", "five six", "seven"; two are allowed.
    // "three four five" with "…" must fit 10 characters: "three four…" is 11, "three fou…" is 10.
    expect(wrapLines('one two three four five six seven', 100, 2, tenEach)).toEqual(['one two', 'three fou…']);
  });

  it('does not put a space into a word that was split when it adds the ellipsis', () => {
    // "abcdefghijklmno" splits into "abcdefghij" and "klmno"; the one allowed line continues the word.
    expect(wrapLines('abcdefghijklmno', 100, 1, tenEach)).toEqual(['abcdefghi…']);
  });

  it('returns no lines for empty text', () => {
    expect(wrapLines(' \n ', 100, 3, tenEach)).toEqual([]);
  });
});

describe('shapeText', () => {
  it('takes each character from the first Inter subset that has it', () => {
    const run = shapeText('AΩЖ', 56, 700);
    const [latin, greek, cyrillic] = run.glyphs;
    expect(latin?.glyph.index).toBeGreaterThan(0);
    expect(greek?.glyph.index).toBeGreaterThan(0);
    expect(cyrillic?.glyph.index).toBeGreaterThan(0);
    expect(new Set([latin?.font, greek?.font, cyrillic?.font]).size).toBe(3);
  });

  it('draws a character Inter lacks as its missing-glyph box, and still advances', () => {
    const [glyph] = shapeText('中', 56, 400).glyphs;
    expect(glyph?.glyph.index).toBe(0);
    expect(shapeText('中', 56, 400).width).toBeGreaterThan(0);
  });

  it('composes a decomposed accent, so "é" typed as e + U+0301 is one glyph', () => {
    expect(shapeText('e\u0301', 30, 400).glyphs).toHaveLength(1);
    expect(shapeText('e\u0301', 30, 400).width).toBe(shapeText('é', 30, 400).width);
  });

  it('scales with the size', () => {
    expect(shapeText('Leverage', 60, 400).width).toBeCloseTo(2 * shapeText('Leverage', 30, 400).width, 9);
  });
});

interface Decoded {
  width: number;
  height: number;
  rgb(x: number, y: number): [number, number, number];
}

/** Decodes a PNG with resvg, by drawing it as an image at its own size. */
function decode(png: Buffer, width: number, height: number): Decoded {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg).render();
  const pixels = image.pixels;
  return {
    width: image.width,
    height: image.height,
    rgb: (x, y) => {
      const at = (y * image.width + x) * 4;
      return [pixels[at] as number, pixels[at + 1] as number, pixels[at + 2] as number];
    },
  };
}

describe('encodePalettePng', () => {
  it('writes a PNG whose pixels are the palette colours of the indices', () => {
    const palette = Uint8Array.from([255, 0, 0, 0, 0, 255, 10, 20, 30]);
    // Two rows of three pixels, each row after its filter byte 0.
    const scanlines = Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 0]);
    const image = decode(encodePalettePng(3, 2, palette, scanlines), 3, 2);
    expect([image.rgb(0, 0), image.rgb(1, 0), image.rgb(2, 0)]).toEqual([
      [255, 0, 0],
      [0, 0, 255],
      [10, 20, 30],
    ]);
    expect([image.rgb(0, 1), image.rgb(1, 1), image.rgb(2, 1)]).toEqual([
      [10, 20, 30],
      [10, 20, 30],
      [255, 0, 0],
    ]);
  });

  it('refuses scanlines of the wrong length and palettes that are not RGB triples', () => {
    expect(() => encodePalettePng(3, 2, Uint8Array.from([0, 0, 0]), new Uint8Array(7))).toThrow(
      'PNG scanlines: 7 bytes for 3×2 pixels, expected 8',
    );
    expect(() => encodePalettePng(1, 1, Uint8Array.from([0, 0]), new Uint8Array(2))).toThrow(
      'PNG palette: 2 bytes is not 1 to 256 RGB colours',
    );
  });
});

describe('Canvas', () => {
  const white = [255, 255, 255] as const;
  const black = [0, 0, 0] as const;

  it('blends the background towards each ink in as many steps as 256 palette entries allow', () => {
    // One ink: 256 levels, level L is 255 − L in every channel.
    const one = new Canvas(1, 1, white, [black]).palette();
    expect(one.length).toBe(256 * 3);
    expect([...one.subarray(0, 3)]).toEqual([255, 255, 255]);
    expect([...one.subarray(100 * 3, 100 * 3 + 3)]).toEqual([155, 155, 155]);
    expect([...one.subarray(255 * 3)]).toEqual([0, 0, 0]);
    // Three inks: 85 levels each; the second ink starts at the background again and ends at itself.
    const three = new Canvas(1, 1, white, [black, [0, 0, 255], [255, 0, 0]]).palette();
    expect([...three.subarray(85 * 3, 85 * 3 + 3)]).toEqual([255, 255, 255]);
    expect([...three.subarray(169 * 3, 169 * 3 + 3)]).toEqual([0, 0, 255]);
    // Level 42 of 84 towards red: green and blue at 255 − 255 × 42 / 84 = 127.5, rounded to 128.
    expect([...three.subarray((170 + 42) * 3, (170 + 42) * 3 + 3)]).toEqual([255, 128, 128]);
  });

  it('adds overlapping coverage as paint does and maps it to the nearest level', () => {
    const canvas = new Canvas(3, 1, white, [black]);
    const half = { left: 0, top: 0, width: 2, height: 1, alpha: Uint8Array.from([128, 255]) };
    canvas.stamp(half, 0, 0, 0);
    canvas.stamp(half, 1, 0, 0);
    // Pixel 0: 128. Pixel 1: 255 then 128 → 255 + 128 − round(255 × 128 / 255) = 255. Pixel 2: 255.
    expect([...canvas.scanlines()]).toEqual([0, 128, 255, 255]);
  });

  it('clips what falls outside it', () => {
    const canvas = new Canvas(2, 2, white, [black]);
    canvas.fillRect(-5, 1, 100, 100, 0);
    canvas.stamp({ left: 0, top: 0, width: 1, height: 1, alpha: Uint8Array.from([200]) }, 5, -1, 0);
    expect([...canvas.scanlines()]).toEqual([0, 0, 0, 0, 255, 255]);
  });
});

describe('drawCard', () => {
  const BLUE = [0x0b, 0x5c, 0xad];
  const BACKGROUND = [0xfd, 0xfc, 0xfa];
  const TEXT = [0x1d, 0x1f, 0x23];
  const card: CardContent = {
    siteName: 'Fulcrum Field Notes',
    kicker: 'April 22, 2026',
    headline: 'Twenty-six tasks',
    figures: [
      ['16.1x', 'leverage'],
      ['189.08', 'human hours'],
      ['26', 'tasks'],
    ],
  };

  /** Rows from `top` to `bottom` (exclusive) that hold a pixel of this colour. */
  function rowsWith(image: Decoded, colour: number[], top: number, bottom: number): number[] {
    const rows: number[] = [];
    for (let y = top; y < bottom; y++) {
      for (let x = 0; x < image.width; x++) {
        if (image.rgb(x, y).every((value, channel) => value === colour[channel])) {
          rows.push(y);
          break;
        }
      }
    }
    return rows;
  }

  it('is a 1200×630 PNG with the blue rule along the top on the background', () => {
    const image = decode(drawCard(card), CARD_WIDTH, CARD_HEIGHT);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.rgb(600, 0)).toEqual(BLUE);
    expect(image.rgb(600, 15)).toEqual(BLUE);
    expect(image.rgb(600, 16)).toEqual(BACKGROUND);
    expect(image.rgb(1199, 629)).toEqual(BACKGROUND);
  });

  it('draws the headline in the text colour below the kicker, and the figures along the bottom', () => {
    const image = decode(drawCard(card), CARD_WIDTH, CARD_HEIGHT);
    // Nothing dark above the headline (site name is blue, kicker grey), then headline and figures.
    expect(rowsWith(image, TEXT, 16, 190)).toEqual([]);
    expect(rowsWith(image, TEXT, 190, 270).length).toBeGreaterThan(30);
    expect(rowsWith(image, TEXT, 270, 440)).toEqual([]);
    expect(rowsWith(image, TEXT, 440, 530).length).toBeGreaterThan(40);
  });

  it('keeps an overlong headline to three lines, clear of the figures', () => {
    const long = { ...card, headline: 'Billing service: write a dunning sequence '.repeat(6) };
    const image = decode(drawCard(long), CARD_WIDTH, CARD_HEIGHT);
    expect(rowsWith(image, TEXT, 190, 392).length).toBeGreaterThan(120);
    expect(rowsWith(image, TEXT, 392, 440)).toEqual([]);
  });

  it('draws the same card to the same bytes', () => {
    expect(drawCard(card).equals(drawCard({ ...card }))).toBe(true);
  });
});

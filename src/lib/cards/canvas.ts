/**
 * A card's pixels as palette indices: each pixel is the background, or one ink
 * laid over it to some degree. Texts on a card never overlap one another, so
 * one ink a pixel is enough, and the palette is each ink at evenly spaced
 * strengths. Pixels are kept in the layout of PNG image data (each row after a
 * filter byte of 0), so the finished canvas is compressed as it is.
 */
import type { Coverage } from './glyphs.ts';

export type Rgb = readonly [number, number, number];

export class Canvas {
  readonly width: number;
  readonly height: number;
  private readonly background: Rgb;
  private readonly inks: readonly Rgb[];
  /** Strengths each ink gets in the palette: as many as fit in 256 entries. */
  private readonly levels: number;
  /** Coverage (0–255) to the nearest strength. */
  private readonly toLevel: Uint8Array;
  private readonly pixels: Uint8Array;

  // Plain fields, not parameter properties: the card worker runs this file with Node's type stripping.
  constructor(width: number, height: number, background: Rgb, inks: readonly Rgb[]) {
    if (inks.length === 0 || inks.length > 128)
      throw new Error(`canvas: ${inks.length} inks, expected 1 to 128 (two strengths each at least)`);
    this.width = width;
    this.height = height;
    this.background = background;
    this.inks = inks;
    this.levels = Math.floor(256 / inks.length);
    this.toLevel = Uint8Array.from({ length: 256 }, (_, alpha) => Math.round((alpha * (this.levels - 1)) / 255));
    this.pixels = new Uint8Array(height * (width + 1));
  }

  private at(x: number, y: number): number {
    return y * (this.width + 1) + 1 + x;
  }

  fillRect(x: number, y: number, width: number, height: number, ink: number): void {
    const full = ink * this.levels + this.levels - 1;
    for (let row = Math.max(0, y); row < Math.min(this.height, y + height); row++) {
      this.pixels.fill(full, this.at(Math.max(0, x), row), this.at(Math.min(this.width, x + width), row));
    }
  }

  /** Lays a glyph's coverage down with its top-left pixel at (x, y); overlapping coverage adds up as paint does. */
  stamp(glyph: Coverage, x: number, y: number, ink: number): void {
    const { levels, toLevel, pixels } = this;
    for (let row = 0; row < glyph.height; row++) {
      const canvasY = y + row;
      if (canvasY < 0 || canvasY >= this.height) continue;
      for (let col = 0; col < glyph.width; col++) {
        const canvasX = x + col;
        const alpha = glyph.alpha[row * glyph.width + col] as number;
        if (alpha === 0 || canvasX < 0 || canvasX >= this.width) continue;
        const at = this.at(canvasX, canvasY);
        const under = Math.round((((pixels[at] as number) % levels) * 255) / (levels - 1));
        pixels[at] = ink * levels + (toLevel[under + alpha - Math.round((under * alpha) / 255)] as number);
      }
    }
  }

  /** The palette: for each ink, the background blended towards it in even steps (entry 0 is the background itself). */
  palette(): Uint8Array {
    const { levels } = this;
    const palette = new Uint8Array(this.inks.length * levels * 3);
    this.inks.forEach((ink, inkIndex) => {
      for (let level = 0; level < levels; level++) {
        for (let channel = 0; channel < 3; channel++) {
          const from = this.background[channel] as number;
          const to = ink[channel] as number;
          palette[(inkIndex * levels + level) * 3 + channel] = Math.round(from + ((to - from) * level) / (levels - 1));
        }
      }
    });
    return palette;
  }

  /** Rows of palette indices, each after a filter byte of 0, the layout a PNG's image data compresses. */
  scanlines(): Uint8Array {
    return this.pixels;
  }
}

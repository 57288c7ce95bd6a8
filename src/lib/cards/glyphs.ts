/**
 * Each glyph's coverage (how much of each pixel its outline covers), drawn
 * once by resvg and reused: a card is a few dozen distinct glyphs, and
 * rasterising a whole 1200×630 SVG for every card cost more than the rest of
 * the build's pages together.
 */
import { Resvg } from '@resvg/resvg-js';
import type opentype from 'opentype.js';

/** Pen positions are kept to a quarter pixel: finer steps are invisible, coarser ones uneven. */
export const SUBPIXEL_STEPS = 4;

export interface Coverage {
  /** Offset of the bitmap's top-left pixel from the pen position on the baseline. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** One byte per pixel, 0 (untouched) to 255 (covered), row by row. */
  alpha: Uint8Array;
}

const EMPTY: Coverage = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
const drawn = new Map<opentype.Font, Map<string, Coverage>>();

function rasterise(glyph: opentype.Glyph, size: number, subpixel: number, unitsPerEm: number): Coverage {
  const box = glyph.getBoundingBox();
  if (!(box.x2 > box.x1 && box.y2 > box.y1)) return EMPTY;
  const scale = size / unitsPerEm;
  const penX = subpixel / SUBPIXEL_STEPS;
  // One spare pixel on each side: antialiasing reaches into it.
  const left = Math.floor(penX + box.x1 * scale) - 1;
  const top = Math.floor(-box.y2 * scale) - 1;
  const width = Math.ceil(penX + box.x2 * scale) + 1 - left;
  const height = Math.ceil(-box.y1 * scale) + 1 - top;
  const path = glyph.getPath(penX - left, -top, size).toPathData(3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${path}"/></svg>`;
  const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3] as number;
  return { left, top, width, height, alpha };
}

/** The coverage of a glyph at a size, with the pen at a whole pixel plus `subpixel` quarters. */
export function glyphCoverage(font: opentype.Font, glyph: opentype.Glyph, size: number, subpixel: number): Coverage {
  let forFont = drawn.get(font);
  if (!forFont) drawn.set(font, (forFont = new Map()));
  const key = `${glyph.index}:${size}:${subpixel}`;
  let coverage = forFont.get(key);
  if (!coverage) forFont.set(key, (coverage = rasterise(glyph, size, subpixel, font.unitsPerEm)));
  return coverage;
}

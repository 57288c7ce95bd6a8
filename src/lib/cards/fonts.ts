/**
 * Inter, from the @fontsource/inter package (nothing is fetched at build
 * time), and the one text measure cards use: each character from the first
 * subset that has it, advanced by its width and the font's kerning.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';

export type Weight = 400 | 700;

/**
 * Every script Inter covers, so names like "Łódź" or "Ελένη" are drawn rather
 * than shown as missing glyphs. Latin first: almost every character is there,
 * and the others are parsed only when a card needs them. (Inter has no CJK or
 * emoji; those are drawn as Inter's missing-glyph box.)
 */
const SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;

const require = createRequire(import.meta.url);
const parsed = new Map<string, opentype.Font>();

function subsetFont(subset: (typeof SUBSETS)[number], weight: Weight): opentype.Font {
  const key = `${subset}-${weight}`;
  let font = parsed.get(key);
  if (!font) {
    const bytes = readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`));
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    parsed.set(key, font);
  }
  return font;
}

/** Ascent and descent of a line, as fractions of the font size (the same for every subset and weight). */
export function lineMetrics(): { ascent: number; descent: number } {
  const font = subsetFont('latin', 400);
  return { ascent: font.ascender / font.unitsPerEm, descent: -font.descender / font.unitsPerEm };
}

interface PlacedGlyph {
  font: opentype.Font;
  glyph: opentype.Glyph;
  /** Pen position in pixels from the start of the run. */
  x: number;
}

export interface TextRun {
  text: string;
  glyphs: PlacedGlyph[];
  /** Advance of the whole run in pixels. */
  width: number;
}

function glyphFor(char: string, weight: Weight): { font: opentype.Font; glyph: opentype.Glyph } {
  for (const subset of SUBSETS) {
    const font = subsetFont(subset, weight);
    const index = font.charToGlyphIndex(char);
    if (index > 0) return { font, glyph: font.glyphs.get(index) };
  }
  const font = subsetFont('latin', weight);
  return { font, glyph: font.glyphs.get(0) };
}

/** Lays out one line of text at a size in pixels. Text is NFC-normalised so accented letters use Inter's composed glyphs. */
export function shapeText(text: string, size: number, weight: Weight): TextRun {
  const normalised = text.normalize('NFC');
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  let previous: { font: opentype.Font; glyph: opentype.Glyph } | undefined;
  for (const char of normalised) {
    const current = glyphFor(char, weight);
    const scale = size / current.font.unitsPerEm;
    if (previous?.font === current.font) pen += current.font.getKerningValue(previous.glyph, current.glyph) * scale;
    glyphs.push({ ...current, x: pen });
    pen += (current.glyph.advanceWidth ?? 0) * scale;
    previous = current;
  }
  return { text: normalised, glyphs, width: pen };
}

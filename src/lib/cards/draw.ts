/**
 * Drawing one social card, a 1200×630 PNG: a blue rule along the top, the
 * site's name, a kicker line, the headline in up to three lines (five on the
 * site card, which has no figures) and up to three figures along the bottom.
 * Text is laid out here and glyphs come from a cache of their coverage, so a
 * card costs a few milliseconds instead of a full vector rasterisation.
 */
import { Canvas, type Rgb } from './canvas.ts';
import { lineMetrics, shapeText, type TextRun, type Weight } from './fonts.ts';
import { glyphCoverage, SUBPIXEL_STEPS } from './glyphs.ts';
import { encodePalettePng } from './png.ts';
import { wrapLines } from './wrap.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  siteName: string;
  /** "April 22, 2026", or the site's description for the site card. */
  kicker: string;
  headline: string;
  /** Up to three figures: value and label ("16.1x", "leverage"). */
  figures: [value: string, label: string][];
}

const BACKGROUND: Rgb = [0xfd, 0xfc, 0xfa];
const BLUE = 0;
const TEXT = 1;
const MUTED = 2;
const INKS: Rgb[] = [
  [0x0b, 0x5c, 0xad],
  [0x1d, 0x1f, 0x23],
  [0x5a, 0x5f, 0x69],
];

const RULE = 16;
const PAD_X = 72;
const PAD_Y = 64;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const FIGURE_GAP = 64;

interface TextStyle {
  size: number;
  weight: Weight;
  ink: number;
  /** Height of a line as a multiple of the size; without it, the font's own ascent plus descent. */
  lineHeight?: number;
}

const SITE_NAME: TextStyle = { size: 30, weight: 700, ink: BLUE };
const KICKER: TextStyle = { size: 30, weight: 400, ink: MUTED };
const HEADLINE: TextStyle = { size: 56, weight: 700, ink: TEXT, lineHeight: 1.15 };
const FIGURE_VALUE: TextStyle = { size: 76, weight: 700, ink: TEXT };
const FIGURE_LABEL: TextStyle = { size: 28, weight: 400, ink: MUTED };

function lineHeight(style: TextStyle): number {
  const { ascent, descent } = lineMetrics();
  return style.size * (style.lineHeight ?? ascent + descent);
}

/** Where the baseline sits below the top of a line box: the glyphs centred in it, as CSS does. */
function baselineOffset(style: TextStyle): number {
  const { ascent, descent } = lineMetrics();
  return (lineHeight(style) - style.size * (ascent + descent)) / 2 + style.size * ascent;
}

function draw(canvas: Canvas, run: TextRun, style: TextStyle, x: number, lineTop: number): void {
  // Baselines on whole pixels keep horizontal strokes crisp; pens move in quarter pixels.
  const baseline = Math.round(lineTop + baselineOffset(style));
  for (const { font, glyph, x: pen } of run.glyphs) {
    const steps = Math.round((x + pen) * SUBPIXEL_STEPS);
    const whole = Math.floor(steps / SUBPIXEL_STEPS);
    const coverage = glyphCoverage(font, glyph, style.size, steps - whole * SUBPIXEL_STEPS);
    canvas.stamp(coverage, whole + coverage.left, baseline + coverage.top, style.ink);
  }
}

/** Lines of text in a style, wrapped to the content width. */
function lines(text: string, style: TextStyle, maxLines: number): TextRun[] {
  const measure = (line: string) => shapeText(line, style.size, style.weight).width;
  return wrapLines(text, CONTENT_WIDTH, maxLines, measure).map((line) => shapeText(line, style.size, style.weight));
}

/** Draws text top-down from `top`; returns the y below its last line. */
function block(canvas: Canvas, text: string, style: TextStyle, top: number, maxLines: number): number {
  let y = top;
  for (const run of lines(text, style, maxLines)) {
    draw(canvas, run, style, PAD_X, y);
    y += lineHeight(style);
  }
  return y;
}

function figures(canvas: Canvas, figures: CardContent['figures']): void {
  const top = CARD_HEIGHT - PAD_Y - lineHeight(FIGURE_VALUE) - lineHeight(FIGURE_LABEL);
  let x = PAD_X;
  for (const [value, label] of figures) {
    const valueRun = shapeText(value, FIGURE_VALUE.size, FIGURE_VALUE.weight);
    const labelRun = shapeText(label, FIGURE_LABEL.size, FIGURE_LABEL.weight);
    draw(canvas, valueRun, FIGURE_VALUE, x, top);
    draw(canvas, labelRun, FIGURE_LABEL, x, top + lineHeight(FIGURE_VALUE));
    x += Math.max(valueRun.width, labelRun.width) + FIGURE_GAP;
  }
}

export function drawCard(card: CardContent): Buffer {
  const canvas = new Canvas(CARD_WIDTH, CARD_HEIGHT, BACKGROUND, INKS);
  canvas.fillRect(0, 0, CARD_WIDTH, RULE, BLUE);
  let y = block(canvas, card.siteName, SITE_NAME, RULE + PAD_Y, 1);
  y = block(canvas, card.kicker, KICKER, y + 12, 1);
  // A long title ends in an ellipsis rather than running into the figures.
  block(canvas, card.headline, HEADLINE, y + 28, card.figures.length > 0 ? 3 : 5);
  figures(canvas, card.figures);
  return encodePalettePng(CARD_WIDTH, CARD_HEIGHT, canvas.palette(), canvas.scanlines());
}

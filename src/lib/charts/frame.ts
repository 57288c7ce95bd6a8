/** The drawing area of a chart: outer size, margins for axes, font size. */

export interface Frame {
  width: number;
  height: number;
  fontSize: number;
  /** Plot area edges in SVG units (y grows downwards). */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Where the value labels end (right-aligned, left of the plot) and where the date labels sit (below it). */
  yLabelX: number;
  xLabelY: number;
}

/** Narrow charts for phones, wide ones for larger screens; both drawn 1:1 at their size. */
export const NARROW = { width: 340, height: 220, fontSize: 11 };
export const WIDE = { width: 880, height: 300, fontSize: 12 };

export function frame(size: { width: number; height: number; fontSize: number }, yLabelChars: number): Frame {
  const { width, height, fontSize } = size;
  return {
    width,
    height,
    fontSize,
    left: Math.ceil(yLabelChars * fontSize * 0.6 + fontSize),
    right: width - fontSize,
    top: fontSize,
    bottom: height - fontSize * 2.5,
    yLabelX: Math.ceil(yLabelChars * fontSize * 0.6 + fontSize) - fontSize / 2,
    xLabelY: height - fontSize,
  };
}

/** Width a label needs, from the font size (average glyph ≈ 0.6 em) plus a gap. */
export function labelWidth(label: string, fontSize: number): number {
  return label.length * fontSize * 0.6 + fontSize;
}

/** Keeps every k-th label, for the smallest k at which neighbours no longer overlap. */
export function thinLabels<T extends { x: number; label: string }>(ticks: readonly T[], fontSize: number): T[] {
  const width = (label: string) => labelWidth(label, fontSize);
  for (let step = 1; step <= ticks.length; step++) {
    const kept = ticks.filter((_, index) => index % step === 0);
    const overlaps = kept.some(
      (tick, index) => index > 0 && tick.x - kept[index - 1]!.x < (width(kept[index - 1]!.label) + width(tick.label)) / 2,
    );
    if (!overlaps) return kept;
  }
  return ticks.slice(0, 1);
}

/**
 * Figures as a published post printed them: `13.9x`, `180x`, `0.40w`,
 * `189.1`, `60h (7.5 working days)`, `85m (1.4h)`, `~867,500`. A figure keeps
 * its digits as an integer and the number of decimals printed, so it can be
 * compared exactly with a computed value rounded to the same precision.
 */

export type FigureUnit = 'x' | 'hours' | 'minutes' | 'weeks' | 'days' | 'none';

export interface PrintedFigure {
  /** As printed, trimmed: `13.9x`, `7.5 working days`. */
  text: string;
  /** The digits without separators or point: 13.9 → 139. */
  units: number;
  /** Decimals printed: 13.9 → 1, 180 → 0. */
  decimals: number;
  unit: FigureUnit;
  /** Printed with `~` or `≈`, as approximate token counts are. */
  approximate: boolean;
}

const FIGURE =
  /(~|≈|about\s+)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(x|×|hours?|hrs?|h|minutes?|mins?|m|weeks?|wks?|w|working\s+days?|days?|d)?(?![a-z])/gi;

function unitOf(suffix: string | undefined): FigureUnit {
  if (suffix === undefined) return 'none';
  const word = suffix.toLowerCase().replace(/\s+/g, ' ');
  if (word === 'x' || word === '×') return 'x';
  if (word.startsWith('h')) return 'hours';
  if (word.startsWith('m')) return 'minutes';
  if (word.startsWith('w') && !word.startsWith('working')) return 'weeks';
  return 'days';
}

/** Every figure in a table cell, in order: `60h (7.5 working days)` gives 60 hours and 7.5 days. */
export function figuresIn(cell: string): PrintedFigure[] {
  const figures: PrintedFigure[] = [];
  for (const match of cell.matchAll(FIGURE)) {
    const [text, approximate, whole = '', fraction = '', suffix] = match;
    const digits = `${whole.replace(/,/g, '')}${fraction}`;
    const units = Number(digits);
    if (!Number.isSafeInteger(units)) continue;
    figures.push({ text: text.trim(), units, decimals: fraction.length, unit: unitOf(suffix), approximate: approximate !== undefined });
  }
  return figures;
}

/** Cells that print "no value": a dash, `n/a`, `∞` or nothing (a supervisory factor over 0m). */
export function isNoValue(cell: string): boolean {
  return /^(?:|[-–—]+|n\/?a|none|∞|inf(?:inity)?)$/i.test(cell.trim());
}

/** The one figure of a Task Log cell (`13.9x`), or undefined when the cell prints something else. */
export function soleFigure(cell: string): PrintedFigure | undefined {
  const figures = figuresIn(cell);
  return figures.length === 1 ? figures[0] : undefined;
}

/** A whole token count as printed: `~867,500` → 867500, `3,030,000` → 3030000. */
export function tokenCount(cell: string): number | undefined {
  const figure = soleFigure(cell);
  return figure && figure.decimals === 0 && figure.unit === 'none' ? figure.units : undefined;
}

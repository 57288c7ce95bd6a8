/**
 * Geometry of the dashboard's charts, computed from the data alone so tests
 * can check every bar and point. Components only draw what is here.
 */
import { CS_PER_HOUR } from '../duration.ts';
import { formatCount, formatExactHours, formatFactor, formatFixed, formatInteger } from '../format.ts';
import type { Bin } from '../metrics/histogram.ts';
import type { DayPoint } from '../metrics/series.ts';
import { frame, thinLabels, type Frame } from './frame.ts';
import { valueTicks } from './scale.ts';
import { timeScale, timeTicks } from './time-axis.ts';

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Tooltip and accessible name: "April 22, 2026: 189.1 h". */
  title: string;
}

export interface Dot {
  cx: number;
  cy: number;
  /** Radius: smaller when days are dense, so the rolling line stays visible. */
  r: number;
  title: string;
}

export interface ChartGeometry {
  frame: Frame;
  /** `textY` is the label's baseline, set so the text is centred on the grid line. */
  yTicks: { y: number; textY: number; label: string }[];
  xTicks: { x: number; label: string }[];
  bars: Bar[];
  dots: Dot[];
  /** SVG polyline points, "x,y x,y …". */
  line: string;
}

export interface ChartSize {
  width: number;
  height: number;
  fontSize: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

function yAxis(max: number, f: Frame, format: (value: number) => string) {
  const { ticks, domainMax } = valueTicks(max, 4, f.bottom, f.top);
  return {
    yTicks: ticks.map((tick) => ({ y: round(tick.at), textY: round(tick.at + f.fontSize / 3), label: format(tick.value) })),
    y: (value: number) => round(f.bottom - ((f.bottom - f.top) * value) / domainMax),
  };
}

function longestLabel(values: number[], format: (value: number) => string): number {
  const { ticks } = valueTicks(Math.max(0, ...values), 4, 1, 0);
  return Math.max(...ticks.map((tick) => format(tick.value).length));
}

function timeAxis(points: readonly DayPoint[], f: Frame, language: string) {
  const dates = points.map((point) => point.date);
  const scale = timeScale(dates[0]!, dates[dates.length - 1]!, f.left, f.right);
  return { scale, xTicks: timeTicks(dates, scale, f.fontSize, language, f.width) };
}

const hours = (cs: number) => cs / CS_PER_HOUR;
/** Axis ticks are round steps (…, 2.5, 5, 10, …), not data: at most two decimals. */
const axisNumber = (value: number) => (Number.isInteger(value) ? formatInteger(value) : String(Math.round(value * 100) / 100));
/** Hours on a value axis carry their unit, as factors carry their "x": "40h". */
const axisHours = (value: number) => `${axisNumber(value)}h`;

/** Human-equivalent hours per day, one bar per day in its calendar slot. */
export function hoursPerDayChart(
  points: readonly DayPoint[],
  size: ChartSize,
  language: string,
  label: (date: string) => string,
): ChartGeometry {
  const values = points.map((point) => hours(point.totals.human));
  const f = frame(size, longestLabel(values, axisHours));
  const { yTicks, y } = yAxis(Math.max(...values), f, axisHours);
  const { scale, xTicks } = timeAxis(points, f, language);
  const width = round(Math.max(scale.slot * 0.7, 0.6));
  const bars = points.map((point, index) => {
    const top = y(values[index]!);
    return {
      x: round(scale.x(point.date) - width / 2),
      y: top,
      width,
      height: round(f.bottom - top),
      title: `${label(point.date)}: ${formatExactHours(point.totals.human)} h`,
    };
  });
  return { frame: f, yTicks, xTicks, bars, dots: [], line: '' };
}

/** Each day's weighted leverage as a dot, and the rolling weighted average as a line. */
export function leverageChart(
  points: readonly DayPoint[],
  rolling: readonly number[],
  size: ChartSize,
  language: string,
  label: (date: string) => string,
): ChartGeometry {
  const values = points.map((point) => point.totals.leverage / 10);
  const axisFactor = (value: number) => `${axisNumber(value)}x`;
  const f = frame(size, longestLabel(values, axisFactor));
  const { yTicks, y } = yAxis(Math.max(...values, ...rolling.map((tenths) => tenths / 10)), f, axisFactor);
  const { scale, xTicks } = timeAxis(points, f, language);
  const r = round(Math.min(f.fontSize / 4, Math.max(0.8, scale.slot * 0.35)));
  const dots = points.map((point, index) => ({
    cx: round(scale.x(point.date)),
    cy: y(values[index]!),
    r,
    title: `${label(point.date)}: ${formatFactor(point.totals.leverage)}, 7-day ${formatFactor(rolling[index]!)}`,
  }));
  const line = points.map((point, index) => `${round(scale.x(point.date))},${y(rolling[index]! / 10)}`).join(' ');
  return { frame: f, yTicks, xTicks, bars: [], dots, line };
}

/** Running total of human-equivalent hours. */
export function cumulativeChart(
  points: readonly DayPoint[],
  cumulative: readonly number[],
  size: ChartSize,
  language: string,
): ChartGeometry {
  const values = cumulative.map(hours);
  const f = frame(size, longestLabel(values, axisHours));
  const { yTicks, y } = yAxis(Math.max(...values), f, axisHours);
  const { scale, xTicks } = timeAxis(points, f, language);
  const line = points.map((point, index) => `${round(scale.x(point.date))},${y(values[index]!)}`).join(' ');
  return { frame: f, yTicks, xTicks, bars: [], dots: [], line };
}

/** "1x", "2x", "5x" … for a bin edge in tenths. */
function edgeLabel(tenths: number): string {
  return `${formatFixed(tenths, 1).replace(/\.0$/, '')}x`;
}

export function binLabel(bin: Bin): string {
  return bin.from === 0 ? `under ${edgeLabel(bin.to)}` : `${edgeLabel(bin.from)} to ${edgeLabel(bin.to)}`;
}

/** Task factors: bins of equal width on a log scale, labelled at their edges. */
export function histogramChart(bins: readonly Bin[], size: ChartSize): ChartGeometry {
  const counts = bins.map((bin) => bin.count);
  const f = frame(size, longestLabel(counts, axisNumber));
  const { yTicks, y } = yAxis(Math.max(...counts), f, axisNumber);
  const slot = (f.right - f.left) / Math.max(bins.length, 1);
  const bars = bins.map((bin, index) => {
    const top = y(bin.count);
    return {
      x: round(f.left + index * slot + slot * 0.1),
      y: top,
      width: round(slot * 0.8),
      height: round(f.bottom - top),
      title: `${binLabel(bin)}: ${formatCount(bin.count, 'task', 'tasks')}`,
    };
  });
  const edges = bins.flatMap((bin, index) => (bin.from > 0 ? [{ x: round(f.left + index * slot), label: edgeLabel(bin.from) }] : []));
  return { frame: f, yTicks, xTicks: thinLabels(edges, f.fontSize), bars, dots: [], line: '' };
}

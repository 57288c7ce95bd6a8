/** Figures derived from hours that readers ask for: working days, weeks, agent hours. */
import { CS_PER_HOUR, type Centiseconds } from '../duration.ts';
import { divRoundHalfUp } from '../exact.ts';

export const HOURS_PER_WORKING_DAY = 8;
export const HOURS_PER_WORKING_WEEK = 40;

/** Human-equivalent working days (8 h each), in tenths. */
export function workingDaysTenths(human: Centiseconds): number {
  return divRoundHalfUp(human * 10, HOURS_PER_WORKING_DAY * CS_PER_HOUR);
}

/** Human-equivalent working weeks (40 h each), in tenths. */
export function workingWeeksTenths(human: Centiseconds): number {
  return divRoundHalfUp(human * 10, HOURS_PER_WORKING_WEEK * CS_PER_HOUR);
}

/** Any duration in hours, in tenths (agent time as hours). */
export function hoursTenths(cs: Centiseconds): number {
  return divRoundHalfUp(cs * 10, CS_PER_HOUR);
}

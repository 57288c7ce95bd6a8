/**
 * Preloaded (`node --import`) into one of the determinism builds: the clock
 * reads 1,000 days later than it is, so any output that takes a date from
 * the clock instead of the content differs from the other build.
 */
const OFFSET_MS = 1000 * 24 * 60 * 60 * 1000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  // Date's overloaded constructor has no single parameter type, so the arguments pass through as given.
  constructor(...args: [] | [string | number | Date] | [number, number, ...number[]]) {
    if (args.length === 0) super(RealDate.now() + OFFSET_MS);
    else super(...(args as [string | number | Date]));
  }

  static override now(): number {
    return RealDate.now() + OFFSET_MS;
  }
}

globalThis.Date = ShiftedDate as DateConstructor;

/**
 * `npm run check -- --fix`: every literal claim that exactly matches one
 * computed value becomes that value's metric reference, so the prose can no
 * longer drift from the data. A figure that matches several values (three
 * tasks at 15.0x) is left alone and reported: guessing would be worse.
 */
import { findClaims, judgeClaims, type Verdict } from './claims.ts';
import { computedValues, type ComputedValue } from './computed.ts';
import type { DayInContext, ProseSettings } from './check.ts';
import { proseParts } from './check.ts';
import { scanProse } from './scan.ts';

export interface LineChange {
  line: number;
  before: string;
  after: string;
}

export interface Unfixed {
  line: number;
  written: string;
  names: string[];
}

export interface ProseFix {
  text: string;
  changes: LineChange[];
  ambiguous: Unfixed[];
}

/** Day-wide figures of this day first, then the previous day's, then single tasks'. */
function choose(verdict: Verdict): ComputedValue | ComputedValue[] {
  const tiers = [
    verdict.matches.filter((value) => value.dayWide && !value.previous),
    verdict.matches.filter((value) => value.dayWide && value.previous),
    verdict.matches.filter((value) => !value.dayWide),
  ];
  const tier = tiers.find((values) => values.length > 0) ?? [];
  return tier.length === 1 ? (tier[0] as ComputedValue) : tier;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** `fileText` is the day file as checked (UTF-8, LF line ends). Only Markdown days are rewritten. */
export function fixDayProse(fileText: string, entry: DayInContext, settings: ProseSettings): ProseFix {
  const starts = lineStarts(fileText);
  const values = computedValues(entry.metrics, entry.previous?.totals);
  const edits: { start: number; end: number; replacement: string }[] = [];
  const ambiguous: Unfixed[] = [];
  if (!entry.day.file.endsWith('.md')) return { text: fileText, changes: [], ambiguous };
  for (const { markdown, firstLine } of proseParts(entry.day)) {
    const base = starts[firstLine - 1] ?? 0;
    if (markdown === '' || fileText.slice(base, base + markdown.length) !== markdown) continue;
    const verdicts = judgeClaims(findClaims(scanProse(markdown).blocks, settings.aiName), values);
    for (const verdict of verdicts) {
      if (verdict.matches.length === 0) continue;
      const { claim } = verdict;
      const chosen = choose(verdict);
      if (Array.isArray(chosen)) {
        const line = starts.findLastIndex((start) => start <= base + claim.start) + 1;
        ambiguous.push({ line, written: claim.written, names: chosen.map((value) => value.name) });
        continue;
      }
      const name = claim.inWords && chosen.name.endsWith('tasks') ? `${chosen.name}.words` : chosen.name;
      const written = claim.written + (claim.includesUnit ? 'x' : '');
      // Offsets come from the parsed text; touch the file only where it reads exactly as parsed.
      if (fileText.slice(base + claim.start, base + claim.end) !== written) continue;
      edits.push({ start: base + claim.start, end: base + claim.end, replacement: `:metric[${name}]` });
    }
  }
  let text = fileText;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
  }
  const before = fileText.split('\n');
  const after = text.split('\n');
  const changes = before.flatMap((line, index) =>
    line === after[index] ? [] : [{ line: index + 1, before: line, after: after[index] ?? '' }],
  );
  return { text, changes, ambiguous };
}

/**
 * `npm run check -- --fix`: every literal claim that exactly matches one
 * computed value becomes that value's metric reference, so the prose can no
 * longer drift from the data; a task's value is named by the task's place
 * in the file (`logged.3.factor`), and a `task.N` reference, which follows
 * the rank, is rewritten so. Left alone and reported: a figure that matches
 * several values (three tasks at 15.0x), where guessing would be worse,
 * one whose reference prints a unit the sentence spells out ("17 Claude
 * minutes" is logged.1.ai, which shows as "17m"), and one that is right at
 * another precision than its reference shows ("5.75 human hours", shown
 * 5.8): the reference would change what the page says.
 */
import { findClaims, judgeClaims, tier, type Verdict } from './claims.ts';
import { computedValues, type ComputedValue } from './computed.ts';
import type { ProseContext, ProseSettings } from './check-prose.ts';
import { proseDates, proseParts, stableTaskName } from './check-prose.ts';
import { scanProse } from '../source/prose-scan.ts';

interface LineChange {
  line: number;
  before: string;
  after: string;
}

/** A claim --fix leaves alone: several values match it, its one match renders with a unit, or at another precision. */
export type Unfixed = {
  line: number;
  /** The claim as written ("15.0x", "62 Claude minutes"). */
  phrase: string;
} & ({ reason: 'ambiguous'; names: string[] } | { reason: 'unit' | 'precision'; name: string; rendered: string });

export interface ProseFix {
  text: string;
  changes: LineChange[];
  leftAlone: Unfixed[];
}

/** Day-wide figures of this day first, then the previous day's, then single tasks'. */
function choose(verdict: Verdict): ComputedValue | ComputedValue[] {
  const best = Math.min(...verdict.matches.map(tier));
  const chosen = verdict.matches.filter((value) => tier(value) === best);
  return chosen.length === 1 ? (chosen[0] as ComputedValue) : chosen;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** `fileText` is the day file as checked (UTF-8, LF line ends). Only Markdown days are rewritten. */
export function fixDayProse(fileText: string, entry: ProseContext, settings: ProseSettings): ProseFix {
  const starts = lineStarts(fileText);
  const values = computedValues(entry.metrics, entry.previous?.totals);
  const edits: { start: number; end: number; replacement: string }[] = [];
  const leftAlone: Unfixed[] = [];
  if (!entry.day.file.endsWith('.md')) return { text: fileText, changes: [], leftAlone };
  for (const { markdown, firstLine } of proseParts(entry.day)) {
    const base = starts[firstLine - 1] ?? 0;
    if (markdown === '' || fileText.slice(base, base + markdown.length) !== markdown) continue;
    const scanned = scanProse(markdown);
    for (const use of scanned.metrics) {
      const stable = stableTaskName(use.name, entry.metrics);
      // Touch the file only where it holds the reference as parsed.
      if (stable && fileText.slice(base + use.start, base + use.end).startsWith(':metric[')) {
        edits.push({ start: base + use.start, end: base + use.end, replacement: `:metric[${stable.name}]` });
      }
    }
    const verdicts = judgeClaims(findClaims(scanned.blocks, settings.aiName, proseDates(entry)), values);
    for (const verdict of verdicts) {
      if (verdict.matches.length === 0) continue;
      const { claim } = verdict;
      const chosen = choose(verdict);
      const line = starts.findLastIndex((start) => start <= base + claim.start) + 1;
      if (Array.isArray(chosen)) {
        leftAlone.push({ line, phrase: claim.phrase, reason: 'ambiguous', names: chosen.map((value) => value.name) });
        continue;
      }
      if (!claim.inWords && chosen.rendered !== chosen.shown + (claim.includesUnit ? 'x' : '')) {
        leftAlone.push({ line, phrase: claim.phrase, reason: 'unit', name: chosen.name, rendered: chosen.rendered });
        continue;
      }
      if (!claim.inWords && claim.written.replace(/,/g, '') !== chosen.shown.replace(/,/g, '')) {
        leftAlone.push({ line, phrase: claim.phrase, reason: 'precision', name: chosen.name, rendered: chosen.rendered });
        continue;
      }
      const name = claim.inWords && chosen.name.endsWith('tasks') ? `${chosen.name}.words` : chosen.name;
      // Offsets come from the parsed text; touch the file only where it reads exactly as parsed.
      if (fileText.slice(base + claim.start, base + claim.end) !== claim.typed) continue;
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
  return { text, changes, leftAlone };
}

/**
 * `npm run check -- --fix`: turns literal figures in the prose that exactly
 * match a computed value into metric references. It looks only at the days
 * it is given (see FixSelection), shows the change as a diff, names every
 * file it would write, and writes only with `--yes` or a "y" typed at the
 * prompt.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixDayProse, type ProseFix, type Unfixed } from '../lib/prose/fix-prose.ts';
import { inContext } from '../lib/published/context.ts';
import type { DaySource } from '../lib/schema/day-file.ts';
import type { Site } from '../lib/schema/site-schema.ts';
import { replaceDayFile } from '../lib/source/save-day.ts';
import { formatCount } from '../lib/format.ts';
import type { Io } from './io.ts';

export interface FilePlan {
  file: string;
  fix: ProseFix;
  /** The file's text exactly as it was read, so a write can tell whether it has been saved again since. */
  read: string;
}

/**
 * The days --fix may rewrite: every one (`--all`), the files named on the
 * command line, or the days changed since the last commit. Paths are
 * absolute. Every day is still read, as the others' context.
 */
export type FixSelection = { kind: 'all' } | { kind: 'given' | 'changed'; paths: readonly string[] };

export const ALL_DAYS: FixSelection = { kind: 'all' };

const selects = (selection: FixSelection, path: string) => selection.kind === 'all' || selection.paths.includes(path);

/**
 * What --fix would change in each selected day file (files with nothing to
 * change are left out). Day files are named relative to `root`, or
 * absolutely when the content folder is outside the project (FULCRUM_CONTENT).
 */
export function planFixes(root: string, days: readonly DaySource[], site: Site, selection: FixSelection): FilePlan[] {
  const settings = { language: site.language, aiName: site.aiName, strict: false };
  return inContext(days).flatMap((entry) => {
    const path = resolve(root, entry.day.file);
    if (!selects(selection, path)) return [];
    const read = readFileSync(path, 'utf8');
    const fix = fixDayProse(read.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), entry, settings);
    return fix.changes.length > 0 || fix.leftAlone.length > 0 ? [{ file: entry.day.file, fix, read }] : [];
  });
}

function leftAloneReason(left: Unfixed): string {
  switch (left.reason) {
    case 'ambiguous':
      return `"${left.phrase}" matches ${left.names.join(', ')}; write the reference you mean`;
    case 'unit':
      return `"${left.phrase}" is ${left.name}, which shows as ${left.rendered}; reword around :metric[${left.name}] to keep it in step`;
    case 'precision':
      return `"${left.phrase}" is right, but :metric[${left.name}] shows ${left.rendered}; keep the figure, or write the reference if that reads as well`;
  }
}

export function describePlans(plans: readonly FilePlan[]): string {
  const lines: string[] = [];
  for (const { file, fix } of plans) {
    if (fix.changes.length > 0) lines.push(`--- ${file}`, `+++ ${file}`);
    for (const change of fix.changes) {
      lines.push(`@@ line ${change.line} @@`, `-${change.before}`, `+${change.after}`);
    }
    for (const left of fix.leftAlone) {
      lines.push(`${file}:${left.line} left as is: ${leftAloneReason(left)}`);
    }
  }
  return lines.join('\n');
}

export interface Applied {
  written: number;
  /** Files saved again after they were read (while the prompt waited): left as they are now. */
  changed: string[];
}

/**
 * Writes the planned text whole, keeping the file's byte-order mark and
 * line endings, only over a file that still reads as planned (save-day.ts):
 * if the author saved, moved or deleted it since, writing the plan would
 * undo that, so it is left alone.
 */
export function applyPlans(root: string, plans: readonly FilePlan[]): Applied {
  const applied: Applied = { written: 0, changed: [] };
  for (const { file, fix, read } of plans) {
    if (fix.changes.length === 0) continue;
    const lineEnding = read.includes('\r\n') ? '\r\n' : '\n';
    const bom = read.startsWith('\uFEFF') ? '\uFEFF' : '';
    if (replaceDayFile(resolve(root, file), read, bom + fix.text.replace(/\n/g, lineEnding)) === 'written') applied.written += 1;
    else applied.changed.push(file);
  }
  return applied;
}

/** What to do when --fix cannot or did not look at the days meant. */
export const NAME_THE_DAYS = 'name the day files to fix (npm run check -- --fix content/days/2026-04-22.md) or add --all for every day';

/** Which days were looked at, when they are the changed ones and not every one; `none` when no day changed. */
function selectionNote(root: string, days: readonly DaySource[], selection: FixSelection): { text: string; none: boolean } | undefined {
  if (selection.kind !== 'changed') return undefined;
  const looked = days.filter((day) => selects(selection, resolve(root, day.file))).length;
  const others = days.length - looked;
  if (looked === 0) return { text: `--fix: no day changed since the last commit; ${NAME_THE_DAYS}`, none: true };
  if (others === 0) return undefined;
  return {
    text: `--fix: looked only at the ${formatCount(looked, 'day', 'days')} changed since the last commit, not at the ${formatCount(others, 'other day', 'other days')}; ${NAME_THE_DAYS}`,
    none: false,
  };
}

/** False when a file could not be written because it was saved again meanwhile. */
export async function runFix(
  root: string,
  days: readonly DaySource[],
  site: Site,
  io: Io,
  confirm: (() => Promise<boolean>) | undefined,
  selection: FixSelection,
): Promise<boolean> {
  const note = selectionNote(root, days, selection);
  if (note) io.out(note.text);
  if (note?.none) return true;
  const plans = planFixes(root, days, site, selection);
  const changes = plans.reduce((sum, plan) => sum + plan.fix.changes.length, 0);
  if (plans.length === 0) {
    io.out('--fix: no literal figure in the prose matches a computed value; nothing to change.');
    return true;
  }
  io.out(describePlans(plans));
  if (changes === 0) return true;
  const files = plans.filter((plan) => plan.fix.changes.length > 0).map((plan) => plan.file);
  io.out(`--fix: would write ${formatCount(files.length, 'file', 'files')}: ${files.join(', ')}`);
  if (!confirm) {
    io.out(`--fix: nothing written. Run npm run check -- --fix --yes to write ${formatCount(changes, 'changed line', 'changed lines')}.`);
    return true;
  }
  if (!(await confirm())) {
    io.out('--fix: nothing written.');
    return true;
  }
  const { written, changed } = applyPlans(root, plans);
  for (const file of changed) {
    io.err(`--fix: ${file} changed after it was read, so nothing was written to it; run npm run check -- --fix again`);
  }
  io.out(written === 0 ? '--fix: nothing written.' : `--fix: wrote references into ${formatCount(written, 'file', 'files')}.`);
  return changed.length === 0;
}

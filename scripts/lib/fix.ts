/**
 * `npm run check -- --fix`: turns literal figures in the prose that exactly
 * match a computed value into metric references. It shows the change as a
 * diff first and writes only with `--yes` or a "y" typed at the prompt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inContext } from '../../src/lib/prose/check.ts';
import { fixDayProse, type ProseFix } from '../../src/lib/prose/fix.ts';
import type { DaySource } from '../../src/lib/source/day-file.ts';
import type { Site } from '../../src/lib/schema/site.ts';
import { plural, type Io } from './io.ts';

export interface FilePlan {
  file: string;
  fix: ProseFix;
}

/**
 * What --fix would change in each day file (files with nothing to change are
 * left out). Day files are named relative to `root`, or absolutely when the
 * content folder is outside the project (FULCRUM_CONTENT).
 */
export function planFixes(root: string, days: readonly DaySource[], site: Site): FilePlan[] {
  const settings = { language: site.language, aiName: site.aiName, strict: false };
  return inContext(days).flatMap((entry) => {
    const text = readFileSync(resolve(root, entry.day.file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const fix = fixDayProse(text, entry, settings);
    return fix.changes.length > 0 || fix.leftAlone.length > 0 ? [{ file: entry.day.file, fix }] : [];
  });
}

export function describePlans(plans: readonly FilePlan[]): string {
  const lines: string[] = [];
  for (const { file, fix } of plans) {
    if (fix.changes.length > 0) lines.push(`--- ${file}`, `+++ ${file}`);
    for (const change of fix.changes) {
      lines.push(`@@ line ${change.line} @@`, `-${change.before}`, `+${change.after}`);
    }
    for (const left of fix.leftAlone) {
      lines.push(
        left.reason === 'ambiguous'
          ? `${file}:${left.line} left as is: "${left.phrase}" matches ${left.names.join(', ')}; write the reference you mean`
          : `${file}:${left.line} left as is: "${left.phrase}" is ${left.name}, which shows as ${left.rendered}; reword around :metric[${left.name}] to keep it in step`,
      );
    }
  }
  return lines.join('\n');
}

/** Writes the planned text, keeping the file's byte-order mark and line endings. */
export function applyPlans(root: string, plans: readonly FilePlan[]): number {
  let written = 0;
  for (const { file, fix } of plans) {
    if (fix.changes.length === 0) continue;
    const path = resolve(root, file);
    const original = readFileSync(path, 'utf8');
    const lineEnding = original.includes('\r\n') ? '\r\n' : '\n';
    const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
    writeFileSync(path, bom + fix.text.replace(/\n/g, lineEnding));
    written += 1;
  }
  return written;
}

export async function runFix(
  root: string,
  days: readonly DaySource[],
  site: Site,
  io: Io,
  confirm: (() => Promise<boolean>) | undefined,
): Promise<void> {
  const plans = planFixes(root, days, site);
  const changes = plans.reduce((sum, plan) => sum + plan.fix.changes.length, 0);
  if (plans.length === 0) {
    io.out('--fix: no literal figure in the prose matches a computed value; nothing to change.');
    return;
  }
  io.out(describePlans(plans));
  if (changes === 0) return;
  if (!confirm) {
    io.out(`--fix: nothing written. Run npm run check -- --fix --yes to write ${plural(changes, 'changed line')}.`);
    return;
  }
  if (!(await confirm())) {
    io.out('--fix: nothing written.');
    return;
  }
  io.out(`--fix: wrote references into ${plural(applyPlans(root, plans), 'file')}.`);
}

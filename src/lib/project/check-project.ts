/**
 * Checks all of an author's files together: each day, the site settings, and
 * what only shows across files (two files for one date). Used by the loader,
 * `npm run check` and the build alike, so all three say the same thing.
 */
import { checkDayProse, type ProseScanner, type ProseSettings } from '../prose/check-prose.ts';
import { inContext } from '../published/context.ts';
import type { ProseCheckMemo } from './prose-check-memo.ts';
import { dayFileDate, parseDayFile, type DaySource, type TagPlace } from '../schema/day-file.ts';
import { parseSiteSource } from '../schema/site-file.ts';
import type { Site } from '../schema/site-schema.ts';
import { sortDiagnostics, type Diagnostic } from '../source/diagnostic.ts';
import type { SiteSource, SourceFile } from '../source/files.ts';
import { tagSlug } from '../schema/tags.ts';

export interface ProjectCheck extends DaysCheck {
  site?: Site;
}

export interface DaysCheck {
  /** Every day that parsed, sorted by date (drafts included). */
  days: DaySource[];
  diagnostics: Diagnostic[];
}

/**
 * All day files, and what only shows across them: two files for one date
 * (`.md` and `.yaml`), told by their names so it is reported even when one
 * of them has other errors. The first in name order is the day; the others are flagged.
 */
export function checkDayFiles(dayFiles: readonly SourceFile[], parse = parseDayFile): DaysCheck {
  const diagnostics: Diagnostic[] = [];
  const byDate = new Map<string, DaySource>();
  const fileOfDate = new Map<string, string>();
  const inNameOrder = [...dayFiles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, bytes } of inNameOrder) {
    const result = parse(file, bytes);
    diagnostics.push(...result.diagnostics);
    const date = dayFileDate(file);
    if (date === undefined) continue;
    const other = fileOfDate.get(date);
    if (other !== undefined) {
      diagnostics.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        path: '',
        message: `${other} is already the day ${date}; keep one of the two files`,
      });
      continue;
    }
    fileOfDate.set(date, file);
    if (result.day) byDate.set(date, result.day);
  }
  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { days, diagnostics: sortDiagnostics([...diagnostics, ...sharedTagAddresses(days)]) };
}

/**
 * Tags spelt differently that get one address ("Billing" and "billing",
 * "c++" and "C++") are one tag, shown under the spelling met first: each
 * other spelling is reported once, where it first occurs.
 */
function sharedTagAddresses(days: readonly DaySource[]): Diagnostic[] {
  const first = new Map<string, TagPlace & { file: string }>();
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const day of days) {
    for (const place of day.tagPlaces) {
      const slug = tagSlug(place.tag);
      const earlier = first.get(slug);
      if (!earlier) {
        first.set(slug, { ...place, file: day.file });
        continue;
      }
      if (earlier.tag === place.tag || reported.has(place.tag)) continue;
      reported.add(place.tag);
      diagnostics.push({
        file: day.file,
        line: place.line,
        column: place.column,
        severity: 'warning',
        path: place.path,
        message: `the tag "${place.tag}" has the address of "${earlier.tag}" (${earlier.file}:${earlier.line}:${earlier.column}), /tags/${slug}/, so both show as one tag, "${earlier.tag}"; write them the same way, or tell them apart by a letter or digit`,
      });
    }
  }
  return diagnostics;
}

/**
 * Each day's prose against its data, in its place among the published days.
 * `scan` reads a part of the prose (parsed here unless the days were prepared).
 */
export function checkProse(days: readonly DaySource[], settings: ProseSettings, scan?: ProseScanner, memo?: ProseCheckMemo): Diagnostic[] {
  const check = memo ? memo.check : checkDayProse;
  return sortDiagnostics(inContext(days).flatMap((entry) => check(entry, settings, scan)));
}

export interface ProjectOptions {
  /** Claims in the prose that match no computed value are errors (`--strict`); default: the site's `strictClaims`. */
  strictClaims?: boolean;
}

/** Every check: the site, each day, and each day's prose against its own data. */
export function checkProject(siteFile: SiteSource, dayFiles: readonly SourceFile[], options: ProjectOptions = {}): ProjectCheck {
  return checkSiteAndProse(siteFile, checkDayFiles(dayFiles), options);
}

/**
 * The checks that need the site settings, on days already checked one by one
 * and across files: the site file, and each day's prose against its data
 * (taken from `memo` for days whose check read nothing that changed).
 */
export function checkSiteAndProse(
  siteFile: SiteSource,
  checked: DaysCheck,
  options: ProjectOptions = {},
  scan?: ProseScanner,
  memo?: ProseCheckMemo,
): ProjectCheck {
  const { site, diagnostics: siteDiagnostics } = parseSiteSource(siteFile);
  const { days, diagnostics } = checked;
  // Prose is checked against the language and agent name the site will print.
  const prose = site
    ? checkProse(days, { language: site.language, aiName: site.aiName, strict: options.strictClaims ?? site.strictClaims }, scan, memo)
    : [];
  return { ...(site ? { site } : {}), days, diagnostics: sortDiagnostics([...siteDiagnostics, ...diagnostics, ...prose]) };
}

/**
 * The address a site is published at: `url` in site.yaml, or FULCRUM_URL for
 * one build. Its path becomes the base path of every link, so it must be one
 * a base path can hold, and nothing in it may be something only its owner
 * should see: it is copied into every page, feed and data/days.json.
 */
import type { Diagnostic } from '../source/diagnostic.ts';

export interface AddressProblem {
  /** What is wrong, after the address as written: `has a space in its path, …`. */
  problem: string;
  /** The address with that fixed, for the hint. */
  suggestion: string;
}

/** Characters a base path holds: Astro builds pages under a path with anything else percent-encoded wrongly. */
const PATH_CHARACTER = /[A-Za-z0-9\-._~/]/;

/** The address's problem, or undefined when it can be the site's address; `example` is suggested for one that is no address at all. */
export function siteAddressProblem(value: string, example = 'https://example.com/'): AddressProblem | undefined {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) return { problem: 'is not an absolute web address', suggestion: example };
  const clean = new URL(url.pathname, url.origin);
  if (url.username !== '' || url.password !== '') {
    return { problem: 'holds a user name or password, which every page and feed would publish', suggestion: clean.href };
  }
  if (url.search !== '') {
    return { problem: `has a query (${url.search}), which a site’s address cannot have`, suggestion: clean.href };
  }
  if (url.hash !== '') {
    return { problem: `has a fragment (${url.hash}), which a site’s address cannot have`, suggestion: clean.href };
  }
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray "%" that starts no escape: reported below as a character a base path cannot hold.
  }
  const unfit = [...path].filter((character) => !PATH_CHARACTER.test(character));
  if (unfit.length === 0) return undefined;
  const fitted = new URL(path.replace(/[^A-Za-z0-9\-._~/]+/g, '-'), url.origin).href;
  if (unfit.every((character) => /\s/.test(character))) {
    return { problem: 'has a space in its path, which a base path cannot hold', suggestion: fitted };
  }
  const first = unfit.find((character) => !/\s/.test(character)) as string;
  return {
    problem: `has "${first}" in its path; a base path holds only letters a–z, digits, "-", ".", "_" and "~"`,
    suggestion: fitted,
  };
}

/** FULCRUM_URL, which replaces `url` in site.yaml for one build (a preview, a test); undefined when unset or empty. */
export function addressOverride(env: Record<string, string | undefined> = process.env): string | undefined {
  return env['FULCRUM_URL'] || undefined;
}

/** FULCRUM_URL checked as strictly as `url`, as a diagnostic without a file position. */
export function addressOverrideDiagnostics(env: Record<string, string | undefined> = process.env): Diagnostic[] {
  const value = addressOverride(env);
  const found = value === undefined ? undefined : siteAddressProblem(value, 'https://preview.example.com/');
  if (!found) return [];
  const message = `"${value}" ${found.problem}; set FULCRUM_URL=${found.suggestion} or unset it to use url in site.yaml`;
  return [{ file: 'FULCRUM_URL', line: 0, column: 0, severity: 'error', path: '', message }];
}

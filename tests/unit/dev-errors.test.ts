/** Under `npm run dev`, the content's errors as the loaders report them, and the banner that puts them at the top of every page. */
import { afterEach, describe, expect, it } from 'vitest';
import { withErrorBanner } from '../../src/astro/dev-error-banner.ts';
import { currentErrors, reportErrors } from '../../src/astro/dev-errors.ts';
import type { Diagnostic } from '../../src/lib/source/diagnostic.ts';
import { element, elements, textOf } from '../support/html.ts';

const NO_UNIT: Diagnostic = {
  file: 'content/days/2026-04-22.md',
  line: 6,
  column: 9,
  severity: 'error',
  path: 'tasks[1].ai',
  message: '"17" has no unit; write 17m (minutes) or 0.3h (hours)',
};
const BAD_ZONE: Diagnostic = {
  file: 'content/site.yaml',
  line: 5,
  column: 11,
  severity: 'error',
  path: 'timeZone',
  message: '"Mars" is not a time zone',
};
const WARNING: Diagnostic = { ...NO_UNIT, line: 9, severity: 'warning', message: 'a warning' };

afterEach(() => {
  reportErrors('days', []);
  reportErrors('site', []);
});

describe('reportErrors', () => {
  it("keeps each source's errors until it reports again, warnings left out", () => {
    reportErrors('days', [NO_UNIT, WARNING]);
    reportErrors('site', [BAD_ZONE]);
    expect(currentErrors()).toEqual([NO_UNIT, BAD_ZONE]);
    reportErrors('days', []);
    expect(currentErrors()).toEqual([BAD_ZONE]);
  });
});

describe('withErrorBanner', () => {
  const PAGE = '<!DOCTYPE html><html lang="en"><head><title>A day</title></head><body class="post"><main>The day</main></body></html>';

  it("opens the page's body with every error as the check writes it, and leaves the page otherwise as it was", () => {
    const html = withErrorBanner(PAGE, [NO_UNIT, BAD_ZONE]);
    const banner = element(html, 'body > aside:first-child');
    expect(textOf(element(banner, 'p'))).toBe(
      '2 errors in the content. Until you fix them and save, a day with errors shows as it last built, or not at all:',
    );
    expect(elements(banner, 'li').map((item) => textOf(item))).toEqual([
      'content/days/2026-04-22.md:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)',
      'content/site.yaml:5:11 error timeZone: "Mars" is not a time zone',
    ]);
    expect(elements(banner, 'li > code:first-child').map((code) => textOf(code))).toEqual([
      'content/days/2026-04-22.md:6:9',
      'content/site.yaml:5:11',
    ]);
    expect(html.replace(/<aside[\s\S]*<\/aside>/, '')).toBe(PAGE);
  });

  it('says "1 error", and shows what the author wrote as text, never as markup', () => {
    const html = withErrorBanner(PAGE, [{ ...NO_UNIT, message: '"<img src=x onerror=alert(1)>" has no unit' }]);
    expect(textOf(element(html, 'aside p'))).toMatch(/^1 error in the content\./);
    expect(elements(html, 'img')).toEqual([]);
    expect(textOf(element(html, 'aside li'))).toContain('"<img src=x onerror=alert(1)>" has no unit');
  });

  it('leaves a page as it is when nothing is wrong', () => {
    expect(withErrorBanner(PAGE, [])).toBe(PAGE);
  });
});

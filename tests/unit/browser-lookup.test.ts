/**
 * Which Chromium the browser tests drive: CHROMIUM_PATH, then a system
 * Chromium, then the one shipped inside the @sparticuz/chromium npm package,
 * so a fresh clone without any browser still runs every browser test.
 * FULCRUM_IGNORE_SYSTEM_BROWSER makes a machine with a browser take the npm
 * path, as CI does once to prove that path works.
 */
import { describe, expect, it } from 'vitest';
import { chooseBrowser } from '../support/browser-lookup.ts';

const installed =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe('chooseBrowser', () => {
  it('takes CHROMIUM_PATH first, even when a system browser is installed', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/chrome/chrome' }, installed('/opt/chrome/chrome', '/usr/bin/chromium'))).toEqual({
      source: 'CHROMIUM_PATH',
      path: '/opt/chrome/chrome',
    });
  });

  it('refuses a CHROMIUM_PATH that does not exist rather than quietly taking another browser', () => {
    expect(() => chooseBrowser({ CHROMIUM_PATH: '/opt/nowhere/chrome' }, installed('/usr/bin/chromium'))).toThrow(
      'CHROMIUM_PATH is /opt/nowhere/chrome, which does not exist; unset it to use a system Chromium or the one npm installed',
    );
  });

  it("takes Debian's Chromium, then Google Chrome, when installed", () => {
    expect(chooseBrowser({}, installed('/usr/bin/chromium', '/usr/bin/google-chrome'))).toEqual({
      source: 'system',
      path: '/usr/bin/chromium',
    });
    expect(chooseBrowser({}, installed('/usr/bin/google-chrome'))).toEqual({ source: 'system', path: '/usr/bin/google-chrome' });
  });

  it('takes the npm Chromium on a machine without a browser', () => {
    expect(chooseBrowser({}, installed())).toEqual({ source: 'npm' });
  });

  it('takes the npm Chromium when told to ignore the system one, whatever CHROMIUM_PATH says', () => {
    expect(chooseBrowser({ FULCRUM_IGNORE_SYSTEM_BROWSER: '1' }, installed('/usr/bin/chromium'))).toEqual({ source: 'npm' });
    expect(
      chooseBrowser({ FULCRUM_IGNORE_SYSTEM_BROWSER: '1', CHROMIUM_PATH: '/usr/bin/chromium' }, installed('/usr/bin/chromium')),
    ).toEqual({
      source: 'npm',
    });
    // An empty value is unset, as shells write it.
    expect(chooseBrowser({ FULCRUM_IGNORE_SYSTEM_BROWSER: '' }, installed('/usr/bin/chromium'))).toEqual({
      source: 'system',
      path: '/usr/bin/chromium',
    });
  });
});

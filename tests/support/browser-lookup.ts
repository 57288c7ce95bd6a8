/**
 * Which Chromium the browser tests drive. Never a downloaded browser: in this
 * order CHROMIUM_PATH, a system Chromium, and last the headless Chromium that
 * the @sparticuz/chromium dev dependency ships inside its npm package, so
 * `npm install && npm test` needs nothing else on a fresh machine.
 */

/** Debian's Chromium, then Google Chrome as CI runners and desktops install it. */
export const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/google-chrome'];

export type BrowserChoice = { source: 'CHROMIUM_PATH' | 'system'; path: string } | { source: 'npm' };

/**
 * `FULCRUM_IGNORE_SYSTEM_BROWSER` (any non-empty value) skips the first two,
 * so a machine that has a browser can prove the npm path works.
 */
export function chooseBrowser(env: Record<string, string | undefined>, exists: (path: string) => boolean): BrowserChoice {
  if (env['FULCRUM_IGNORE_SYSTEM_BROWSER']) return { source: 'npm' };
  const configured = env['CHROMIUM_PATH'];
  if (configured) {
    if (!exists(configured)) {
      throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist; unset it to use a system Chromium or the one npm installed`);
    }
    return { source: 'CHROMIUM_PATH', path: configured };
  }
  const system = SYSTEM_BROWSERS.find(exists);
  return system ? { source: 'system', path: system } : { source: 'npm' };
}

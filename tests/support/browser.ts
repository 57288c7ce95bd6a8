/**
 * Chromium driven by playwright-core: never a downloaded browser. Which
 * Chromium is decided in browser-lookup.ts (CHROMIUM_PATH, a system one, or
 * the one the @sparticuz/chromium dev dependency ships inside npm).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import npmChromium, { inflate } from '@sparticuz/chromium';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll } from 'vitest';
import { chooseBrowser } from './browser-lookup.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = require.resolve('axe-core/axe.min.js');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * The npm package's Chromium, unpacked into the temp folder on first use
 * (about 5 s, then reused), with the NSS libraries the package also ships:
 * a machine that never installed a browser lacks them (libnss3 comes with
 * Debian's chromium package).
 */
async function unpackedNpmChromium(): Promise<Pick<LaunchOptions, 'executablePath' | 'env'>> {
  const executablePath = await npmChromium.executablePath();
  const bin = join(dirname(require.resolve('@sparticuz/chromium')), '..', 'bin');
  const libraries = join(await inflate(join(bin, 'al2023.tar.br')), 'lib');
  const inherited = process.env['LD_LIBRARY_PATH'];
  return { executablePath, env: { ...process.env, LD_LIBRARY_PATH: inherited ? `${libraries}:${inherited}` : libraries } };
}

export async function launchBrowser(): Promise<Browser> {
  const choice = chooseBrowser(process.env, existsSync);
  if (choice.source !== 'npm') return chromium.launch({ executablePath: choice.path, args: ARGS });
  const unpacked = await unpackedNpmChromium();
  try {
    return await chromium.launch({ ...unpacked, args: ARGS });
  } catch (error) {
    // A run killed while unpacking leaves a truncated binary that later runs would reuse.
    throw new Error(`the Chromium from @sparticuz/chromium at ${unpacked.executablePath} did not start; delete it to unpack it again`, {
      cause: error,
    });
  }
}

/**
 * A browser and dist/ served on 127.0.0.1 for the tests of one file, started
 * before them and closed after. Read the two only inside tests and hooks.
 */
export function browserOnDist(): { browser(): Browser; origin(): string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(resolve('dist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('browserOnDist: read before its beforeAll ran');
    return value;
  };
  return { browser: () => started(browser), origin: () => started(server).origin };
}

export interface View {
  width: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** false: a reader who has turned JavaScript off. */
  javaScriptEnabled?: boolean;
}

/** A fresh page at the given size and colour scheme, loaded from `url`. */
export async function openPage(
  browser: Browser,
  url: string,
  { width, height = 812, colorScheme = 'light', javaScriptEnabled = true }: View,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme, javaScriptEnabled });
  const response = await page.goto(url);
  if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  return page;
}

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of each. */
  nodes: string[];
}

/** axe-core's violations on the loaded page, in a form that reads well in a failed assertion. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}

export interface FocusStop {
  /** The element's tag and its href or id, e.g. "a /2026/04/22/". */
  element: string;
  outlineStyle: string;
  outlineWidth: number;
}

/**
 * Tabs through the page from the top, as a keyboard user would, and records
 * how each focused element is drawn. Returns the stops and the elements that
 * can take focus, so a test can tell whether Tab reached them all.
 */
export async function tabThrough(page: Page): Promise<{ stops: FocusStop[]; focusable: string[] }> {
  const focusable = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')].map(
      (element) => `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? `#${element.id || element.className}`}`,
    ),
  );
  const stops: FocusStop[] = [];
  for (let press = 0; press <= focusable.length; press++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return {
        element: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? `#${element.id || element.className}`}`,
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return { stops, focusable };
}

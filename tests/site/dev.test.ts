/**
 * `npm run dev` while an author writes: a saved day file shows on its page
 * (prose and figures), a draft shows, and a save that breaks the file keeps
 * the page at its last good version while the error is reported, in the
 * terminal and at the top of the pages, which the browser reloads. The
 * favicons answer at the addresses the pages link. The dev server runs on a
 * content folder of its own, with Astro's cache in a folder of its own. How
 * soon a save shows is measured by `npm run bench -- --dev`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFolder, markdownDay } from '../support/content-folder.ts';
import { type DevServer, pause, POLL_MS, startDevServer, WAIT_MS } from '../support/dev-server.ts';
import { element, elements, textOf } from '../support/html.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';

describe('npm run dev', () => {
  let content: string;
  let dev: DevServer;
  let origin: string;
  const pageWhen = (path: string, done: (html: string) => boolean, status = 200) => dev.pageWhen(path, done, status);

  const saveDay = (date: string, text: string) => writeFileSync(join(content, 'days', `${date}.md`), text);

  /** The error banner's lines, or none. */
  const bannerLines = (html: string) => elements(html, 'body > aside[role="alert"] li').map((item) => textOf(item));

  /** Vite's messages to the browser, as they come, on the connection its client script in every page opens. */
  async function browserMessages(): Promise<{ messages: { type: string }[]; close: () => void }> {
    const client = await (await fetch(`${origin}/@vite/client`)).text();
    const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
    const messages: { type: string }[] = [];
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/?token=${token}`, 'vite-hmr');
    socket.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data)) as { type: string }));
    while (!messages.some(({ type }) => type === 'connected')) await pause(POLL_MS);
    return { messages, close: () => socket.close() };
  }

  beforeAll(async () => {
    content = contentFolder({
      'days/2026-04-20.md': markdownDay('2026-04-20', 'Set up the project'),
      'days/2026-04-21.md': markdownDay('2026-04-21', 'A draft task').replace('date: 2026-04-21\n', 'date: 2026-04-21\ndraft: true\n'),
      'days/2026-04-22.md': markdownDay('2026-04-22'),
    });
    dev = await startDevServer(content);
    origin = dev.origin;
    await pageWhen('/robots.txt', () => true);
  });

  afterAll(async () => {
    await dev?.stop();
    rmSync(content, { recursive: true, force: true });
  });

  it('shows a day as written, and a draft', async () => {
    // 1h of human time in 17m of agent time: 60 / 17 = 3.5x.
    const page = await pageWhen('/2026/04/22/', (html) => html.includes('What happened.'));
    expect(page).toContain('<strong>3.5x</strong> leverage');
    const draft = await pageWhen('/2026/04/21/', (html) => html.includes('A draft task'));
    expect(draft).toContain('Draft');
  });

  it('shows a saved change of prose and figures on the day’s page', async () => {
    saveDay(
      '2026-04-22',
      markdownDay('2026-04-22').replace('What happened.', 'Something else happened.').replace('human: 1h', 'human: 2h'),
    );
    // 2h in 17m: 120 / 17 = 7.1x.
    const page = await pageWhen('/2026/04/22/', (html) => html.includes('Something else happened.'));
    expect(page).toContain('<strong>7.1x</strong> leverage');
    expect(page).not.toContain('What happened.');
  });

  it('answers the favicons at the addresses the pages link, without a trailing slash', async () => {
    for (const [path, type] of [
      ['/favicon.svg', 'image/svg+xml'],
      ['/favicon.ico', 'image/x-icon'],
      ['/apple-touch-icon.png', 'image/png'],
    ]) {
      const response = await fetch(`${origin}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, type]);
    }
    const page = await pageWhen('/2026/04/22/', () => true);
    expect(elements(page, 'link[rel~="icon"]').map((link) => link.properties.href)).toEqual(
      expect.arrayContaining(['/favicon.ico', '/favicon.svg']),
    );
  });

  it('does not watch what a build writes beside it: its unfinished site, its lock, dist/', async () => {
    // A build of this project running meanwhile (npm run build in another terminal), by a process that has ended.
    const building = `.dist-tmp-${spawnSync('true').pid}`;
    const output = {
      [`${building}/2026/04/22/index.html`]: '<p>new</p>',
      [`${building}/rss.xml`]: '<rss/>',
      '.dist-lock': '1\n',
      'dist/fulcrum-dev-test.html': '<p>x</p>',
    };
    try {
      for (const [file, text] of Object.entries(output)) {
        mkdirSync(dirname(join(PROJECT_ROOT, file)), { recursive: true });
        writeFileSync(join(PROJECT_ROOT, file), text);
      }
      // A day saved after them shows once the server has taken in every change before it.
      saveDay('2026-04-20', markdownDay('2026-04-20', 'Set up the project again'));
      await pageWhen('/2026/04/20/', (html) => html.includes('Set up the project again'));
      await pause(1000);
      expect(
        dev
          .log()
          .split('\n')
          .filter((line) => line.includes('.dist') || line.includes('fulcrum-dev-test')),
      ).toEqual([]);
    } finally {
      rmSync(join(PROJECT_ROOT, building), { recursive: true, force: true });
      rmSync(join(PROJECT_ROOT, '.dist-lock'), { force: true });
      rmSync(join(PROJECT_ROOT, 'dist/fulcrum-dev-test.html'), { force: true });
    }
  });

  it('shows no error banner while nothing is wrong', async () => {
    expect(bannerLines(await pageWhen('/2026/04/22/', () => true))).toEqual([]);
  });

  it('keeps the last good version of a day whose file was saved broken, says what is wrong on the page, and reloads the browser', async () => {
    const browser = await browserMessages();
    saveDay('2026-04-22', markdownDay('2026-04-22').replace('What happened.', 'Broken now.').replace('ai: 17m', 'ai: 17'));
    const started = Date.now();
    while (!dev.log().includes('tasks[1].ai: "17" has no unit') && Date.now() - started < WAIT_MS) await pause(POLL_MS);
    const line = `${join(content, 'days', '2026-04-22.md')}:6:9 error tasks[1].ai: "17" has no unit; write 17m (minutes) or 0.3h (hours)`;
    expect(dev.log()).toContain(line);
    const page = await pageWhen('/2026/04/22/', (html) => bannerLines(html).length > 0);
    expect(page).toContain('Something else happened.');
    expect(page).not.toContain('Broken now.');
    expect(bannerLines(page)).toEqual([line]);
    expect(textOf(element(page, 'body > aside[role="alert"] code'))).toBe(`${join(content, 'days', '2026-04-22.md')}:6:9`);
    while (!browser.messages.some(({ type }) => type === 'full-reload') && Date.now() - started < WAIT_MS) await pause(POLL_MS);
    browser.close();
    expect(browser.messages.map(({ type }) => type)).toContain('full-reload');
  });

  it('shows the errors of a day that never built on the page the browser asks for, and on every other page', async () => {
    saveDay('2026-04-23', markdownDay('2026-04-23').replace('human: 1h', 'human: 1'));
    const missing = await pageWhen('/2026/04/23/', (html) => bannerLines(html).length === 2, 404);
    expect(bannerLines(missing)[1]).toMatch(/2026-04-23\.md:\d+:\d+ error tasks\[1\]\.human: /);
    expect(bannerLines(await pageWhen('/archive/', () => true))).toEqual(bannerLines(missing));
  });

  it('takes the banner away once the files are fixed', async () => {
    saveDay('2026-04-22', markdownDay('2026-04-22'));
    saveDay('2026-04-23', markdownDay('2026-04-23'));
    const page = await pageWhen('/2026/04/23/', (html) => bannerLines(html).length === 0);
    expect(page).toContain('What happened.');
    expect(bannerLines(await pageWhen('/2026/04/22/', () => true))).toEqual([]);
  });
});

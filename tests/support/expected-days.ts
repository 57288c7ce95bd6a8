/**
 * What the sample site in content/ must show, worked out independently of
 * src/: factors are exact fractions of each file's minutes rounded half up
 * once; hours and minutes are sums of what the author wrote. Titles and
 * descriptions are as the Markdown pipeline renders them (code spans lose
 * their backticks, emphasis its asterisks, apostrophes become ’). The draft
 * day 2026-04-20 is not here: it must not be published.
 */

export interface ExpectedDay {
  date: string;
  /** Path of the post below the site root. */
  path: string;
  title: string;
  /** The long date shown under the title. */
  dateLabel: string;
  /** The day's own description, or the text of its first paragraph. */
  description: string;
  /**
   * The description as <head> tags and feed summaries carry it: whole up to 160
   * characters, else cut at the last space that leaves room for "…" within 160,
   * with the punctuation before that space dropped. Worked out by hand.
   */
  summary: string;
  /** Task Log rows: #, task, human est., agent, supervision, factor, supervisory factor. */
  rows: string[][];
  /** Aggregate Statistics values in table order. */
  totals: string[];
}

/** Aggregate Statistics labels, in order, with the agent named Claude (content/site.yaml). */
export const TOTAL_LABELS = [
  'Total tasks',
  'Total human-equivalent hours',
  'Total Claude minutes',
  'Total supervisory minutes',
  'Total tokens',
  'Weighted average leverage factor',
  'Weighted average supervisory leverage factor',
];

/** Published days, newest first. */
export const PUBLISHED: ExpectedDay[] = [
  {
    date: '2026-04-24',
    path: '2026/04/24/',
    title: 'Leverage Record: April 24, 2026',
    dateLabel: 'April 24, 2026',
    description:
      'A short Friday to close the week. The lesson sidebar had been flashing an empty panel for a fraction of a second on every navigation since the editor rebuild, and a student sent in a screen recording that made it impossible to ignore.',
    summary:
      'A short Friday to close the week. The lesson sidebar had been flashing an empty panel for a fraction of a second on every navigation since the editor rebuild…',
    rows: [
      [
        '1',
        'Handle <Suspense> fallback in the lesson sidebar so it no longer flashes empty while chapters load',
        '1.5h',
        '9m',
        '2m',
        '10.0x',
        '45.0x',
      ],
      ['2', 'Docs site: write the release notes page for CLI 3.1 from the merged pull requests', '2h', '12m', '3m', '10.0x', '40.0x'],
      [
        '3',
        'Billing service: move the dunning feature flag to on for 10% of accounts and add a dashboard panel for it',
        '1h',
        '7m',
        '2m',
        '8.6x',
        '30.0x',
      ],
    ],
    totals: ['3', '4.5', '28', '7', '520,000', '9.6x', '38.6x'],
  },
  {
    date: '2026-04-23',
    path: '2026/04/23/',
    title: 'Leverage Record: April 23, 2026',
    dateLabel: 'April 23, 2026',
    description:
      'The day after the long day is always a day of follow-ups, and this one was no exception. Three of today’s seven tasks were direct consequences of yesterday’s work: the yen rounding bug in proration, the redirects for the newly versioned docs, and a connection leak in the notification stream.',
    summary:
      'The day after the long day is always a day of follow-ups, and this one was no exception. Three of today’s seven tasks were direct consequences of yesterday’s…',
    rows: [
      [
        '1',
        'Docs site: add a redirect map so links to the old 2.x reference URLs land on the versioned pages',
        '2.5h',
        '11m',
        '2m',
        '13.6x',
        '75.0x',
      ],
      [
        '2',
        'Billing service: add structured logging to the dunning job with the customer and attempt number on every line',
        '1.33h',
        '6m',
        '1m',
        '13.3x',
        '79.8x',
      ],
      [
        '3',
        'Course platform: make the analytics page load in under a second by pre-aggregating the funnel nightly',
        '7h',
        '33m',
        '4m',
        '12.7x',
        '105.0x',
      ],
      [
        '4',
        'Course platform: fix the server-sent events connection leaking when a student signs out in another tab',
        '4h',
        '22m',
        '4m',
        '10.9x',
        '60.0x',
      ],
      [
        '5',
        'Course platform: backfill lesson durations for courses imported before the duration field existed',
        '1.5h',
        '9m',
        '1m',
        '10.0x',
        '90.0x',
      ],
      [
        '6',
        'Billing service: fix the proration rounding for plans billed in Japanese yen, which has no minor unit',
        '2h',
        '13m',
        '3m',
        '9.2x',
        '40.0x',
      ],
      [
        '7',
        'CLI tool: publish the shell completion scripts in the release archive and document how to install them',
        '1h',
        '7m',
        '1m',
        '8.6x',
        '60.0x',
      ],
    ],
    totals: ['7', '19.33', '101', '16', '1,290,000', '11.5x', '72.5x'],
  },
  {
    date: '2026-04-22',
    path: '2026/04/22/',
    title: 'Leverage Record: April 22, 2026',
    dateLabel: 'April 22, 2026',
    description:
      'The long day. I had cleared my calendar on purpose and queued up the work that had been accumulating on all four projects, including the lesson editor rebuild that I had estimated at three and a half working days back in February and kept postponing. The agent ran more or less continuously from early morning to evening while I reviewed, answered questions and kept the next prompt ready.',
    summary:
      'The long day. I had cleared my calendar on purpose and queued up the work that had been accumulating on all four projects, including the lesson editor rebuild…',
    rows: [
      [
        '1',
        'Course platform: rebuild the lesson editor on top of the new block model, including drafts, autosave and undo history',
        '28h',
        '17m',
        '2m',
        '98.8x',
        '840.0x',
      ],
      [
        '2',
        'Billing service: implement proration for mid-cycle plan changes, covering upgrades, downgrades and cancellations',
        '20h',
        '62m',
        '6m',
        '19.4x',
        '200.0x',
      ],
      [
        '3',
        'Billing service: split the monolithic InvoiceService into calculation, rendering and delivery modules with their own tests',
        '12h',
        '41m',
        '4m',
        '17.6x',
        '180.0x',
      ],
      [
        '4',
        'Course platform: migrate quiz submissions from the legacy JSON column to normalised answers and attempts tables',
        '16h',
        '58m',
        '6m',
        '16.6x',
        '160.0x',
      ],
      [
        '5',
        'Docs site: add versioned documentation so readers can switch between the 2.x and 3.x CLI references',
        '6h',
        '22m',
        '3m',
        '16.4x',
        '120.0x',
      ],
      [
        '6',
        'Course platform: build an instructor analytics page with completion funnels and drop-off per lesson',
        '14h',
        '52m',
        '5m',
        '16.2x',
        '168.0x',
      ],
      [
        '7',
        'CLI tool: make deployk status exit non-zero when any service is degraded, for use in CI pipelines',
        '1.25h',
        '5m',
        '1m',
        '15.0x',
        '75.0x',
      ],
      [
        '8',
        'CLI tool: add shell completion scripts for bash, zsh and fish, generated from the new command table',
        '7h',
        '28m',
        '3m',
        '15.0x',
        '140.0x',
      ],
      [
        '9',
        'Course platform: replace the polling-based notification badge with server-sent events and a reconnect backoff',
        '11h',
        '44m',
        '4m',
        '15.0x',
        '165.0x',
      ],
      [
        '10',
        'Billing service: reject negative line-item quantities at the API boundary with a clear validation message',
        '2.17h',
        '9m',
        '1m',
        '14.5x',
        '130.2x',
      ],
      [
        '11',
        'Docs site: port the remaining 14 pages from the old MDX components to plain Markdown with shortcodes',
        '9h',
        '38m',
        '4m',
        '14.2x',
        '135.0x',
      ],
      [
        '12',
        'Fix lesson navigation: the course page called the taxonomy API with a slug instead of the numeric ID',
        '3h',
        '13m',
        '3m',
        '13.8x',
        '60.0x',
      ],
      [
        '13',
        'Course platform: add per-course feature flags so instructors can opt in to the new discussion threads',
        '8h',
        '35m',
        '4m',
        '13.7x',
        '120.0x',
      ],
      [
        '14',
        'Docs site: generate Open Graph preview images for every page at build time from the page title and section',
        '3.5h',
        '16m',
        '2m',
        '13.1x',
        '105.0x',
      ],
      [
        '15',
        'Course platform: cache the rendered syllabus per course and invalidate it when a lesson is published or reordered',
        '6.5h',
        '30m',
        '3m',
        '13.0x',
        '130.0x',
      ],
      [
        '16',
        'Docs site: rewrite the search index builder to stream pages instead of holding every document in memory',
        '10h',
        '47m',
        '5m',
        '12.8x',
        '120.0x',
      ],
      [
        '17',
        'CLI tool: print a friendly hint when deployk push is run outside a project directory',
        '1.67h',
        '8m',
        '1m',
        '12.5x',
        '100.2x',
      ],
      [
        '18',
        'Course platform: send a weekly progress digest email to students who have not logged in for seven days',
        '5h',
        '24m',
        '3m',
        '12.5x',
        '100.0x',
      ],
      [
        '19',
        'CLI tool: replace the ad-hoc argument parser in deployk with a declarative command table and generated help',
        '3.83h',
        '19m',
        '2m',
        '12.1x',
        '114.9x',
      ],
      [
        '20',
        'Billing service: add an admin endpoint to resend a single invoice email, guarded by the billing:support role',
        '3.83h',
        '19m',
        '2m',
        '12.1x',
        '114.9x',
      ],
      [
        '21',
        'Billing service: reconcile the nightly payout report against the ledger and flag mismatches over one cent',
        '2.5h',
        '14m',
        '2m',
        '10.7x',
        '75.0x',
      ],
      [
        '22',
        'Docs site: fix code-block copy buttons that copied the line numbers along with the code on Safari',
        '2.25h',
        '13m',
        '2m',
        '10.4x',
        '67.5x',
      ],
      [
        '23',
        'Billing service: write a dunning sequence for failed card payments with three retries and a final notice email',
        '10h',
        '68m',
        '8m',
        '8.8x',
        '75.0x',
      ],
      [
        '24',
        'Billing service: add a currency column to saved payment methods and stop assuming everything is in euros',
        '1.5h',
        '11m',
        '1m',
        '8.2x',
        '90.0x',
      ],
      [
        '25',
        'Course platform: fix the aria-label on the progress ring so screen readers announce the percentage',
        '0.75h',
        '6m',
        '1m',
        '7.5x',
        '45.0x',
      ],
      [
        '26',
        'Docs site: fix the typo in the ‘Getting started’ heading that the spell-checker kept flagging',
        '0.33h',
        '5m',
        '1m',
        '4.0x',
        '19.8x',
      ],
    ],
    totals: ['26', '189.08', '704', '79', '3,030,000', '16.1x', '143.6x'],
  },
  {
    date: '2026-04-21',
    path: '2026/04/21/',
    title: 'Leverage Record: April 21, 2026',
    dateLabel: 'April 21, 2026',
    description:
      'Back to shipping after yesterday’s investigations. The proxy fix from Monday got a proper test: the agent spun up a tiny forwarding proxy inside the test suite, so the next regression will show up in CI instead of in a support ticket.',
    summary:
      'Back to shipping after yesterday’s investigations. The proxy fix from Monday got a proper test: the agent spun up a tiny forwarding proxy inside the test…',
    rows: [
      ['1', 'Docs site: lazy-load diagrams below the fold to cut the initial page weight', '2.5h', '13m', '2m', '11.5x', '75.0x'],
      [
        '2',
        'CLI tool: merge the proxy fix for deployk login and add a test that runs behind a local proxy',
        '2h',
        '11m',
        '2m',
        '10.9x',
        '60.0x',
      ],
      ['3', 'Course platform: add keyboard shortcuts for next and previous lesson', '3h', '17m', '3m', '10.6x', '60.0x'],
      [
        '4',
        'Billing service: turn the failed-invoice runbook into a checked-in Markdown page with links to the dashboards',
        '1h',
        '6m',
        '1m',
        '10.0x',
        '60.0x',
      ],
      ['5', 'Course platform: fix enrolment emails that showed the course slug instead of its title', '0.67h', '5m', '1m', '8.0x', '40.2x'],
    ],
    totals: ['5', '9.17', '52', '9', '—', '10.6x', '61.1x'],
  },
  {
    date: '2026-04-17',
    path: '2026/04/17/',
    title: 'Leverage Record: April 17, 2026',
    dateLabel: 'April 17, 2026',
    description:
      'Friday, and a fuller list than usual. The certificate job had been on my mind since Monday, when a student with a slow connection reported that the completion page spun for almost a minute before showing anything. The PDF rendering was happening inside the request.',
    summary:
      'Friday, and a fuller list than usual. The certificate job had been on my mind since Monday, when a student with a slow connection reported that the completion…',
    rows: [
      [
        '1',
        'Course platform: move certificate generation to a background job so the completion page stops hanging',
        '8h',
        '34m',
        '5m',
        '14.1x',
        '96.0x',
      ],
      ['2', 'Billing service: add an idempotency key to the refund endpoint', '3h', '14m', '2m', '12.9x', '90.0x'],
      ['3', 'Docs site: generate the CLI reference pages from deployk --help output at build time', '4.5h', '21m', '3m', '12.9x', '90.0x'],
      [
        '4',
        'CLI tool: retry registry uploads with exponential backoff and a clear error after the last attempt',
        '2.5h',
        '12m',
        '2m',
        '12.5x',
        '75.0x',
      ],
      ['5', 'Docs site: add a search-results page that works without JavaScript', '6h', '31m', '3m', '11.6x', '120.0x'],
      ['6', 'Billing service: upgrade the PDF library and adapt to its renamed font API', '5h', '27m', '4m', '11.1x', '75.0x'],
      ['7', 'Course platform: fix the off-by-one in the ‘lessons remaining’ counter', '0.5h', '3m', '1m', '10.0x', '30.0x'],
      ['8', 'Course platform: write the migration that backfills completed_at for legacy enrolments', '1.5h', '9m', '2m', '10.0x', '45.0x'],
    ],
    totals: ['8', '31.0', '151', '22', '1,740,000', '12.3x', '84.5x'],
  },
  {
    date: '2026-04-16',
    path: '2026/04/16/',
    title: 'Small cuts, many of them',
    dateLabel: 'April 16, 2026',
    description: 'Six short tasks across the docs site and the course platform, none longer than an hour and a half by hand.',
    summary: 'Six short tasks across the docs site and the course platform, none longer than an hour and a half by hand.',
    rows: [
      [
        '1',
        'Course platform: show the lesson duration on the syllabus page, rounded to whole minutes',
        '1.25h',
        '7m',
        '2m',
        '10.7x',
        '37.5x',
      ],
      [
        '2',
        'Billing service: log a warning instead of crashing when a coupon code has trailing whitespace',
        '1.5h',
        '9m',
        '2m',
        '10.0x',
        '45.0x',
      ],
      ['3', 'Docs site: add a last reviewed date to every page footer from the front matter', '0.75h', '5m', '1m', '9.0x', '45.0x'],
      ['4', 'Course platform: stop the quiz timer from resetting when the tab regains focus', '1.5h', '11m', '2m', '8.2x', '45.0x'],
      ['5', 'CLI tool: make deployk --version print the commit hash as well as the semver', '0.75h', '6m', '1m', '7.5x', '45.0x'],
      ['6', 'Docs site: fix the dark-mode contrast of inline code in callout boxes', '0.33h', '3m', '1m', '6.6x', '19.8x'],
    ],
    totals: ['6', '6.08', '41', '9', '860,000', '8.9x', '40.5x'],
  },
  {
    date: '2026-04-15',
    path: '2026/04/15/',
    title: 'Leverage Record: April 15, 2026',
    dateLabel: 'April 15, 2026',
    description:
      'A steady, unglamorous day. The instructor dashboard on the course platform had started timing out for the two largest courses, the docs site had a pile of dead anchors after last week’s folder rename, and a user of the CLI asked, quite reasonably, for a way to see what a release would do before it does it.',
    summary:
      'A steady, unglamorous day. The instructor dashboard on the course platform had started timing out for the two largest courses, the docs site had a pile of dead…',
    rows: [
      [
        '1',
        'Course platform: paginate the instructor dashboard’s enrolment list instead of loading every student at once',
        '2h',
        '10m',
        '3m',
        '12.0x',
        '40.0x',
      ],
      ['2', 'Docs site: fix broken anchors after the guides/ folder was renamed to tutorials/', '1h', '5m', '0m', '12.0x', '—'],
      [
        '3',
        'CLI tool: add a --dry-run flag to deployk release that prints the plan without touching the registry',
        '5h',
        '26m',
        '5m',
        '11.5x',
        '60.0x',
      ],
      ['4', 'Billing service: make the invoice PDF footer respect the customer’s locale for dates', '0.5h', '4m', '1m', '7.5x', '30.0x'],
    ],
    totals: ['4', '8.5', '45', '9', '—', '11.3x', '56.7x'],
  },
  {
    date: '2026-04-14',
    path: '2026/04/14/',
    title: 'Leverage Record: April 14, 2026',
    dateLabel: 'April 14, 2026',
    description:
      'Only one task today, but it was the one I had been putting off for two weeks. The billing service verified incoming payment webhooks by comparing signatures with a plain string equality, and it never looked at the timestamp header, so an old captured request could in principle be replayed. I asked the agent to swap in a constant-time comparison, reject events older than five minutes, and store processed event IDs so duplicates are acknowledged but ignored.',
    summary:
      'Only one task today, but it was the one I had been putting off for two weeks. The billing service verified incoming payment webhooks by comparing signatures…',
    rows: [
      [
        '1',
        'Billing service: replace the hand-rolled webhook signature check with a constant-time comparison and add replay protection',
        '6h',
        '23m',
        '4m',
        '15.7x',
        '90.0x',
      ],
    ],
    totals: ['1', '6.0', '23', '4', '412,000', '15.7x', '90.0x'],
  },
];

export function expectedDay(date: string): ExpectedDay {
  const day = PUBLISHED.find((candidate) => candidate.date === date);
  if (!day) throw new Error(`no expectations for ${date}`);
  return day;
}

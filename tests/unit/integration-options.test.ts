/**
 * The integration's side of an author's project: its options checked like
 * site.yaml, Fulcrum's routes as file-based routing makes them, an author's
 * page that would take one of their addresses, and site.yaml's theme as CSS.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/astro/options.ts';
import { routeClashes, routesIn, searchFolderClashes } from '../../src/astro/routes.ts';
import { themeCss } from '../../src/lib/schema/theme-css.ts';
import { siteSchema } from '../../src/lib/schema/site-schema.ts';
import { PROJECT_ROOT } from '../support/npm-run.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'fulcrum-options-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('fulcrum() options', () => {
  it('resolves stylesheets and components against the project folder', () => {
    const root = project({ 'src/brand.css': '', 'src/Foot.astro': '' });
    expect(resolveOptions({ customCss: ['./src/brand.css'], components: { Footer: 'src/Foot.astro' } }, root)).toEqual({
      customCss: [join(root, 'src/brand.css')],
      components: { Footer: join(root, 'src/Foot.astro') },
    });
    expect(resolveOptions(undefined, root)).toEqual({ customCss: [], components: {} });
  });

  it('names the option, the file and the fix for every mistake', () => {
    const root = project({ 'src/brand.scss': '', 'src/Foot.astro': '' });
    expect(resolveOptions({ customCSS: [] }, root)).toEqual({ errors: ['fulcrum(): unknown option "customCSS"; did you mean customCss?'] });
    expect(resolveOptions({ customCss: 'brand.css' }, root)).toEqual({
      errors: ['fulcrum().customCss: Invalid input: expected array, received string'],
    });
    expect(
      resolveOptions(
        { customCss: ['src/brand.scss', 'src/none.css'], components: { Fotter: 'src/Foot.astro', Header: 'src/Foot.tsx' } },
        root,
      ),
    ).toEqual({
      errors: [
        'fulcrum() customCss[0]: "src/brand.scss" is not a .css file',
        `fulcrum() customCss[1]: "src/none.css" is not a file (looked for ${join(root, 'src/none.css')}); check the path, which is relative to the project folder`,
        'fulcrum() components.Fotter: no component of that name; did you mean Footer?; the components you can replace are Head, Header, AuthorBio, CallToAction, Footer',
        `fulcrum() components.Header: "src/Foot.tsx" is not a file (looked for ${join(root, 'src/Foot.tsx')}); check the path, which is relative to the project folder`,
      ],
    });
  });
});

describe('routes', () => {
  const fulcrum = routesIn(join(PROJECT_ROOT, 'src/astro/routes'));

  it('are every page Fulcrum publishes, at the addresses file-based routing would give them', () => {
    expect(fulcrum.map((route) => route.pattern)).toEqual([
      '/404',
      '/[...page]',
      '/[year]/[month]/[day]',
      '/apple-touch-icon.png',
      '/archive',
      '/atom.xml',
      '/data/days.json',
      '/data/days/[date].json',
      '/data/tasks.csv',
      '/favicon.[format]',
      '/feed.json',
      '/og/[date].png',
      '/og/site.png',
      '/robots.txt',
      '/rss.xml',
      '/search',
      '/stats',
      '/subscribe',
      '/tags/[tag]/[...page]',
      '/tags',
    ]);
  });

  it('clash with an author page at the same address, whatever its parameters are called, and only then', () => {
    const root = project({
      'pages/about.astro': '',
      'pages/rss.xml.js': '',
      'pages/[y]/[m]/[d].astro': '',
      'pages/tags/index.md': '',
      'pages/_draft.astro': '',
      'pages/notes/[slug].astro': '',
    });
    expect(routeClashes(fulcrum, routesIn(join(root, 'pages')), root)).toEqual([
      "pages/[y]/[m]/[d].astro makes the address /[y]/[m]/[d], which is Fulcrum's own page (/[year]/[month]/[day]); rename or move pages/[y]/[m]/[d].astro, or remove it",
      "pages/rss.xml.js makes the address /rss.xml, which is Fulcrum's own page (/rss.xml); rename or move pages/rss.xml.js, or remove it",
      "pages/tags/index.md makes the address /tags, which is Fulcrum's own page (/tags); rename or move pages/tags/index.md, or remove it",
    ]);
  });

  it("clash with a public file or an author page that takes the search index's folder, and only then", () => {
    // A file named pagefind in public/ once left Pagefind to panic and astro build to end with status 0 and no index.
    const root = project({
      'public/pagefind': 'notes',
      'pages/pagefind/[...rest].astro': '',
      'pages/pagefinder.astro': '',
      'public/pagefinder/notes.txt': '',
    });
    expect(searchFolderClashes(join(root, 'public'), routesIn(join(root, 'pages')), root)).toEqual([
      "public/pagefind takes the address /pagefind/, where Fulcrum puts the site's search index; rename or move public/pagefind, or remove it",
      "pages/pagefind/[...rest].astro takes the address /pagefind/, where Fulcrum puts the site's search index; rename or move pages/pagefind/[...rest].astro, or remove it",
    ]);
    expect(searchFolderClashes(join(root, 'nowhere'), routesIn(join(root, 'nowhere')), root)).toEqual([]);
  });
});

describe('theme', () => {
  const site = (theme: unknown) => siteSchema.shape.theme.safeParse(theme);

  it('is CSS over the stylesheet’s own properties, in both schemes, and nothing without one', () => {
    expect(themeCss(undefined)).toBe('');
    expect(
      themeCss({
        accent: '#8a3ffc',
        accentDark: '#d4bbff',
        background: '#fff',
        backgroundDark: '#121212',
        font: 'Georgia, serif',
        monoFont: '"Iosevka", monospace',
      }),
    ).toBe(
      ':root{--accent:#8a3ffc;--bg:#fff;font-family:Georgia, serif}@media (prefers-color-scheme: dark){:root{--accent:#d4bbff;--bg:#121212}}code,kbd,samp,pre{font-family:"Iosevka", monospace}',
    );
    expect(themeCss({ accent: '#000000' })).toBe(':root{--accent:#000000}');
  });

  it('accepts only colours and font stacks, so nothing can close the rule or the element', () => {
    expect(site({ accent: '#0b5cad', font: "'Source Serif 4', Georgia, serif" }).success).toBe(true);
    expect(site({ accent: 'red;}</style><script>' }).error?.issues[0]?.message).toBe(
      '"red;}</style><script>" is not a colour; write it as #rrggbb, e.g. accent: "#0b5cad"',
    );
    expect(site({ font: 'Georgia; color: red' }).error?.issues[0]?.message).toBe(
      '"Georgia; color: red" is not a list of fonts; write family names separated by commas, e.g. font: "Georgia, serif"',
    );
    expect(site({ accnt: '#fff' }).success).toBe(false);
  });
});

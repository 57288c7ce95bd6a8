/**
 * Baseline (a): a blog in the shape of Astro's blog starter. The starter is
 * not published on npm (create-astro fetches it from GitHub, which these
 * machines cannot reach), so this is our own reconstruction of its workload,
 * written here: the same Astro version with the MDX and sitemap
 * integrations, a `blog` collection read by the glob loader with a schema,
 * a home page, an about page, a blog index listing every post, a page per
 * post rendering <Content /> in a layout with header, footer and a formatted
 * date, and an RSS feed carrying every post's full HTML.
 */
import type { ProjectFiles } from './project.ts';

/** Integrations' versions; Astro itself is pinned to the version Fulcrum uses. */
const STARTER_MDX_VERSION = '8.0.2';

export function starterFiles(versions: { astro: string; rss: string; sitemap: string }): ProjectFiles {
  const packageJson = {
    name: 'bench-astro-blog',
    private: true,
    type: 'module',
    dependencies: {
      astro: versions.astro,
      '@astrojs/mdx': STARTER_MDX_VERSION,
      '@astrojs/rss': versions.rss,
      '@astrojs/sitemap': versions.sitemap,
    },
  };
  return {
    'package.json': `${JSON.stringify(packageJson, null, 2)}\n`,
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://blog.example.com',
  integrations: [mdx(), sitemap()],
});
`,
    'src/consts.ts': `export const SITE_TITLE = 'Field Notes';
export const SITE_DESCRIPTION = 'Daily notes on work done with an AI coding agent.';
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    updatedDate: z.coerce.date().optional(),
  }),
});

export const collections = { blog };
`,
    'src/components/Head.astro': `---
import '../styles/site.css';
import { SITE_TITLE } from '../consts';

interface Props {
  title: string;
  description: string;
}

const { title, description } = Astro.props;
const canonical = new URL(Astro.url.pathname, Astro.site);
---
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="icon" href="/favicon.ico" />
<link rel="sitemap" href="/sitemap-index.xml" />
<link rel="alternate" type="application/rss+xml" title={SITE_TITLE} href={new URL('rss.xml', Astro.site)} />
<link rel="canonical" href={canonical} />
<title>{title}</title>
<meta name="title" content={title} />
<meta name="description" content={description} />
<meta property="og:type" content="website" />
<meta property="og:url" content={Astro.url} />
<meta property="og:title" content={title} />
<meta property="og:description" content={description} />
<meta property="twitter:card" content="summary_large_image" />
<meta property="twitter:title" content={title} />
<meta property="twitter:description" content={description} />
`,
    'src/components/NavLink.astro': `---
import type { HTMLAttributes } from 'astro/types';

type Props = HTMLAttributes<'a'>;

const { href, ...rest } = Astro.props;
const here = Astro.url.pathname.replace(/\\/$/, '');
const active = href === here || (typeof href === 'string' && href !== '/' && here.startsWith(href));
---
<a href={href} class:list={{ active }} {...rest}><slot /></a>
<style>
  a { display: inline-block; text-decoration: none; color: inherit; padding: 0.5em; }
  a.active { font-weight: bold; text-decoration: underline; }
</style>
`,
    'src/components/SiteHeader.astro': `---
import { SITE_TITLE } from '../consts';
import NavLink from './NavLink.astro';
---
<header>
  <nav>
    <h2><a href="/">{SITE_TITLE}</a></h2>
    <div class="links">
      <NavLink href="/">Home</NavLink>
      <NavLink href="/blog">Blog</NavLink>
      <NavLink href="/about">About</NavLink>
    </div>
  </nav>
</header>
<style>
  header { margin: 0; padding: 0 1em; background: white; box-shadow: 0 2px 8px rgb(0 0 0 / 10%); }
  nav { display: flex; align-items: center; justify-content: space-between; }
  h2 a { text-decoration: none; color: inherit; }
</style>
`,
    'src/components/SiteFooter.astro': `---
const year = new Date().getFullYear();
---
<footer>&copy; {year} Field Notes. All rights reserved.</footer>
<style>
  footer { padding: 2em 1em 6em; color: #555; text-align: center; }
</style>
`,
    'src/components/PostDate.astro': `---
interface Props {
  date: Date;
}

const { date } = Astro.props;
---
<time datetime={date.toISOString()}>
  {date.toLocaleDateString('en-us', { year: 'numeric', month: 'short', day: 'numeric' })}
</time>
`,
    'src/layouts/PostLayout.astro': `---
import type { CollectionEntry } from 'astro:content';
import Head from '../components/Head.astro';
import PostDate from '../components/PostDate.astro';
import SiteFooter from '../components/SiteFooter.astro';
import SiteHeader from '../components/SiteHeader.astro';

type Props = CollectionEntry<'blog'>['data'];

const { title, description, pubDate, updatedDate } = Astro.props;
---
<html lang="en">
  <head>
    <Head title={title} description={description} />
  </head>
  <body>
    <SiteHeader />
    <main>
      <article>
        <div class="title">
          <div class="date">
            <PostDate date={pubDate} />
            {updatedDate && <div class="updated">Last updated on <PostDate date={updatedDate} /></div>}
          </div>
          <h1>{title}</h1>
          <hr />
        </div>
        <div class="prose"><slot /></div>
      </article>
    </main>
    <SiteFooter />
  </body>
</html>
<style>
  main { width: calc(100% - 2em); max-width: 100%; margin: 0; }
  .prose { width: 720px; max-width: calc(100% - 2em); margin: auto; padding: 1em; }
  .title { margin-bottom: 1em; padding: 1em 0; text-align: center; }
  .date { margin-bottom: 0.5em; color: #555; }
</style>
`,
    'src/pages/index.astro': `---
import Head from '../components/Head.astro';
import SiteFooter from '../components/SiteFooter.astro';
import SiteHeader from '../components/SiteHeader.astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
---
<html lang="en">
  <head><Head title={SITE_TITLE} description={SITE_DESCRIPTION} /></head>
  <body>
    <SiteHeader />
    <main>
      <h1>Welcome to {SITE_TITLE}</h1>
      <p>{SITE_DESCRIPTION} Every post lists the day's tasks with their figures.</p>
      <p>Start with <a href="/blog/">the list of posts</a> or read <a href="/about/">about this blog</a>.</p>
    </main>
    <SiteFooter />
  </body>
</html>
`,
    'src/pages/about.astro': `---
import PostLayout from '../layouts/PostLayout.astro';
---
<PostLayout title="About" description="What this blog is about" pubDate={new Date('2020-01-01')}>
  <p>These notes record, day by day, the tasks handed to an AI coding agent and what they would have cost by hand.</p>
  <p>Each post has a task log and a table of totals, written in Markdown.</p>
</PostLayout>
`,
    'src/pages/blog/index.astro': `---
import { getCollection } from 'astro:content';
import Head from '../../components/Head.astro';
import PostDate from '../../components/PostDate.astro';
import SiteFooter from '../../components/SiteFooter.astro';
import SiteHeader from '../../components/SiteHeader.astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../consts';

const posts = (await getCollection('blog')).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---
<html lang="en">
  <head><Head title={SITE_TITLE} description={SITE_DESCRIPTION} /></head>
  <body>
    <SiteHeader />
    <main>
      <ul>
        {
          posts.map((post) => (
            <li>
              <a href={\`/blog/\${post.id}/\`}>
                <h4 class="title">{post.data.title}</h4>
                <p class="date"><PostDate date={post.data.pubDate} /></p>
              </a>
            </li>
          ))
        }
      </ul>
    </main>
    <SiteFooter />
  </body>
</html>
<style>
  ul { display: flex; flex-wrap: wrap; gap: 2rem; list-style: none; margin: 0; padding: 0; }
  li { width: calc(50% - 1rem); }
  .title { margin: 0; color: #111; line-height: 1; }
  .date { margin: 0; color: #555; }
</style>
`,
    'src/pages/blog/[...slug].astro': `---
import { getCollection, render, type CollectionEntry } from 'astro:content';
import PostLayout from '../../layouts/PostLayout.astro';

export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}

type Props = CollectionEntry<'blog'>;

const post = Astro.props;
const { Content } = await render(post);
---
<PostLayout {...post.data}>
  <Content />
</PostLayout>
`,
    // The starter's feed lists items without their bodies; this one carries
    // each post's full HTML, as a blog that syndicates whole posts does.
    'src/pages/rss.xml.js': `import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';

export async function GET(context) {
  const posts = await getCollection('blog');
  return rss({
    title: SITE_TITLE,
    description: SITE_DESCRIPTION,
    site: context.site,
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: \`/blog/\${post.id}/\`,
      content: post.rendered?.html ?? '',
    })),
  });
}
`,
    'src/styles/site.css': `body { font-family: system-ui, sans-serif; margin: 0; color: #222; font-size: 20px; line-height: 1.7; }
main { width: 720px; max-width: calc(100% - 2em); margin: auto; padding: 3em 1em; }
table { width: 100%; border-collapse: collapse; }
td, th { padding: 0.3em 0.5em; border-bottom: 1px solid #ddd; }
code { padding: 2px 5px; background: #eee; border-radius: 2px; }
`,
    'public/favicon.ico': '',
  };
}

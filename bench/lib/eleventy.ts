/**
 * Baseline (b): Eleventy 3 with its defaults over the same Markdown posts, a
 * minimal Nunjucks layout (header, footer, formatted date) and an index page
 * listing every post.
 */
import type { ProjectFiles } from './project.ts';

const ELEVENTY_VERSION = '3.1.8';

/** Where the posts go, below the project. */
export const ELEVENTY_POSTS = 'src/posts';

export function eleventyFiles(): ProjectFiles {
  const packageJson = { name: 'bench-eleventy', private: true, type: 'module', dependencies: { '@11ty/eleventy': ELEVENTY_VERSION } };
  return {
    'package.json': `${JSON.stringify(packageJson, null, 2)}\n`,
    'eleventy.config.js': `export default function (config) {
  config.addFilter('readableDate', (date) =>
    date.toLocaleDateString('en-us', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
  );
  config.addFilter('isoDate', (date) => date.toISOString());
  // Newest first by the posts' own date (Eleventy's default order is the files' creation time).
  config.addCollection('posts', (api) =>
    api.getFilteredByGlob('${ELEVENTY_POSTS}/*.md').sort((a, b) => b.data.pubDate - a.data.pubDate),
  );
  return { dir: { input: 'src', output: '_site' } };
}
`,
    // Front matter in every post sets title, description and pubDate; the folder sets the layout.
    'src/posts/posts.json': `${JSON.stringify({ layout: 'post.njk' })}\n`,
    'src/_includes/base.njk': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <title>{{ title }}</title>
    <meta name="description" content="{{ description }}">
    <style>body { font-family: system-ui, sans-serif; max-width: 720px; margin: auto; padding: 1em; }</style>
  </head>
  <body>
    <header><a href="/">Field Notes</a></header>
    <main>{{ content | safe }}</main>
    <footer>Field Notes</footer>
  </body>
</html>
`,
    'src/_includes/post.njk': `---
layout: base.njk
---
<article>
  <h1>{{ title }}</h1>
  <p><time datetime="{{ pubDate | isoDate }}">{{ pubDate | readableDate }}</time></p>
  {{ content | safe }}
</article>
`,
    'src/index.njk': `---
layout: base.njk
title: Field Notes
description: Daily notes on work done with an AI coding agent.
---
<ul>
{%- for post in collections.posts %}
  <li><a href="{{ post.url }}">{{ post.data.title }}</a> <time>{{ post.data.pubDate | readableDate }}</time></li>
{%- endfor %}
</ul>
`,
  };
}

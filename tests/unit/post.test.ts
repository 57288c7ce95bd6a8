/**
 * A post's body is one tree (src/lib/post/post-tree.ts) for its page and its feed
 * entries: the parts in their order, the summary where the author did not
 * place it, and, for feeds, every link made absolute on the tree.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../src/lib/feeds/absolute-urls.ts';
import { publishDays, type PublishedDay } from '../../src/lib/published/publish.ts';
import { parseDayFile } from '../../src/lib/schema/day-file.ts';
import { renderInlineMarkdownAll, renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';
import { postTree, type PostSite } from '../../src/lib/post/post-tree.ts';

const SUMMARY = { enabled: true, template: '{tasks.words} {tasks.noun} at {leverage}.' };

async function site(
  disclaimer = 'Estimates are *mine*.',
  disclaimerPlacement: PostSite['disclaimerPlacement'] = 'before-task-log',
): Promise<PostSite> {
  return {
    language: 'en',
    aiName: 'Claude',
    disclaimerPlacement,
    footer: { heading: 'Work with me', link: { label: 'Book a call', url: 'https://example.com/call/' } },
    hast: {
      disclaimer: await renderMarkdown(disclaimer, { references: false }),
      footer: await renderMarkdown('Write to me.', { references: false }),
    },
  };
}

/** 04-21: 1h in 10m = 6.0x; 04-22: 2h in 10m = 12.0x, with `prose` below its front matter. */
async function days(prose: string): Promise<PublishedDay[]> {
  const files = [
    ['2026-04-21', '1h', 'Text.\n'],
    ['2026-04-22', '2h', prose],
  ] as const;
  const rendered = await Promise.all(
    files.map(async ([date, human, body]) => {
      const file = `content/days/${date}.md`;
      const text = `---\ndate: ${date}\ntasks:\n  - title: Work of \`${date}\`\n    human: ${human}\n    ai: 10m\n    supervision: 0m\n---\n${body}`;
      const { day } = parseDayFile(file, new TextEncoder().encode(text));
      if (!day) throw new Error(file);
      const [intro, rest] = await Promise.all([renderMarkdown(day.intro), renderMarkdown(day.rest)]);
      return {
        date,
        file,
        frontmatter: day.frontmatter,
        rendered: { intro, rest, titles: await renderInlineMarkdownAll([day.frontmatter.tasks[0]!.title]) },
      };
    }),
  );
  return publishDays(rendered, { language: 'en', aiName: 'Claude', summary: SUMMARY });
}

/** Each top-level part: its tag, id or class, and its heading. */
function parts(tree: Root): string[] {
  return tree.children.map((node) => {
    const element = node as Element;
    const name = element.properties.ariaLabelledBy ?? (element.properties.className as string[]).join('.');
    const heading = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
    return `${element.tagName} ${String(name)}${heading ? `: ${toString(heading)}` : ''}`;
  });
}

const href = (path: string) => `/blog/${path}`;

describe('postTree', () => {
  it('has the intro, the disclaimer, the Task Log, the statistics, the comparison, the rest and the call to action, in order', async () => {
    const [, day] = await days('Intro.\n\n## Analysis\n\nMore.\n');
    expect(parts(postTree(day!, await site(), href))).toEqual([
      'div prose',
      'aside disclaimer',
      'section task-log: Task Log',
      'section aggregate-statistics: Aggregate Statistics',
      'section comparison: Compared with the previous day',
      'div prose: Analysis',
      'aside call-to-action: Work with me',
    ]);
  });

  it('puts the disclaimer after the prose, before the call to action, with disclaimerPlacement: end', async () => {
    const [, day] = await days('Intro.\n\n## Analysis\n\nMore.\n');
    expect(parts(postTree(day!, await site('Estimates are *mine*.', 'end'), href))).toEqual([
      'div prose',
      'section task-log: Task Log',
      'section aggregate-statistics: Aggregate Statistics',
      'section comparison: Compared with the previous day',
      'div prose: Analysis',
      'aside disclaimer',
      'aside call-to-action: Work with me',
    ]);
  });

  it('leaves out the comparison on the first day and the disclaimer when the site has none', async () => {
    const [first] = await days('Intro.\n');
    expect(parts(postTree(first!, await site(''), href))).toEqual([
      'div prose',
      'section task-log: Task Log',
      'section aggregate-statistics: Aggregate Statistics',
      'div prose',
      'aside call-to-action: Work with me',
    ]);
  });

  it('puts the summary after the derived figures, unless the author placed it with ::summary', async () => {
    const [, day] = await days('Intro.\n');
    const html = toHtml(postTree(day!, await site(), href));
    expect(html).toContain('Claude worked for 0.2 hours.</p><p class="data-summary" dir="auto">One task at 12.0x.</p></section>');
    const [, placed] = await days('Intro.\n\n::summary\n');
    const placedHtml = toHtml(postTree(placed!, await site(), href));
    expect(placedHtml).toContain('<div class="prose"><p>Intro.</p>\n<p class="data-summary" dir="auto">One task at 12.0x.</p></div>');
    expect(placedHtml.match(/data-summary/g)).toHaveLength(1);
  });

  it('links the comparison to the previous post by the path given, and shows titles as rendered', async () => {
    const [, day] = await days('Intro.\n');
    const html = toHtml(postTree(day!, await site(), href));
    expect(html).toContain('compared with the previous published day, <a href="/blog/2026/04/21/"><bdi>April 21, 2026</bdi></a></caption>');
    expect(html).toContain('<th scope="row" class="task">Work of <code>2026-04-22</code></th>');
  });
});

describe('absoluteUrls', () => {
  const PAGE = 'https://example.com/blog/2026/04/22/';

  it('resolves every href and src against the post, and leaves text that looks like one as typed', async () => {
    const [, day] = await days(
      'See [the notes](/blog/notes/#a), [up](#task-log), [search](/search/?a=1&b=2), [mail](mailto:ada@example.com) and ![chart](chart.png).\n\n' +
        'Write `href="/x"` in code.\n',
    );
    const tree = postTree(day!, await site(), href);
    const before = structuredClone(tree);
    const html = toHtml(absoluteUrls(tree, PAGE));
    expect(html).toContain(
      '<p>See <a href="https://example.com/blog/notes/#a">the notes</a>, <a href="https://example.com/blog/2026/04/22/#task-log">up</a>, ' +
        '<a href="https://example.com/search/?a=1&#x26;b=2">search</a>, <a href="mailto:ada@example.com">mail</a> and ' +
        '<img src="https://example.com/blog/2026/04/22/chart.png" alt="chart">.</p>\n<p>Write <code>href="/x"</code> in code.</p>',
    );
    expect(html).toContain('<a href="https://example.com/blog/2026/04/21/"><bdi>April 21, 2026</bdi></a>');
    // The page's own tree is shared with the feed's, and untouched.
    expect(tree).toEqual(before);
  });
});

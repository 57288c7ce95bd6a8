/** Fulcrum's tables in feed content, for readers that drop the site's CSS: numbers at the end of their cells, task titles as plain cells. */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { plainTables } from '../../src/lib/feeds/plain-tables.ts';

/** A Task Log as the post writes it: a numeric rank, a title as the row's header, a number. */
function taskLog(): Root {
  return {
    type: 'root',
    children: [
      h('section', { className: ['table-scroll'] }, [
        h('table', { className: ['data', 'task-log'] }, [
          h('caption', 'Tasks'),
          h(
            'thead',
            h('tr', [
              h('th', { scope: 'col', className: ['num'] }, '#'),
              h('th', { scope: 'col' }, 'Task'),
              h('th', { scope: 'col', className: ['num'] }, 'Human'),
            ]),
          ),
          h(
            'tbody',
            h('tr', [
              h('td', { className: ['num'] }, '1'),
              h('th', { scope: 'row', className: ['task'] }, ['Fix ', h('code', 'x')]),
              h('td', { className: ['num'] }, '2h'),
            ]),
          ),
        ]),
      ]),
    ],
  };
}

describe('plainTables', () => {
  it('aligns numbers and their headers right, other headers left, and makes row headers plain cells (left to right)', () => {
    expect(toHtml(plainTables(taskLog(), 'ltr'))).toBe(
      '<section class="table-scroll"><table class="data task-log"><caption>Tasks</caption>' +
        '<thead><tr><th scope="col" class="num" align="right">#</th><th scope="col" align="left">Task</th><th scope="col" class="num" align="right">Human</th></tr></thead>' +
        '<tbody><tr><td class="num" align="right">1</td><td class="task">Fix <code>x</code></td><td class="num" align="right">2h</td></tr></tbody>' +
        '</table></section>',
    );
  });

  it('aligns the other way in a language written right to left', () => {
    expect(toHtml(plainTables(taskLog(), 'rtl'))).toBe(
      '<section class="table-scroll"><table class="data task-log"><caption>Tasks</caption>' +
        '<thead><tr><th scope="col" class="num" align="left">#</th><th scope="col" align="right">Task</th><th scope="col" class="num" align="left">Human</th></tr></thead>' +
        '<tbody><tr><td class="num" align="left">1</td><td class="task">Fix <code>x</code></td><td class="num" align="left">2h</td></tr></tbody>' +
        '</table></section>',
    );
  });

  it('leaves the tree it is given (shared with the page) as it was', () => {
    const tree = taskLog();
    const before = toHtml(tree);
    plainTables(tree, 'ltr');
    expect(toHtml(tree)).toBe(before);
  });

  it("leaves the author's own tables as the author wrote them", () => {
    const authors: Root = {
      type: 'root',
      children: [h('table', h('tbody', h('tr', [h('th', { scope: 'row' }, 'a'), h('td', { className: ['num'] }, '1')])))],
    };
    expect(plainTables(authors, 'ltr')).toBe(authors);
  });
});

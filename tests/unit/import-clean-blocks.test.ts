/** Imported blocks keep their shape, lists and tables included, with only links and inline code left as markup inside. */
import type { List, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../../src/cli/import/prose.ts';

const context = { postUrl: 'https://blog.example/2026/04/22/', definitions: new Map<string, string>() };

describe('cleanBlocks', () => {
  it('keeps a list ordered from its start, item by item, with emphasis as its text and a relative link made absolute', () => {
    const list: List = {
      type: 'list',
      ordered: true,
      start: 3,
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [
                { type: 'emphasis', children: [{ type: 'text', value: 'Split' }] },
                { type: 'text', value: ' the ' },
                { type: 'link', url: 'notes/', children: [{ type: 'text', value: 'notes' }] },
              ],
            },
          ],
        },
        { type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: 'npm test' }] }] },
      ],
    };
    expect(cleanBlocks([list], context)).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 3,
        spread: false,
        children: [
          {
            type: 'listItem',
            spread: false,
            children: [
              {
                type: 'paragraph',
                children: [
                  { type: 'text', value: 'Split' },
                  { type: 'text', value: ' the ' },
                  { type: 'link', url: 'https://blog.example/2026/04/22/notes/', children: [{ type: 'text', value: 'notes' }] },
                ],
              },
            ],
          },
          { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: 'npm test' }] }] },
        ],
      },
    ]);
  });

  it('writes an unordered list without a start, and not spread unless it says so', () => {
    const list: List = {
      type: 'list',
      children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }] }],
    };
    expect(cleanBlocks([list], context)).toEqual([
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }] }],
      },
    ]);
  });

  it('keeps a table row by row and cell by cell, its alignment too, and drops a javascript: link for its text', () => {
    const table: Table = {
      type: 'table',
      align: ['left', 'right'],
      children: [
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [{ type: 'text', value: 'Task' }] },
            { type: 'tableCell', children: [{ type: 'strong', children: [{ type: 'text', value: 'Human' }] }] },
          ],
        },
        {
          type: 'tableRow',
          children: [
            { type: 'tableCell', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'Fix' }] }] },
            { type: 'tableCell', children: [{ type: 'text', value: '2h' }] },
          ],
        },
      ],
    };
    expect(cleanBlocks([table], context)).toEqual([
      {
        type: 'table',
        align: ['left', 'right'],
        children: [
          {
            type: 'tableRow',
            children: [
              { type: 'tableCell', children: [{ type: 'text', value: 'Task' }] },
              { type: 'tableCell', children: [{ type: 'text', value: 'Human' }] },
            ],
          },
          {
            type: 'tableRow',
            children: [
              { type: 'tableCell', children: [{ type: 'text', value: 'Fix' }] },
              { type: 'tableCell', children: [{ type: 'text', value: '2h' }] },
            ],
          },
        ],
      },
    ]);
  });

  it('gives a table without alignment an empty one', () => {
    const table: Table = {
      type: 'table',
      children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'x' }] }] }],
    };
    expect(cleanBlocks([table], context)).toEqual([
      {
        type: 'table',
        align: [],
        children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'x' }] }] }],
      },
    ]);
  });
});

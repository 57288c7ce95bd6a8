/**
 * Typographer's punctuation in prose: “curly” and ‘single’ quotes, ’
 * apostrophes, – and — dashes, … ellipses. Our own few lines instead of
 * remark-smartypants, whose natural-language parse cost more than all the
 * rest of the Markdown pipeline together. Code is never touched (it is not a
 * text node).
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A quote after one of these (or at the start) opens; otherwise it closes. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/;

function curl(text: string, before: string): string {
  let out = '';
  let previous = before;
  for (const character of text) {
    if (character === '"') out += previous === '' || OPENS_AFTER.test(previous) ? '\u201c' : '\u201d';
    else if (character === "'") out += previous === '' || OPENS_AFTER.test(previous) ? '\u2018' : '\u2019';
    else out += character;
    previous = character;
  }
  return out;
}

export function smartPunctuation(text: string, before = ''): string {
  return curl(
    text
      .replace(/---/g, '\u2014')
      .replace(/--/g, '\u2013')
      .replace(/\.\.\./g, '\u2026'),
    before,
  );
}

export function remarkSmartPunctuation() {
  return (tree: Root) => {
    // The character before each text node decides whether a quote at its start opens or closes.
    let before = '';
    visit(tree, (node) => {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') before = '';
      if (node.type === 'inlineCode') before = node.value.slice(-1);
      if (node.type !== 'text') return;
      node.value = smartPunctuation(node.value, before);
      before = node.value.slice(-1);
    });
  };
}

/**
 * A day's prose is rendered once per file, but metric values depend on
 * other days (the previous day's figures). So the Markdown pipeline leaves
 * placeholder elements in the tree, and they are filled in here when the
 * site is built. The rendered tree is never changed: a filled tree shares
 * every part without a placeholder with it and copies the rest.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { EXIT, visit } from 'unist-util-visit';
import type { ReferenceValue } from '../prose/references.ts';
import { asSentenceStart } from '../schema/summary-template.ts';
import { capitalize } from '../words.ts';

/** `:metric[name]` in the prose: an element holding the name as its text. */
export const METRIC_ELEMENT = 'fulcrum-metric';
/** `::summary` on a line of its own: an empty element where the generated summary goes. */
export const SUMMARY_ELEMENT = 'fulcrum-summary';

/** Elements whose first words start a sentence. Table cells are not sentences: their numbers stay digits. */
const SENTENCE_HOLDERS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SENTENCE_END = /[.!?]\s+$/;

/**
 * Whether the child at `index` starts a sentence: it comes first in its
 * paragraph, list item or heading, or the text right before it ends a
 * sentence (".", "!" or "?" and a space).
 */
function startsSentence(parent: Root | Element, index: number): boolean {
  let text = '';
  let at = index - 1;
  for (; at >= 0; at--) {
    const sibling = parent.children[at];
    if (sibling?.type !== 'text') break;
    text = sibling.value + text;
  }
  if (SENTENCE_END.test(text)) return true;
  return at < 0 && text === '' && (parent.type === 'root' || SENTENCE_HOLDERS.has(parent.tagName));
}

/** A value as nodes; at a sentence start a whole number is spelled out and the first letter capitalised ("Twenty-six tasks."). */
export function valueNodes(value: ReferenceValue, sentenceStart: boolean): ElementContent[] {
  if (typeof value === 'string') return [{ type: 'text', value: sentenceStart ? asSentenceStart(value) : value }];
  const [first, ...rest] = value;
  if (!sentenceStart || first?.type !== 'text') return value;
  return [{ ...first, value: rest.length === 0 ? asSentenceStart(first.value) : capitalize(first.value) }, ...rest];
}

export interface Filling {
  /** A metric's value by its name. */
  metric: (name: string) => ReferenceValue;
  /** What takes the place of `::summary`: the summary paragraph, or nothing. */
  summary: Element | null;
}

/** The children with every placeholder filled in; the same array when there was none. */
function filledChildren<T extends RootContent | ElementContent>(parent: Root | Element, filling: Filling): T[] {
  const children = parent.children as T[];
  let filled: T[] | undefined;
  for (const [index, child] of children.entries()) {
    let replacement: (RootContent | ElementContent)[] | undefined;
    if (child.type === 'element' && child.tagName === METRIC_ELEMENT) {
      replacement = valueNodes(filling.metric(toString(child)), startsSentence(parent, index));
    } else if (child.type === 'element' && child.tagName === SUMMARY_ELEMENT) {
      replacement = filling.summary ? [filling.summary] : [];
    } else if (child.type === 'element') {
      const grandchildren = filledChildren<ElementContent>(child, filling);
      if (grandchildren !== child.children) replacement = [{ ...child, children: grandchildren }];
    }
    if (replacement) {
      filled ??= children.slice(0, index);
      filled.push(...(replacement as T[]));
    } else if (filled) {
      filled.push(child);
    }
  }
  return filled ?? children;
}

/** The tree with its metric references and summary marker filled in (the tree given is left as it is). */
export function fillPlaceholders(tree: Root, filling: Filling): Root {
  const children = filledChildren<RootContent>(tree, filling);
  return children === tree.children ? tree : { ...tree, children };
}

/** Whether the author placed the summary in this prose with `::summary`. */
export function hasSummaryMarker(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node) => {
    if (node.tagName !== SUMMARY_ELEMENT) return undefined;
    found = true;
    return EXIT;
  });
  return found;
}

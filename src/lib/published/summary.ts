/** The generated data summary of a day, as hast: the template's own words as text, each `{name}` as its value. */
import type { ElementContent } from 'hast';
import type { DayTotals } from '../metrics/day-metrics.ts';
import type { ReferenceValue } from '../prose/references.ts';
import { DEFAULT_SUMMARY_TEMPLATE, templateParts } from '../schema/summary-template.ts';
import { valueNodes } from './fill.ts';

const SUPERVISORY_CLAUSE = '; supervisory leverage closed at {supervision.leverage}.';

/**
 * The template for a day: the default one says that a day without
 * supervision did not log it, where "closed at not logged" would read
 * wrong; a site's own template is used as written.
 */
export function summaryTemplate(template: string, totals: DayTotals): string {
  if (template !== DEFAULT_SUMMARY_TEMPLATE || totals.supervision !== null) return template;
  return template.replace(SUPERVISORY_CLAUSE, '; supervision was not logged.');
}

export function fillTemplate(template: string, resolve: (name: string) => ReferenceValue): ElementContent[] {
  const nodes: ElementContent[] = [];
  for (const part of templateParts(template)) {
    const added = 'text' in part ? [{ type: 'text' as const, value: part.text }] : valueNodes(resolve(part.name), part.sentenceStart);
    for (const node of added) {
      const last = nodes.at(-1);
      // Words and values side by side are one text node, as if typed.
      if (node.type === 'text' && last?.type === 'text') nodes[nodes.length - 1] = { type: 'text', value: last.value + node.value };
      else nodes.push(node);
    }
  }
  return nodes;
}

/**
 * The generated data summary of a day. Its wording is one template (site
 * owners can replace it in content/site.yaml) whose `{names}` are metric
 * references; a number that starts a sentence is spelled out.
 */
import { capitalize, numberToWords } from '../words.ts';

export const DEFAULT_SUMMARY_TEMPLATE =
  '{tasks.words} {tasks.noun}. {date} weighted to {leverage} leverage across {hours} human-equivalent hours ' +
  'in {ai.minutes} {aiName} minutes; supervisory leverage closed at {supervision.leverage}. ' +
  'The ceiling was {ceiling.factor} ({ceiling.title}); the floor was {floor.factor} ({floor.title}).';

const PLACEHOLDER = /\{([A-Za-z][\w.]*)\}/g;
const ENDS_SENTENCE = /(?:^|[.!?]\s+)$/;
const WHOLE_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

/** A template in order: its own words, and each name with whether it starts a sentence. */
export type TemplatePart = { text: string } | { name: string; sentenceStart: boolean };

export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let from = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > from) parts.push({ text: template.slice(from, match.index) });
    parts.push({ name: match[1] as string, sentenceStart: ENDS_SENTENCE.test(template.slice(0, match.index)) });
    from = match.index + match[0].length;
  }
  if (from < template.length) parts.push({ text: template.slice(from) });
  return parts;
}

/** The `{names}` a template uses, in order. */
export function templateNames(template: string): string[] {
  return templateParts(template).flatMap((part) => ('name' in part ? [part.name] : []));
}

/** A value placed at the start of a sentence: whole numbers in words, first letter capitalised. */
export function asSentenceStart(value: string): string {
  return WHOLE_NUMBER.test(value) ? capitalize(numberToWords(Number(value.replace(/,/g, '')))) : capitalize(value);
}

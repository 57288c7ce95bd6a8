/**
 * The generated data summary of a day. Its wording is one template (site
 * owners can replace it in content/site.yaml) whose `{names}` are metric
 * references; a number that starts a sentence is spelled out.
 */
import { capitalize, numberToWords } from './words.ts';

export const DEFAULT_SUMMARY_TEMPLATE =
  '{tasks.words} {tasks.noun}. {date} weighted to {leverage} leverage across {hours} human-equivalent hours ' +
  'in {ai.minutes} {aiName} minutes; supervisory leverage closed at {supervision.leverage}. ' +
  'The ceiling was {ceiling.factor} ({ceiling.title}); the floor was {floor.factor} ({floor.title}).';

const PLACEHOLDER = /\{([A-Za-z][\w.]*)\}/g;
const ENDS_SENTENCE = /(?:^|[.!?]\s+)$/;
const WHOLE_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;

/** The `{names}` a template uses, in order. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** A value placed at the start of a sentence: whole numbers in words, first letter capitalised. */
export function asSentenceStart(value: string): string {
  return WHOLE_NUMBER.test(value) ? capitalize(numberToWords(Number(value.replace(/,/g, '')))) : capitalize(value);
}

/** Fills a template; `resolve` gives each name's HTML (names were checked beforehand). */
export function fillTemplate(template: string, resolve: (name: string) => string): string {
  return template.replace(PLACEHOLDER, (_whole, name: string, offset: number) => {
    const value = resolve(name);
    return ENDS_SENTENCE.test(template.slice(0, offset)) ? asSentenceStart(value) : value;
  });
}

/**
 * Finds numbers in prose that read as claims about the day's metrics
 * ("16.1x", "189.1 human-equivalent hours", "Twenty-six tasks") and checks
 * each against the computed values. Other numbers ("71 repositories",
 * "5 phases", dates, a loose "10x") are not claims and are left alone: a
 * factor claim has exactly one decimal, as the site prints factors.
 */
import { NUMBER_WORDS, wordsToNumber } from '../words-parse.ts';
import type { ClaimKind, ComputedValue } from './computed.ts';
import { sourceOffset, type Block } from './scan.ts';

export interface Claim {
  kind: ClaimKind;
  /** The number as written ("16.1", "3,030,000", "Twenty-six"). */
  written: string;
  /** Its value, for finding the nearest computed one. */
  value: number;
  /** Source offsets of the number as written, for messages and fixes. */
  start: number;
  end: number;
  /** Does the number carry the unit inside the reference's output (the "x" of a factor)? */
  includesUnit: boolean;
  /** The sentence compares with the previous day. */
  comparing: boolean;
  inWords: boolean;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

function patterns(aiName: string): [ClaimKind, RegExp][] {
  const ai = aiName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [
    ['factor', new RegExp(String.raw`(?<![\w.,])(\d{1,3}(?:,\d{3})*\.\d)x(?![\w])`, 'g')],
    ['hours', new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s+human(?:[- ]equivalent)?\s+hours\b`, 'gi')],
    ['days', new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s+(?:human-equivalent\s+)?working\s+days\b`, 'gi')],
    ['weeks', new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s+(?:human-equivalent\s+)?working\s+weeks\b`, 'gi')],
    ['aiMinutes', new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s+(?:${ai}|agent|AI)\s+minutes\b`, 'gi')],
    ['supervisionMinutes', new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s+(?:(?:supervisory|supervision|supervising)\s+minutes|minutes\s+of\s+supervision)\b`, 'gi')],
    // Only "26 tasks." or "26 tasks in total" speak for the whole day; "Two tasks needed a second round" counts a subset.
    ['tasks', new RegExp(String.raw`(?<![\w.,-])(${NUMBER}|${NUMBER_WORDS})\s+tasks(?=\s*(?:[.,;:!?)]|$)|\s+(?:today|in total|in all|logged)\b)`, 'gi')],
    ['tokens', new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s+tokens\b`, 'gi')],
  ];
}

const COMPARING = /\b(?:previous|yesterday|day before|up from|down from|compared|than|last (?:day|time|post|entry))\b/i;

/** The sentence around `index`: from after the last ". " (or ! ?) before it to the next one. */
function sentenceAround(text: string, index: number): string {
  const head = text.slice(0, index);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? ')) + 1;
  const after = text.slice(index).search(/[.!?](?:\s|$)/);
  return text.slice(start, after === -1 ? text.length : index + after + 1);
}

export function findClaims(blocks: readonly Block[], aiName: string): Claim[] {
  const claims: Claim[] = [];
  for (const block of blocks) {
    for (const [kind, pattern] of patterns(aiName)) {
      for (const match of block.text.matchAll(pattern)) {
        const written = match[1] as string;
        const index = match.index + match[0].indexOf(written);
        const inWords = !/^\d/.test(written);
        const value = inWords ? wordsToNumber(written) : Number(written.replace(/,/g, ''));
        if (value === undefined) continue;
        const start = sourceOffset(block, index);
        const includesUnit = kind === 'factor';
        claims.push({
          kind,
          written,
          value,
          start,
          end: start + written.length + (includesUnit ? 1 : 0),
          includesUnit,
          comparing: COMPARING.test(sentenceAround(block.text, index)),
          inWords,
        });
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start);
}

export interface Verdict {
  claim: Claim;
  /** The computed values it matches (empty: a wrong figure). */
  matches: ComputedValue[];
  /** The closest computed value of the same kind, for the message. */
  nearest: ComputedValue | undefined;
}

const normalise = (shown: string) => shown.replace(/,/g, '');

export function judgeClaims(claims: readonly Claim[], values: readonly ComputedValue[]): Verdict[] {
  return claims.map((claim) => {
    const candidates = values.filter((value) => value.kind === claim.kind && (claim.comparing || !value.previous));
    const written = claim.inWords ? String(claim.value) : normalise(claim.written);
    const matches = candidates.filter((value) => normalise(value.shown) === written);
    let nearest: ComputedValue | undefined;
    for (const candidate of candidates) {
      const distance = Math.abs(Number(normalise(candidate.shown)) - claim.value);
      if (!nearest || distance < Math.abs(Number(normalise(nearest.shown)) - claim.value)) nearest = candidate;
    }
    return { claim, matches, nearest };
  });
}

/**
 * Descriptions where they are repeated (five <head> tags, JSON-LD, every
 * feed's summary) are cut to 160 characters at a word boundary: a 1 MB first
 * paragraph made a 4.9 MB page. Expected values are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/astro/data/excerpt.ts';

describe('excerpt', () => {
  it('keeps a description of up to 160 characters whole', () => {
    expect(excerpt('Six short tasks.', 'en')).toBe('Six short tasks.');
    const exactly = `${'a'.repeat(159)}.`;
    expect(excerpt(exactly, 'en')).toBe(exactly);
  });

  it('cuts at the last space that leaves room for … within 160 characters', () => {
    // The space at index 159 is the last one before the 160th character: 159 characters and "…".
    const text = `${'word '.repeat(31)}abcd efgh more text`;
    expect(text.slice(155, 160)).toBe('abcd ');
    expect(excerpt(text, 'en')).toBe(`${'word '.repeat(31)}abcd…`);
  });

  it('drops the punctuation before the cut', () => {
    expect(excerpt(`${'a'.repeat(150)}, ${'c'.repeat(20)}`, 'en')).toBe(`${'a'.repeat(150)}…`);
    expect(excerpt(`${'a'.repeat(150)} — ${'c'.repeat(20)}`, 'en')).toBe(`${'a'.repeat(150)}…`);
  });

  it('counts characters, not UTF-16 units: 160 of Cyrillic, with spaces, cut at a space', () => {
    const text = 'инфраструктура '.repeat(12); // 15 characters a word with its space: 180
    expect(excerpt(text, 'ru')).toBe(`${'инфраструктура '.repeat(9)}инфраструктура…`);
  });

  it('cuts text without spaces (Japanese) at a word boundary within 160 characters', () => {
    const text = 'インフラの移行を今日始めました。'.repeat(20);
    const cut = excerpt(text, 'ja');
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(160);
    expect([...cut].length).toBeGreaterThan(140);
    expect(text.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('cuts a 1 MB word at 159 characters, and never splits a character made of several code points', () => {
    expect(excerpt('x'.repeat(1_000_000), 'en')).toBe(`${'x'.repeat(159)}…`);
    // 👍🏽 is two code points shown as one: 79 of them are 158 code points, an 80th would leave no room for "…".
    expect(excerpt('👍🏽'.repeat(100), 'en')).toBe(`${'👍🏽'.repeat(79)}…`);
  });
});

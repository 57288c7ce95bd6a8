/**
 * The reading direction of the site's language, from the script it is
 * written in (Intl.Locale's text info), not from a list of a few codes.
 */
import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/astro/data/text-direction.ts';

describe('textDirection', () => {
  it.each(['ar', 'he', 'fa', 'ur', 'ar-EG', 'he-IL', 'yi', 'ps', 'sd', 'ckb', 'ug', 'dv', 'syr', 'nqo', 'az-Arab', 'pa-Arab', 'uz-Arab'])(
    '%s reads right to left',
    (language) => {
      expect(textDirection(language)).toBe('rtl');
    },
  );

  it.each(['en', 'en-GB', 'de', 'fr', 'tr', 'az', 'pa', 'uz', 'zh', 'ja', 'ru', 'el', 'hi', 'ar-Latn'])(
    '%s reads left to right',
    (language) => {
      expect(textDirection(language)).toBe('ltr');
    },
  );
});

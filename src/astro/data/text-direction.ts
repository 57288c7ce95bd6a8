/**
 * The direction a language is read in, from the script it is written in:
 * `ar`, `he`, `fa`, `ur`, `yi`, `ckb`, `dv`, `az-Arab` … read right to left,
 * `az` and `ar-Latn` left to right. Intl.Locale knows it: `getTextInfo()`
 * from V8 13 (Node 24), the `textInfo` getter before (Node 22); TypeScript's
 * lib does not describe either yet.
 */
interface TextInfo {
  direction?: string;
}
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };

export function textDirection(language: string): 'ltr' | 'rtl' {
  const locale: LocaleWithTextInfo = new Intl.Locale(language);
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

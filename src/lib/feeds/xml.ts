/** XML text and attribute escaping: feeds carry author text, which is never trusted. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids outright are dropped rather than breaking the feed.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Plain text for an RSS element that readers render as HTML (an item's
 * `<description>`, and in practice its `<title>` and the channel's): `&` and
 * `<` become character references, so `<img onerror=…>` in a title shows as
 * typed instead of running. The hexadecimal form is the one the RSS Best
 * Practices Profile finds most readers handle; quotes and `>` stay as they
 * are, so readers that show the text raw show little escaping.
 */
export function textAsHtml(text: string): string {
  return text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
}

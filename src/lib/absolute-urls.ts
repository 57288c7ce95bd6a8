/**
 * Feed readers show content away from the site, so every link and image in
 * feed content must be absolute: relative `href` and `src` values are
 * resolved against the post's own address.
 */
export function absolutizeUrls(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, attribute: string, value: string) => {
    if (value.startsWith('#') && value.length > 1) return `${attribute}="${pageUrl}${value}"`;
    try {
      return `${attribute}="${new URL(value.replace(/&amp;/g, '&'), pageUrl).href.replace(/&/g, '&amp;')}"`;
    } catch {
      return whole;
    }
  });
}

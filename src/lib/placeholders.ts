/**
 * Rendered prose is cached per file, but metric values depend on other days
 * (the previous day's figures). So the Markdown pipeline leaves placeholders,
 * and the page fills them in from the metrics when the site is built.
 */

export const METRIC_TAG = 'fulcrum-metric';
export const SUMMARY_TAG = 'fulcrum-summary';

const METRIC = new RegExp(`<${METRIC_TAG}>([^<]*)</${METRIC_TAG}>`, 'g');
const SUMMARY = new RegExp(`<${SUMMARY_TAG}></${SUMMARY_TAG}>`, 'g');

export function hasSummaryMarker(html: string): boolean {
  return html.includes(`<${SUMMARY_TAG}>`);
}

/**
 * Right after a paragraph, list item or heading opens (headings carry an
 * id) or a sentence ends, a value starts a sentence. Table cells are not
 * sentences: their numbers stay digits.
 */
const SENTENCE_START = /(?:^|<(?:p|li|h[1-6])(?:\s[^<>]*)?>|[.!?]\s+)$/;

/**
 * Replaces every placeholder: metric names through `metric` (a value that
 * starts a sentence goes through `startSentence`: "Twenty-six tasks."), the
 * summary marker with `summary`.
 */
export function fillPlaceholders(
  html: string,
  metric: (name: string) => string,
  startSentence: (value: string) => string,
  summary: string,
): string {
  return html
    .replace(METRIC, (_whole, name: string, offset: number) => {
      const value = metric(name);
      return SENTENCE_START.test(html.slice(0, offset)) ? startSentence(value) : value;
    })
    .replace(SUMMARY, summary);
}

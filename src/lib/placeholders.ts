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

/** Replaces every placeholder: metric names through `metric`, the summary marker with `summary`. */
export function fillPlaceholders(html: string, metric: (name: string) => string, summary: string): string {
  return html.replace(METRIC, (_whole, name: string) => metric(name)).replace(SUMMARY, summary);
}

/**
 * Under `npm run dev` only (integration.ts adds this middleware for dev,
 * never for a build), every HTML page opens with the content's errors as
 * `npm run check` writes them: the page of a broken day still shows its last
 * good version, and a day that never built is Astro's 404 page, so without
 * this the browser would show no sign of trouble.
 */
import type { MiddlewareHandler } from 'astro';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { formatCount } from '../lib/format.ts';
import { formatDiagnostic, type Diagnostic } from '../lib/source/diagnostic.ts';
import { currentErrors } from './dev-errors.ts';

/** The banner's own look: a page's stylesheet is the author's and may be the thing that broke. */
const STYLE = {
  banner:
    'display:block;margin:0;padding:1rem 1.25rem;background:#fdecea;color:#5f1111;border-bottom:3px solid #b3261e;font:1rem/1.5 system-ui,sans-serif',
  list: 'margin:0.5rem 0 0;padding-inline-start:1.25rem',
  code: 'font-family:ui-monospace,Menlo,monospace;font-weight:bold',
};

function location(diagnostic: Diagnostic): string {
  return diagnostic.line === 0 ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
}

function errorBanner(errors: readonly Diagnostic[]): Element {
  const count = formatCount(errors.length, 'error', 'errors');
  return h('aside', { role: 'alert', ariaLabel: 'Errors in the content', style: STYLE.banner }, [
    h('p', { style: 'margin:0' }, [
      h('strong', `${count} in the content.`),
      ' Until you fix them and save, a day with errors shows as it last built, or not at all:',
    ]),
    h(
      'ul',
      { style: STYLE.list },
      errors.map((error) => {
        const where = location(error);
        return h('li', [h('code', { style: STYLE.code }, where), formatDiagnostic(error).slice(where.length)]);
      }),
    ),
  ]);
}

const BODY = /<body\b[^>]*>/i;

/** The page with the banner at the start of its body; as it was when there are no errors. */
export function withErrorBanner(html: string, errors: readonly Diagnostic[]): string {
  if (errors.length === 0) return html;
  const banner = toHtml(errorBanner(errors));
  const body = BODY.exec(html);
  if (!body) return banner + html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + banner + html.slice(at);
}

export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  const errors = currentErrors();
  if (errors.length === 0 || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(withErrorBanner(await response.text(), errors), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
};

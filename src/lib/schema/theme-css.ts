/**
 * site.yaml's `theme:` as CSS: custom properties laid over the stylesheet's
 * own, in both colour schemes. The values are validated colours and font
 * stacks (schema/site-schema.ts), so nothing here can end the rule or the element.
 */
import type { Site } from './site-schema.ts';

export type Theme = NonNullable<Site['theme']>;

function rule(selector: string, declarations: (string | undefined)[]): string {
  const present = declarations.filter((declaration) => declaration !== undefined);
  return present.length === 0 ? '' : `${selector}{${present.join(';')}}`;
}

const set = (property: string, value: string | undefined) => (value === undefined ? undefined : `${property}:${value}`);

/** The CSS for a theme; empty when there is none, so the page carries no style element. */
export function themeCss(theme: Theme | undefined): string {
  if (!theme) return '';
  const dark = rule(':root', [set('--accent', theme.accentDark), set('--bg', theme.backgroundDark)]);
  return [
    rule(':root', [set('--accent', theme.accent), set('--bg', theme.background), set('font-family', theme.font)]),
    dark && `@media (prefers-color-scheme: dark){${dark}}`,
    rule('code,kbd,samp,pre', [set('font-family', theme.monoFont)]),
  ].join('');
}

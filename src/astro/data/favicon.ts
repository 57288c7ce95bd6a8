/**
 * The icon files a build publishes, drawn from the author's icon (`icon` in
 * site.yaml, already checked) or Fulcrum's own. Only Fulcrum's own is also
 * published as an SVG: an author's SVG is drawn into the ICO and PNG rather
 * than served, so nothing from the content folder can run in a browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultIconSvg, ICO_SIZES, icoFile, renderIconPng, TOUCH_ICON_SIZE, type IconSource } from '../../lib/schema/site-icon.ts';
import { contentPaths } from '../../lib/source/files.ts';
import type { SiteData } from './published.ts';

/** The paths of the icon files (below the base path), for <link> tags and endpoints. */
export const FAVICON_ICO = 'favicon.ico';
export const FAVICON_SVG = 'favicon.svg';
export const TOUCH_ICON = 'apple-touch-icon.png';

/** The author's icon as read from the content folder, or Fulcrum's drawn in light colours. */
function iconSource(site: SiteData, corners?: number): IconSource {
  if (!site.icon) return { format: 'svg', text: defaultIconSvg({ themed: false, ...(corners === undefined ? {} : { corners }) }) };
  const bytes = readFileSync(join(contentPaths(process.cwd()).dir, site.icon));
  return site.icon.toLowerCase().endsWith('.svg') ? { format: 'svg', text: bytes.toString('utf8') } : { format: 'png', bytes };
}

/** Whether the build publishes favicon.svg: only for Fulcrum's own icon. */
export function publishesSvgIcon(site: SiteData): boolean {
  return !site.icon;
}

/** Fulcrum's icon as browsers show it, in the light or dark accent with the reader's colour scheme. */
export function faviconSvg(): string {
  return defaultIconSvg({ themed: true });
}

export function faviconIco(site: SiteData): Buffer {
  const source = iconSource(site);
  return icoFile(ICO_SIZES.map((size) => ({ size, png: renderIconPng(source, size) })));
}

/** Phones round the corners of a home-screen icon themselves, so Fulcrum's is square here. */
export function touchIcon(site: SiteData): Buffer {
  return renderIconPng(iconSource(site, 0), TOUCH_ICON_SIZE);
}

/**
 * The site's icon as browsers find it: every page links favicon.ico (which
 * browsers also ask for on their own, a 404 before), an SVG in the accent
 * colour and a touch icon, under the base path too; and an author's own icon
 * from site.yaml replaces Fulcrum's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { ICON_COLOUR } from '../support/arabic-site.ts';
import { arabicBuild, BLOG_URL, blogBuild } from '../support/extra-builds.ts';
import { readHead } from '../support/head.ts';
import { listFiles } from '../../scripts/lib/page-weight.ts';

/** The images inside an ICO file, as [width, height, PNG bytes], following its directory. */
function icoImages(ico: Buffer): [number, number, Buffer][] {
  expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const png = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    return [ico[entry] ?? -1, ico[entry + 1] ?? -1, png];
  });
}

/** The colour in the middle of the top row of a PNG icon, read back through resvg. */
function topMiddle(png: Buffer, size: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><image width="${size}" height="${size}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  const at = (2 * size + size / 2) * 4;
  return `#${[...pixels.subarray(at, at + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** Every page's icon links, as "rel type sizes href". */
function iconLinks(dir: string): Map<string, string[]> {
  const pages = listFiles(dir).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(5);
  return new Map(
    pages.map((file) => [
      file,
      readHead(readFileSync(join(dir, file), 'utf8'))
        .links.filter((link) => /\b(icon|apple-touch-icon)\b/.test(link.get('rel') ?? ''))
        .map((link) => ['rel', 'type', 'sizes', 'href'].map((name) => link.get(name) ?? '-').join(' ')),
    ]),
  );
}

describe.each([
  { name: 'dist/, at the root', dir: () => resolve('dist'), base: '/' },
  { name: `the build for ${BLOG_URL}`, dir: blogBuild, base: '/blog/' },
])('$name', ({ dir, base }) => {
  it('links the ICO, the SVG and the touch icon from every page, each under the base path', () => {
    for (const [file, links] of iconLinks(dir())) {
      expect(links, file).toEqual([
        `icon - 32x32 ${base}favicon.ico`,
        `icon image/svg+xml - ${base}favicon.svg`,
        `apple-touch-icon - - ${base}apple-touch-icon.png`,
      ]);
    }
  });

  it('publishes favicon.ico at the base path (16, 32 and 48 px, in the accent colour), the SVG and the touch icon', () => {
    const images = icoImages(readFileSync(join(dir(), 'favicon.ico')));
    expect(images.map(([width, height]) => `${width}×${height}`)).toEqual(['16×16', '32×32', '48×48']);
    expect(topMiddle(images[1]?.[2] ?? Buffer.alloc(0), 32)).toBe('#0b5cad');
    expect(readFileSync(join(dir(), 'favicon.svg'), 'utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
    const touch = readFileSync(join(dir(), 'apple-touch-icon.png'));
    expect([touch.readUInt32BE(16), touch.readUInt32BE(20)]).toEqual([180, 180]);
  });
});

describe('an author’s own icon (the Arabic test site’s icon: icon.png)', () => {
  it('becomes favicon.ico and the touch icon, and no SVG of Fulcrum’s is linked or published', () => {
    const dir = arabicBuild();
    const images = icoImages(readFileSync(join(dir, 'favicon.ico')));
    expect(images.map(([width]) => width)).toEqual([16, 32, 48]);
    // The author's icon is a plain orange square.
    expect(topMiddle(images[1]?.[2] ?? Buffer.alloc(0), 32)).toBe(ICON_COLOUR);
    expect(topMiddle(readFileSync(join(dir, 'apple-touch-icon.png')), 180)).toBe(ICON_COLOUR);
    expect(existsSync(join(dir, 'favicon.svg'))).toBe(false);
    for (const [file, links] of iconLinks(dir)) {
      expect(links, file).toEqual(['icon - 32x32 /favicon.ico', 'apple-touch-icon - - /apple-touch-icon.png']);
    }
    // The author's file is drawn into the icons, not copied.
    expect(readdirSync(dir).filter((name) => name.startsWith('icon'))).toEqual([]);
  });
});

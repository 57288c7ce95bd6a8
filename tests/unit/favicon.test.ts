/**
 * The site's icon: in the stylesheet's accent colour, and an ICO that
 * browsers can read (checked byte by byte against the ICO layout: a 6-byte
 * header, a 16-byte entry per image, PNG images after them).
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ACCENT, defaultIconSvg, icoFile, iconFileProblem, pngSize, renderIconPng } from '../../src/lib/schema/site-icon.ts';

/** The colour of one pixel of a PNG, as #rrggbb, read back through resvg (no PNG decoder needed). */
function pixel(png: Uint8Array, x: number, y: number): string {
  const size = pngSize(png);
  if (!size) throw new Error('not a PNG');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image width="${size.width}" height="${size.height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  const pixels = new Resvg(svg).render().pixels;
  const at = (y * size.width + x) * 4;
  return `#${[...pixels.subarray(at, at + 3)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

describe('the default icon', () => {
  it('uses the --accent colours of the stylesheet, light and dark', () => {
    const css = readFileSync(new URL('../../src/astro/styles/global.css', import.meta.url), 'utf8');
    const accents = [...css.matchAll(/--accent:\s*(#[0-9a-f]{6});/gi)].map((match) => match[1]);
    expect(accents).toEqual([ACCENT.light, ACCENT.dark]);
    const themed = defaultIconSvg({ themed: true });
    expect(themed).toContain(`.bg{fill:${ACCENT.light}}`);
    expect(themed).toContain(`@media (prefers-color-scheme:dark){.bg{fill:${ACCENT.dark}}`);
  });

  it('is drawn in the light accent, with the lever in white', () => {
    const png = renderIconPng({ format: 'svg', text: defaultIconSvg({ themed: false }) }, 32);
    expect(pngSize(png)).toEqual({ width: 32, height: 32 });
    expect(pixel(png, 16, 3)).toBe('#0b5cad'); // above the lever
    expect(pixel(png, 16, 22)).toBe('#ffffff'); // inside the fulcrum (a triangle from y 12.6 to 25)
    expect(pixel(png, 0, 0)).toBe('#000000'); // the rounded corner is transparent (read as black)
  });
});

describe('icoFile', () => {
  it('writes the ICO header, one entry per size, and the PNGs where the entries say', () => {
    const images = [16, 32, 48].map((size) => ({
      size,
      png: renderIconPng({ format: 'svg', text: defaultIconSvg({ themed: false }) }, size),
    }));
    const ico = icoFile(images);
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]); // reserved, type 1 (icon), 3 images
    let offset = 6 + 3 * 16;
    images.forEach(({ size, png }, index) => {
      const entry = ico.subarray(6 + 16 * index, 6 + 16 * (index + 1));
      expect([entry[0], entry[1], entry[2], entry[3]]).toEqual([size, size, 0, 0]);
      expect([entry.readUInt16LE(4), entry.readUInt16LE(6)]).toEqual([1, 32]);
      expect(entry.readUInt32LE(8)).toBe(png.length);
      expect(entry.readUInt32LE(12)).toBe(offset);
      expect(pngSize(ico.subarray(offset, offset + png.length))).toEqual({ width: size, height: size });
      offset += png.length;
    });
    expect(ico.length).toBe(offset);
  });
});

describe("an author's icon", () => {
  it('accepts an SVG resvg can draw and a PNG, and says what is wrong with anything else', () => {
    expect(
      iconFileProblem({
        format: 'svg',
        text: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4"/></svg>',
      }),
    ).toBeUndefined();
    expect(
      iconFileProblem({ format: 'png', bytes: renderIconPng({ format: 'svg', text: defaultIconSvg({ themed: false }) }, 16) }),
    ).toBeUndefined();
    expect(iconFileProblem({ format: 'png', bytes: new TextEncoder().encode('GIF89a…') })).toBe('is not a PNG image');
    expect(iconFileProblem({ format: 'svg', text: '<html>not an svg</html>' })).toMatch(/^is not an SVG image resvg can draw \(.+\)$/);
  });

  it('scales a PNG that is not square into the middle of a square icon', () => {
    // A 4×2 red PNG drawn at 32 px: red across the middle, transparent above and below.
    const red = renderIconPng(
      {
        format: 'svg',
        text: '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"><rect width="4" height="2" fill="#ff0000"/></svg>',
      },
      4,
    );
    expect(pngSize(red)).toEqual({ width: 4, height: 2 });
    const icon = renderIconPng({ format: 'png', bytes: red }, 32);
    expect(pngSize(icon)).toEqual({ width: 32, height: 32 });
    expect([pixel(icon, 16, 16), pixel(icon, 16, 2), pixel(icon, 16, 29)]).toEqual(['#ff0000', '#000000', '#000000']);
  });
});

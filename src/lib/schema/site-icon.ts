/**
 * The site's icon: Fulcrum's own (a lever on its fulcrum in the accent
 * colour of the stylesheet, light and dark), or the author's SVG or PNG
 * named by `icon` in site.yaml. Browsers get an SVG where it is ours, and
 * from either an ICO (16, 32 and 48 px) for those that ask for
 * /favicon.ico, and a 180 px PNG for phones' home screens. Everything is
 * drawn by resvg at build time, so the icons always match the settings.
 */
import { Resvg } from '@resvg/resvg-js';

/** The stylesheet's --accent in light and dark (src/styles/global.css; a test keeps them equal). */
export const ACCENT = { light: '#0b5cad', dark: '#8cc2ff' };
/** What is drawn on the accent: white on the light accent, the dark background on the dark one. */
const INK = { light: '#ffffff', dark: '#16181c' };

/** The sizes inside favicon.ico: tabs (16, 32 on high-density screens) and Windows shortcuts (48). */
export const ICO_SIZES = [16, 32, 48];
export const TOUCH_ICON_SIZE = 180;

const PLANK = 'M4.5 12.4 26.8 7.9l.8 3.6L5.3 16z';
const FULCRUM = 'M16 12.6 22.5 25h-13z';

/**
 * Fulcrum's icon. `themed`: the SVG browsers show, switching to the dark
 * accent with the reader's colour scheme; otherwise the light colours as
 * plain fills, which resvg draws (for the ICO and the touch icon, which have
 * no dark form). `corners`: 0 for the touch icon, which phones round themselves.
 */
export function defaultIconSvg({ themed, corners = 7 }: { themed: boolean; corners?: number }): string {
  const fill = (part: 'bg' | 'ink') => (themed ? `class="${part}"` : `fill="${part === 'bg' ? ACCENT.light : INK.light}"`);
  const style = themed
    ? `<style>.bg{fill:${ACCENT.light}}.ink{fill:${INK.light}}@media (prefers-color-scheme:dark){.bg{fill:${ACCENT.dark}}.ink{fill:${INK.dark}}}</style>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${style}` +
    `<rect ${fill('bg')} width="32" height="32" rx="${corners}"/>` +
    `<path ${fill('ink')} d="${PLANK}"/><path ${fill('ink')} d="${FULCRUM}"/></svg>\n`
  );
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG from its header, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = { width: view.getUint32(16), height: view.getUint32(20) };
  return size.width > 0 && size.height > 0 ? size : undefined;
}

/** A PNG as an SVG, centred in a square, so resvg scales it like any other icon. */
function pngAsSvg(png: Uint8Array, { width, height }: { width: number; height: number }): string {
  const side = Math.max(width, height);
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}">` +
    `<image x="${(side - width) / 2}" y="${(side - height) / 2}" width="${width}" height="${height}" href="${href}"/></svg>`
  );
}

export type IconSource = { format: 'svg'; text: string } | { format: 'png'; bytes: Uint8Array };

/** What is wrong with an author's icon file, or undefined when resvg can draw it. */
export function iconFileProblem(source: IconSource): string | undefined {
  if (source.format === 'png') return pngSize(source.bytes) ? undefined : 'is not a PNG image';
  try {
    new Resvg(source.text);
    return undefined;
  } catch (error) {
    return `is not an SVG image resvg can draw (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** The icon drawn as a square PNG of `size` pixels. */
export function renderIconPng(source: IconSource, size: number): Buffer {
  const svg = source.format === 'svg' ? source.text : pngAsSvg(source.bytes, pngSize(source.bytes) ?? { width: 1, height: 1 });
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * An ICO file holding one PNG for each size (the form every browser since
 * 2010 reads): a 6-byte header, a 16-byte entry per image, then the images.
 */
export function icoFile(images: readonly { size: number; png: Uint8Array }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: an icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 stands for 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits a pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

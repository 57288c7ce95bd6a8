/**
 * `npm run size [folder]`: what a reader downloads per page type of the built
 * site (dist/ unless a folder is given), raw and gzipped. Build first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readArgs } from '../src/cli/args.ts';
import { fontFiles, measureSite, scriptFiles, type Bytes } from './lib/page-weight.ts';

const args = readArgs(process.argv.slice(2), {}, 'usage: npm run size [folder]', 1);
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}
const dir = resolve(args.positionals[0] ?? 'dist');
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}

const figure = (bytes: number) => bytes.toLocaleString('en');
const pair = (bytes: Bytes) => [figure(bytes.raw), figure(bytes.gzip)];

const header = ['page type', 'pages', 'heaviest page', 'HTML', 'gzip', 'CSS', 'gzip', 'HTML+CSS', 'gzip', 'JS'];
/** The site's pages by type; a page that links what is not in the folder (or not in the site) ends the command with why. */
function measured() {
  try {
    return measureSite(dir);
  } catch (error) {
    console.error(`Cannot measure ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const rows = measured().map(({ type, pages, heaviest }) => [
  type,
  String(pages),
  heaviest.file,
  ...pair(heaviest.html),
  ...pair(heaviest.css),
  ...pair(heaviest.htmlAndCss),
  figure(heaviest.js.raw),
]);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
// Text columns align left, figures right.
const line = (cells: string[]) =>
  cells.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');

console.log(`Page weight of ${dir} in bytes (gzip: each file on its own, zlib level 6)\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
const fonts = fontFiles(dir);
const scripts = scriptFiles(dir);
console.log(`\nWeb fonts: ${fonts.length === 0 ? 'none' : fonts.map(({ file, bytes }) => `${file} (${figure(bytes)})`).join(', ')}`);
console.log(`JavaScript files: ${scripts.length === 0 ? 'none' : scripts.join(', ')}`);

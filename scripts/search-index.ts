/** `node scripts/search-index.ts <folder>`: writes Pagefind's search index into a built site (npm run build does this itself). */
import { writeSearchIndex } from './lib/search-index.ts';

const [site] = process.argv.slice(2);
if (!site) {
  process.stderr.write('usage: node scripts/search-index.ts <built site folder>\n');
  process.exit(2);
}
const { errors } = await writeSearchIndex(site);
for (const error of errors) process.stderr.write(`search index: ${error}\n`);
process.exitCode = errors.length > 0 ? 1 : 0;

/** `npm run schema`: writes the editors' JSON Schemas to schemas/ from the zod schemas. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_SCHEMAS, editorSchemaText } from '../src/lib/schema/json-schema.ts';
import { writeWhole } from '../src/lib/storage/write-whole.ts';
import { readArgs } from '../src/cli/args.ts';

const args = readArgs(process.argv.slice(2), {}, 'usage: npm run schema');
if ('error' in args) {
  console.error(args.error);
  process.exit(2);
}

const dir = join(process.cwd(), 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(EDITOR_SCHEMAS)) {
  writeWhole(join(dir, name), editorSchemaText(schema));
  process.stdout.write(`schemas/${name}\n`);
}

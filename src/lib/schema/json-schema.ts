/**
 * JSON Schemas for editors, generated from the same zod schemas the checks
 * use, so that YAML-aware editors complete keys and flag mistakes as the
 * author types. `npm run schema` writes them to schemas/; a test keeps the
 * committed files current.
 */
import { z } from 'zod';
import { dayFrontmatterSchema } from './day-schema.ts';
import { siteSchema } from './site-schema.ts';
import { yamlDaySchema } from './yaml-day.ts';

interface EditorSchema {
  schema: z.ZodType;
  title: string;
  description: string;
}

export const EDITOR_SCHEMAS: Record<string, EditorSchema> = {
  'day.schema.json': {
    schema: yamlDaySchema,
    title: 'Fulcrum day',
    description: 'One day of work, content/days/YYYY-MM-DD.yaml.',
  },
  'day-frontmatter.schema.json': {
    schema: dayFrontmatterSchema,
    title: 'Fulcrum day (front matter)',
    description: 'The front matter of content/days/YYYY-MM-DD.md, between the two --- lines.',
  },
  'site.schema.json': {
    schema: siteSchema,
    title: 'Fulcrum site settings',
    description: 'content/site.yaml: settings that apply to every page.',
  },
};

/** The file's text: JSON Schema draft 7, which is what YAML editors support best. */
export function editorSchemaText({ schema, title, description }: EditorSchema): string {
  const { $schema, ...body } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' });
  return `${JSON.stringify({ $schema, title, description, ...body }, null, 2)}\n`;
}

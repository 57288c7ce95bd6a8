/**
 * A day written as pure YAML (`YYYY-MM-DD.yaml`): the same fields as the front
 * matter, with the prose as Markdown block scalars.
 */
import { dayFrontmatterSchema } from './day-schema.ts';
import { text } from './fields.ts';

export const yamlDaySchema = dayFrontmatterSchema.extend({
  intro: text('intro', '|\n  Markdown above the tables')
    .describe('Markdown shown above the tables; write it as a block: intro: | and the text indented below.')
    .optional(),
  analysis: text('analysis', '|\n  ## Analysis …')
    .describe('Markdown shown below the tables, usually starting with "## Analysis"; write it as a block: analysis: |')
    .optional(),
});

/**
 * A day written as pure YAML (`YYYY-MM-DD.yaml`): the same fields as the front
 * matter, with the prose as Markdown block scalars.
 */
import { dayFrontmatterSchema } from './day.ts';
import { text } from './fields.ts';

export const yamlDaySchema = dayFrontmatterSchema.extend({
  /** Markdown shown above the tables. */
  intro: text('intro', '|\n  Markdown above the tables').optional(),
  /** Markdown shown below the tables, usually starting with "## Analysis". */
  analysis: text('analysis', '|\n  ## Analysis …').optional(),
});

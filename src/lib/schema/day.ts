/** The day file's front matter: the contract between authors and Fulcrum. */
import { z } from 'astro/zod';
import { calendarDate, count, duration, flag, tagList, text } from './fields.ts';

export const taskSchema = z.strictObject({
  title: text('title', '"What was done, in a sentence"'),
  human: duration({ key: 'human', example: '2.5h (what a human would have needed)', allowZero: true, prefersHours: true }),
  ai: duration({ key: 'ai', example: "7m (the agent's wall-clock time)", allowZero: false, prefersHours: false }),
  supervision: duration({ key: 'supervision', example: '2m (your own supervising time)', allowZero: true, prefersHours: false }),
  tags: tagList('tags').optional(),
});

export const dayFrontmatterSchema = z.strictObject({
  date: calendarDate('date'),
  title: text('title', '"Leverage Record: April 22, 2026"').optional(),
  /** When the post was last changed in a way subscribers should see again (feeds' updated time). */
  updated: calendarDate('updated').optional(),
  description: text('description', '"One sentence about the day"').optional(),
  tokens: count('tokens').optional(),
  draft: flag('draft').default(false),
  /** Tags for every task of the day. */
  tags: tagList('tags').optional(),
  /** false hides the generated data summary on this day. */
  summary: flag('summary').optional(),
  tasks: z
    .array(taskSchema, {
      error: (issue) =>
        issue.input === undefined
          ? 'tasks is missing; add a tasks: list with at least one task (title, human, ai, supervision)'
          : 'tasks is not a list; write each task on a line starting with "- title:"',
    })
    .min(1, { error: 'tasks is empty; a day needs at least one task (title, human, ai, supervision)' }),
});

export type Task = z.output<typeof taskSchema>;
export type DayFrontmatter = z.output<typeof dayFrontmatterSchema>;

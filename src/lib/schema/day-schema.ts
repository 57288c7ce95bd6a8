/** The day file's front matter: the contract between authors and Fulcrum. */
import { z } from 'zod';
import { calendarDate, count, duration, flag, shown, tagList, text } from './fields.ts';

const TASK_KEYS = 'title:, human:, ai: and supervision:';

/** What to write for a task's supervision. */
export const SUPERVISION_EXAMPLE = '2m (your own supervising time)';
const NO_TASKS = 'tasks is empty; a day needs at least one task (title, human, ai, supervision)';

const taskSchema = z.strictObject(
  {
    title: text('title', '"What was done, in a sentence"').describe(
      'What was done, in a sentence; inline Markdown (`code`, *emphasis*, [links](https://…)) is allowed. Quote it if it contains ": ".',
    ),
    human: duration({
      key: 'human',
      example: '2.5h (what a human would have needed)',
      description: 'How long the task would have taken by hand, without the agent',
      allowZero: true,
      prefersHours: true,
    }),
    ai: duration({
      key: 'ai',
      example: "7m (the agent's wall-clock time)",
      description: "The agent's wall-clock time on the task (more than 0)",
      allowZero: false,
      prefersHours: false,
    }),
    supervision: duration({
      key: 'supervision',
      example: SUPERVISION_EXAMPLE,
      description:
        'Your own time spent prompting, reviewing and correcting; 0m if none. A day that did not log it leaves it out of every task (its supervisory figures show as not logged)',
      allowZero: true,
      prefersHours: false,
    }).optional(),
    tags: tagList('tags').describe("The task's own tags, besides the day's (e.g. [billing]).").optional(),
    session: text('session', 'claude-code/5b1f7c9e-2d4a-4c1e-9f3b-7a6d2e8c4b10')
      .describe(
        'The agent session the task was measured from, written by npm run new --from; npm run new --merge adds each session once. Not shown on the site.',
      )
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `${shown(issue.input)} is not a task; write a task as ${TASK_KEYS} lines, the first after "- ", the others indented below it`
        : undefined,
  },
);

/**
 * More tokens than any day uses. Days are dated 1970 to 2199 (84,006 days,
 * see dates.ts), so the tokens of all of them add up to at most
 * 8,400,600,000,000,000, below Number.MAX_SAFE_INTEGER: every total of
 * tokens is exact without BigInt.
 */
export const MAX_DAY_TOKENS = 100_000_000_000;

export const dayFrontmatterSchema = z.strictObject({
  date: calendarDate('date'),
  title: text('title', '"Leverage Record: April 22, 2026"')
    .describe('The headline; plain text. Without it: "Leverage Record: <date>".')
    .optional(),
  updated: calendarDate('updated')
    .describe('The date of a later change subscribers should see again; feeds show it as the updated time.')
    .optional(),
  description: text('description', '"One sentence about the day"')
    .describe('One sentence for the index, search engines and feeds. Without it: the first paragraph.')
    .optional(),
  tokens: count('tokens', 'Tokens the agent used that day, a whole number (shown in the totals).', MAX_DAY_TOKENS, 'tokens').optional(),
  draft: flag('draft').describe('true keeps the day out of the built site; it still shows in npm run dev.').default(false),
  tags: tagList('tags').describe('Tags for every task of the day (e.g. [billing, course-platform]).').optional(),
  summary: flag('summary').describe('false hides the generated data summary on this day.').optional(),
  tasks: z
    .array(taskSchema, {
      error: (issue) =>
        issue.input === undefined
          ? 'tasks is missing; add a tasks: list with at least one task (title, human, ai, supervision)'
          : issue.input === null
            ? NO_TASKS
            : 'tasks is not a list; write each task on a line starting with "- title:"',
    })
    .min(1, { error: NO_TASKS })
    .describe('The tasks of the day, each with title, human, ai and supervision.'),
});

export type Task = z.output<typeof taskSchema>;
export type DayFrontmatter = z.output<typeof dayFrontmatterSchema>;

/**
 * The names a metric reference (`:metric[leverage]`) or a summary template
 * (`{leverage}`) may use: the vocabulary the site settings are validated
 * against. What each name's value is lives with the prose that uses them
 * (prose/references.ts).
 */

/** Names that exist for the day and, with `previous.` in front, for the previous day. */
const TOTALS_NAMES = [
  'tasks',
  'tasks.words',
  'tasks.noun',
  'hours',
  'hours.days',
  'hours.weeks',
  'ai.minutes',
  'ai.hours',
  'supervision.minutes',
  'tokens',
  'leverage',
  'supervision.leverage',
] as const;

export type TotalsName = (typeof TOTALS_NAMES)[number];

/** `change.<name>`: the day against the previous one, in words. */
const CHANGE_NAMES = ['change.leverage', 'change.supervision.leverage', 'change.hours', 'change.ai.minutes', 'change.tokens'] as const;

export type ChangeName = (typeof CHANGE_NAMES)[number];

/** What `task.N.<field>`, `ceiling.<field>` and `floor.<field>` can name. */
const TASK_FIELDS = ['title', 'human', 'ai', 'supervision', 'factor', 'supervision.factor'] as const;

export type TaskField = (typeof TASK_FIELDS)[number];

/** `task.3.factor`, `ceiling.title`: the task (by rank, or the first or last) and the field. */
export const TASK_REFERENCE = /^(task\.(\d+)|ceiling|floor)\.(.+)$/;

/** `logged.3.factor`: the third task as the day file lists it, whatever its rank, and the field. */
export const LOGGED_REFERENCE = /^logged\.(\d+)\.(.+)$/;

/** Every name, with `N` standing for a task's rank: for documentation and suggestions. */
export const REFERENCE_NAMES: readonly string[] = [
  'date',
  'aiName',
  ...TOTALS_NAMES,
  ...TOTALS_NAMES.map((name) => `previous.${name}`),
  'previous.date',
  ...CHANGE_NAMES,
  ...TASK_FIELDS.flatMap((field) => [`task.N.${field}`, `ceiling.${field}`, `floor.${field}`]),
  ...TASK_FIELDS.map((field) => `logged.N.${field}`),
];

/** One of `names`, compared as a plain string (never a key inherited from Object.prototype). */
function isOneOf<T extends string>(names: readonly T[], name: string): name is T {
  return (names as readonly string[]).includes(name);
}

export const isTotalsName = (name: string): name is TotalsName => isOneOf(TOTALS_NAMES, name);
export const isChangeName = (name: string): name is ChangeName => isOneOf(CHANGE_NAMES, name);
export const isTaskField = (name: string): name is TaskField => isOneOf(TASK_FIELDS, name);

/** Whether `name` can ever resolve (task numbers are checked against a day separately). */
export function isReferenceName(name: string): boolean {
  const task = TASK_REFERENCE.exec(name) ?? LOGGED_REFERENCE.exec(name);
  if (task) return isTaskField(task.at(-1) as string);
  const ownName = name.startsWith('previous.') ? name.slice('previous.'.length) : name;
  return ownName === 'date' || name === 'aiName' || isTotalsName(ownName) || isChangeName(name);
}

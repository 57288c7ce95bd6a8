/**
 * The text of a day file written by a tool rather than typed (days filled in
 * from agent logs, posts imported from another blog): the same two forms an
 * author writes, front matter and prose in `.md` or all YAML in `.yaml`.
 * YAML is written by the `yaml` package, so any title, however it is
 * punctuated, is quoted exactly as YAML needs and reads back unchanged.
 */
import { Document, isSeq, visit } from 'yaml';
import { splitBody } from './body.ts';

/** A task as the author would type it: durations are text such as `2.5h` or `17m`. */
export interface TaskDraft {
  title: string;
  human: string;
  ai: string;
  /** Left out on a day that logs no supervision. */
  supervision?: string;
  tags?: readonly string[];
  /** The agent session the task was measured from (`claude-code/<id>`), which `npm run new --merge` keys on. */
  session?: string;
}

export interface DayDraft {
  date: string;
  /** A note for the author, written as YAML comment lines above the first key. */
  comment?: string;
  title?: string;
  description?: string;
  tokens?: number;
  tags?: readonly string[];
  tasks: readonly TaskDraft[];
  /** Markdown above the tables; in the `.md` form it must hold no `##` heading, which would end it. */
  intro?: string;
  /** Markdown below the tables; in the `.md` form it starts with a `##` heading (`## Analysis` is added when it does not). */
  analysis?: string;
}

export type DayForm = 'md' | 'yaml';

const LEVEL_TWO_HEADING = /^ {0,3}##(?:[ \t]|$)/;

/** A task's keys in the order an author reads them, leaving out the ones not given. */
function taskValue({ title, human, ai, supervision, tags, session }: TaskDraft): Record<string, unknown> {
  return {
    title,
    human,
    ai,
    ...(supervision === undefined ? {} : { supervision }),
    ...(tags && tags.length > 0 ? { tags: [...tags] } : {}),
    ...(session === undefined ? {} : { session }),
  };
}

/** Keys in the order an author reads them, leaving out the ones not given. */
function frontmatter(day: DayDraft): Record<string, unknown> {
  const tasks = day.tasks.map(taskValue);
  return {
    date: day.date,
    ...(day.title === undefined ? {} : { title: day.title }),
    ...(day.description === undefined ? {} : { description: day.description }),
    ...(day.tokens === undefined ? {} : { tokens: day.tokens }),
    ...(day.tags && day.tags.length > 0 ? { tags: [...day.tags] } : {}),
    tasks,
  };
}

function yamlText(value: unknown, comment?: string): string {
  const doc = new Document(value);
  if (comment !== undefined)
    doc.commentBefore = comment
      .split('\n')
      .map((line) => ` ${line}`)
      .join('\n');
  // Tag lists read best on one line: tags: [billing, cli].
  visit(doc, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => typeof (item as { value?: unknown }).value === 'string')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function analysisText(analysis: string): string {
  const trimmed = analysis.trim();
  if (trimmed === '') return '';
  return LEVEL_TWO_HEADING.test(trimmed.split('\n')[0] ?? '') ? trimmed : `## Analysis\n\n${trimmed}`;
}

/** The whole file for `day` in the given form, ending in a newline. */
export function dayFileText(day: DayDraft, form: DayForm): string {
  const intro = (day.intro ?? '').trim();
  const analysis = analysisText(day.analysis ?? '');
  if (form === 'yaml') {
    return yamlText(
      {
        ...frontmatter(day),
        ...(intro === '' ? {} : { intro: `${intro}\n` }),
        ...(analysis === '' ? {} : { analysis: `${analysis}\n` }),
      },
      day.comment,
    );
  }
  if (splitBody(intro).rest !== '') {
    throw new Error(`the intro of ${day.date} holds a ## heading, which would end it in a .md day; use a ### heading there`);
  }
  const body = [intro, analysis].filter((part) => part !== '').join('\n\n');
  return `---\n${yamlText(frontmatter(day), day.comment)}---\n${body === '' ? '' : `${body}\n`}`;
}

/** Tasks as the items of a block list (`- title: …`), each line indented by `indent` spaces, ending in a newline. */
export function taskListText(tasks: readonly TaskDraft[], indent: number): string {
  const pad = ' '.repeat(indent);
  return yamlText(tasks.map(taskValue))
    .split('\n')
    .map((line) => (line === '' ? line : `${pad}${line}`))
    .join('\n');
}

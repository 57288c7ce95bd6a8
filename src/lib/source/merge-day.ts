/**
 * Adding measured tasks to a day file the author already has (`npm run new
 * --from … --merge`). The file is edited as text, not rewritten: new tasks go
 * after the last task, `tokens` grows by theirs, and every other byte (the
 * author's tasks, comments, quoting, prose) stays as it was. A task that
 * names a session already in the file is not added again.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Range, type YAMLSeq } from 'yaml';
import type { DayForm, TaskDraft } from './write-day.ts';
import { taskListText } from './write-day.ts';

export interface Addition {
  task: TaskDraft;
  /** The task's tokens under the site's rule; undefined when the rule counts none. */
  tokens: number | undefined;
}

export type MergeResult =
  | {
      ok: true;
      text: string;
      added: TaskDraft[];
      alreadyThere: TaskDraft[];
      tokens: { before: number | undefined; after: number | undefined };
    }
  | { ok: false; message: string };

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const BOM = '\uFEFF';

/** Where the YAML of the day starts and ends in `text` (LF line endings). */
function yamlRegion(text: string, form: DayForm): { start: number; end: number } | undefined {
  if (form === 'yaml') return { start: 0, end: text.length };
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || !/^---[ \t]*$/.test(text.slice(0, firstBreak))) return undefined;
  const fence = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(firstBreak + 1);
  const closing = fence.exec(rest);
  if (!closing) return undefined;
  return { start: firstBreak + 1, end: firstBreak + 1 + closing.index };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function sessionOf(item: unknown): string | undefined {
  if (!isMap(item)) return undefined;
  const value = item.get('session');
  return typeof value === 'string' ? value : undefined;
}

function apply(text: string, edits: readonly Edit[]): string {
  return [...edits]
    .sort((a, b) => b.at - a.at)
    .reduce((result, edit) => result.slice(0, edit.at) + edit.insert + result.slice(edit.at + edit.remove), text);
}

/** The day's YAML as the merge reads it: where it is in the text, its list of tasks and its tokens. */
interface DayYaml {
  region: { start: number; end: number };
  /** The `tasks` key, above which a missing `tokens` goes. */
  tasksKey: Node;
  /** One or more tasks, in block style. */
  tasks: YAMLSeq;
  tasksRange: Range;
  tokensNode: Node | undefined;
}

function readDayYaml(text: string, form: DayForm): { ok: true; day: DayYaml } | { ok: false; message: string } {
  const region = yamlRegion(text, form);
  if (!region) return { ok: false, message: 'it has no front matter between two --- lines' };
  const doc = parseDocument(text.slice(region.start, region.end));
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return { ok: false, message: 'its YAML does not read; fix what npm run check reports first' };
  }
  const tasksPair = doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'tasks');
  const tasks = tasksPair?.value;
  if (!tasksPair || !isSeq(tasks) || tasks.flow || tasks.items.length === 0 || !tasks.range) {
    return { ok: false, message: 'its tasks are not a list of "- title:" entries to add to' };
  }
  const tokensNode = doc.contents.get('tokens', true) as Node | undefined;
  return { ok: true, day: { region, tasksKey: tasksPair.key as Node, tasks, tasksRange: tasks.range, tokensNode } };
}

/** The additions whose session the day (or an earlier addition) does not have yet, and the tasks of those it has. */
function newAdditions(tasks: YAMLSeq, additions: readonly Addition[]): { added: Addition[]; alreadyThere: TaskDraft[] } {
  const present = new Set(tasks.items.map(sessionOf).filter((session) => session !== undefined));
  const added: Addition[] = [];
  const alreadyThere: TaskDraft[] = [];
  for (const addition of additions) {
    const { session } = addition.task;
    if (session !== undefined && present.has(session)) {
      alreadyThere.push(addition.task);
      continue;
    }
    if (session !== undefined) present.add(session);
    added.push(addition);
  }
  return { added, alreadyThere };
}

/** The new tasks after the last task's last line, indented as the tasks are. */
function tasksEdit(text: string, day: DayYaml, added: readonly Addition[]): Edit {
  let end = day.region.start + day.tasksRange[1];
  if (text[end - 1] !== '\n') {
    const lineEnd = text.indexOf('\n', end);
    end = lineEnd === -1 ? text.length : lineEnd + 1;
  }
  const newline = text[end - 1] === '\n' || end === 0 ? '' : '\n';
  const indent = columnOf(text, day.region.start + day.tasksRange[0]);
  return {
    at: end,
    remove: 0,
    insert:
      newline +
      taskListText(
        added.map(({ task }) => task),
        indent,
      ),
  };
}

/** The day's tokens grown by the added tasks' counts, and the edit that writes them (in place, or above `tasks`); no edit when they add none. */
function tokensEdit(
  text: string,
  day: DayYaml,
  before: number | undefined,
  added: readonly Addition[],
): { after: number | undefined; edit?: Edit } {
  const counted = added.map(({ tokens }) => tokens).filter((tokens) => tokens !== undefined);
  const addedTokens = counted.reduce((sum, tokens) => sum + tokens, 0);
  if (counted.length === 0 || addedTokens === 0) return { after: before };
  const after = (before ?? 0) + addedTokens;
  const { tokensNode, region } = day;
  if (isScalar(tokensNode) && tokensNode.range) {
    const [start, valueEnd] = tokensNode.range;
    return { after, edit: { at: region.start + start, remove: valueEnd - start, insert: String(after) } };
  }
  const keyStart = region.start + (day.tasksKey.range?.[0] ?? 0);
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  return { after, edit: { at: lineStart, remove: 0, insert: `${' '.repeat(keyStart - lineStart)}tokens: ${after}\n` } };
}

/** Whether `merged` reads back as the same day plus the new tasks. */
function readsBack(merged: string, form: DayForm, tasks: YAMLSeq, added: readonly Addition[]): boolean {
  const check = yamlRegion(merged, form);
  const reread = check ? parseDocument(merged.slice(check.start, check.end)) : undefined;
  const rereadTasks = reread && isMap(reread.contents) ? reread.contents.get('tasks', true) : undefined;
  const sessions = isSeq(rereadTasks) ? rereadTasks.items.map(sessionOf) : [];
  const expected = [...tasks.items.map(sessionOf), ...added.map(({ task }) => task.session)];
  return reread !== undefined && reread.errors.length === 0 && JSON.stringify(sessions) === JSON.stringify(expected);
}

/** `additions` added to the day in `original`, or why they cannot be. */
export function mergeDay(original: string, form: DayForm, additions: readonly Addition[]): MergeResult {
  const bom = original.startsWith(BOM) ? BOM : '';
  const crlf = original.includes('\r\n');
  // Windows line endings are put back on every line afterwards.
  const text = original.slice(bom.length).replace(/\r\n/g, '\n');
  const read = readDayYaml(text, form);
  if (!read.ok) return read;
  const { day } = read;
  const { added, alreadyThere } = newAdditions(day.tasks, additions);
  const { tokensNode } = day;
  const before = isScalar(tokensNode) && Number.isSafeInteger(tokensNode.value) ? (tokensNode.value as number) : undefined;
  if (added.length === 0) return { ok: true, text: original, added: [], alreadyThere, tokens: { before, after: before } };
  if (tokensNode !== undefined && before === undefined) {
    return { ok: false, message: 'its tokens is not a whole number; fix it first' };
  }
  const tokens = tokensEdit(text, day, before, added);
  const merged = apply(text, [tasksEdit(text, day, added), ...(tokens.edit ? [tokens.edit] : [])]);
  // The result must read back as the same day plus the new tasks; otherwise nothing is written.
  if (!readsBack(merged, form, day.tasks, added)) {
    return { ok: false, message: 'the new tasks could not be added without changing what is there' };
  }
  return {
    ok: true,
    text: bom + (crlf ? merged.replace(/\n/g, '\r\n') : merged),
    added: added.map(({ task }) => task),
    alreadyThere,
    tokens: { before, after: tokens.after },
  };
}

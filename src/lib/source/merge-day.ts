/**
 * Adding measured tasks to a day file the author already has (`npm run new
 * --from … --merge`). The file is edited as text, not rewritten: new tasks go
 * after the last task, `tokens` grows by theirs, and every other byte (the
 * author's tasks, comments, quoting, prose) stays as it was. A task that
 * names a session already in the file is not added again.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { DayForm, TaskDraft } from './write-day.ts';
import { taskListText } from './write-day.ts';

export interface Addition {
  task: TaskDraft;
  /** The task's tokens under the site's rule; undefined when the rule counts none. */
  tokens: number | undefined;
}

export type MergeResult =
  | { ok: true; text: string; added: TaskDraft[]; alreadyThere: TaskDraft[]; tokens: { before: number | undefined; after: number | undefined } }
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

/** `additions` added to the day in `original`, or why they cannot be. */
export function mergeDay(original: string, form: DayForm, additions: readonly Addition[]): MergeResult {
  const bom = original.startsWith(BOM) ? BOM : '';
  const crlf = original.includes('\r\n');
  // Windows line endings are put back on every line afterwards.
  const text = original.slice(bom.length).replace(/\r\n/g, '\n');
  const region = yamlRegion(text, form);
  if (!region) return { ok: false, message: 'it has no front matter between two --- lines' };
  const yaml = text.slice(region.start, region.end);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return { ok: false, message: 'its YAML does not read; fix what npm run check reports first' };
  }
  const tasksPair = doc.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'tasks');
  const tasks = tasksPair?.value;
  if (!tasksPair || !isSeq(tasks) || tasks.flow || tasks.items.length === 0 || !tasks.range) {
    return { ok: false, message: 'its tasks are not a list of "- title:" entries to add to' };
  }

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

  const tokensNode = doc.contents.get('tokens', true) as Node | undefined;
  const before = isScalar(tokensNode) && Number.isSafeInteger(tokensNode.value) ? (tokensNode.value as number) : undefined;
  if (added.length === 0) return { ok: true, text: original, added: [], alreadyThere, tokens: { before, after: before } };
  if (tokensNode !== undefined && before === undefined) {
    return { ok: false, message: 'its tokens is not a whole number; fix it first' };
  }

  const edits: Edit[] = [];
  // After the last task's last line.
  let end = region.start + tasks.range[1];
  if (text[end - 1] !== '\n') {
    const lineEnd = text.indexOf('\n', end);
    end = lineEnd === -1 ? text.length : lineEnd + 1;
  }
  const newline = text[end - 1] === '\n' || end === 0 ? '' : '\n';
  const indent = columnOf(text, region.start + tasks.range[0]);
  edits.push({ at: end, remove: 0, insert: newline + taskListText(added.map(({ task }) => task), indent) });

  const counted = added.map(({ tokens }) => tokens).filter((tokens) => tokens !== undefined);
  const addedTokens = counted.reduce((sum, tokens) => sum + tokens, 0);
  let after = before;
  if (counted.length > 0 && addedTokens > 0) {
    after = (before ?? 0) + addedTokens;
    if (isScalar(tokensNode) && tokensNode.range) {
      const [start, valueEnd] = tokensNode.range;
      edits.push({ at: region.start + start, remove: valueEnd - start, insert: String(after) });
    } else {
      const keyStart = region.start + ((tasksPair.key as Node).range?.[0] ?? 0);
      const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
      edits.push({ at: lineStart, remove: 0, insert: `${' '.repeat(keyStart - lineStart)}tokens: ${after}\n` });
    }
  }

  const merged = apply(text, edits);
  // The result must read back as the same day plus the new tasks; otherwise nothing is written.
  const check = yamlRegion(merged, form);
  const reread = check ? parseDocument(merged.slice(check.start, check.end)) : undefined;
  const rereadTasks = reread && isMap(reread.contents) ? reread.contents.get('tasks', true) : undefined;
  const sessions = isSeq(rereadTasks) ? rereadTasks.items.map(sessionOf) : [];
  const expected = [...tasks.items.map(sessionOf), ...added.map(({ task }) => task.session)];
  if (!reread || reread.errors.length > 0 || JSON.stringify(sessions) !== JSON.stringify(expected)) {
    return { ok: false, message: 'the new tasks could not be added without changing what is there' };
  }
  return {
    ok: true,
    text: bom + (crlf ? merged.replace(/\n/g, '\r\n') : merged),
    added: added.map(({ task }) => task),
    alreadyThere,
    tokens: { before, after },
  };
}

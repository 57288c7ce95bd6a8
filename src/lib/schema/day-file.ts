/**
 * Reads one day file, `content/days/YYYY-MM-DD.md` (front matter and prose) or
 * `content/days/YYYY-MM-DD.yaml` (prose under `intro:` and `analysis:`), and
 * reports every problem in it at its line and column.
 */
import { isMap, isScalar } from 'yaml';
import { CS_PER_HOUR } from '../duration.ts';
import { formatEstimateHours } from '../format.ts';
import { splitBody } from '../source/body.ts';
import { oneOf, proseControlCharacters, yamlControlCharacters } from '../source/control-characters.ts';
import { formatPath, sortDiagnostics, type Diagnostic } from '../source/diagnostic.ts';
import { splitFrontmatter } from '../source/frontmatter.ts';
import { blockNesting, MAX_NESTING, nestingMessage, TREE_NESTING_MESSAGE } from '../source/nesting.ts';
import { scanProse } from '../source/prose-scan.ts';
import { sourceText } from '../source/source-text.ts';
import { locate, positionAt, type ParsedYaml, type Position } from '../source/yaml.ts';
import { readYaml, swallowedComments } from '../source/yaml-syntax.ts';
import { yamlValue } from '../source/yaml-value.ts';
import { dayFrontmatterSchema, SUPERVISION_EXAMPLE, type DayFrontmatter } from './day-schema.ts';
import { calendarDate } from './fields.ts';
import { schemaDiagnostics } from './schema-issues.ts';
import { yamlDaySchema } from './yaml-day.ts';

export interface DaySource {
  file: string;
  /** The date, which is also the entry's id. */
  date: string;
  frontmatter: DayFrontmatter;
  /** Markdown above the tables, its first line in the file, and its indentation there (a YAML block's; 0 in a .md file). */
  intro: string;
  introLine: number;
  introIndent: number;
  /** Markdown below the tables, its first line in the file, and its indentation there. */
  rest: string;
  restLine: number;
  restIndent: number;
  /** Every tag as written, in file order, with where: the check compares spellings across days. */
  tagPlaces: TagPlace[];
}

export interface TagPlace extends Position {
  tag: string;
  /** The field, e.g. `tasks[2].tags[1]`. */
  path: string;
}

export interface DayFileResult {
  day?: DaySource;
  diagnostics: Diagnostic[];
}

/** `2026-04-22.md` or `2026-04-22.yaml`; the extension may be written in capitals (`.MD`), as some tools save it. */
const DAY_FILE_NAME = /^(\d{4}-\d{2}-\d{2})\.(md|yaml)$/i;

/** The date a day file's name gives (`content/days/2026-04-22.md` → `2026-04-22`), or undefined for any other name. */
export function dayFileDate(file: string): string | undefined {
  return DAY_FILE_NAME.exec(fileName(file))?.[1];
}

function fileName(file: string): string {
  return /[^/]+$/.exec(file)?.[0] ?? file;
}

/** More than this much agent or supervision time in one day is probably a unit mistake. */
const PLAUSIBLE_DAY = 24 * CS_PER_HOUR;

function fail(file: string, line: number, column: number, path: string, message: string): DayFileResult {
  return { diagnostics: [{ file, line, column, severity: 'error', path, message }] };
}

function plausibility(parsed: ParsedYaml, file: string, day: DayFrontmatter): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  if (day.updated !== undefined && day.updated < day.date) {
    warnings.push({
      file,
      ...locate(parsed, ['updated']),
      severity: 'warning',
      path: 'updated',
      message: `updated is ${day.updated}, before the day itself (${day.date}); write the date of the later change, or leave updated out`,
    });
  }
  for (const key of ['ai', 'supervision'] as const) {
    const label = key === 'ai' ? 'agent' : 'supervision';
    // A plain sum: how much time a day adds up to is measured in metrics/, above this layer.
    const total = day.tasks.reduce((sum, task) => sum + (task[key] ?? 0), 0);
    if (total <= PLAUSIBLE_DAY) continue;
    const culprit = day.tasks.findIndex((task) => (task[key] ?? 0) > PLAUSIBLE_DAY);
    const path = culprit === -1 ? ['tasks'] : ['tasks', culprit, key];
    warnings.push({
      file,
      ...locate(parsed, path),
      severity: 'warning',
      path: culprit === -1 ? 'tasks' : `tasks[${culprit + 1}].${key}`,
      message: `${formatEstimateHours(culprit === -1 ? total : (day.tasks[culprit]?.[key] ?? 0))} of ${label} time in one day is more than 24h; check the unit (m for minutes, h for hours)`,
    });
  }
  return warnings;
}

/**
 * A day logs supervision for every task or for none (then its supervisory
 * figures show as not logged): a task without it on a day whose other tasks
 * have it is an error, at that task.
 */
function supervisionOfSomeTasks(parsed: ParsedYaml, file: string, day: DayFrontmatter): Diagnostic[] {
  const first = day.tasks.findIndex((task) => task.supervision !== undefined);
  if (first === -1) return [];
  return day.tasks.flatMap((task, index) =>
    task.supervision !== undefined
      ? []
      : [
          {
            file,
            ...locate(parsed, ['tasks', index]),
            severity: 'error' as const,
            path: `tasks[${index + 1}].supervision`,
            message: `supervision is missing, but tasks[${first + 1}] logs it; add supervision: ${SUPERVISION_EXAMPLE}, or leave supervision out of every task of the day (not logged)`,
          },
        ],
  );
}

/**
 * `:metric[…]` in a task title. Refused rather than filled in: a title is
 * published as written (open data, search, `task.N.title` in the prose), and
 * its own figures are in its row. Found as the renderer reads Markdown, so a
 * reference inside `code` is fine.
 */
function referencesInTitles(parsed: ParsedYaml, file: string, day: DayFrontmatter): Diagnostic[] {
  return day.tasks.flatMap((task, index) => {
    if (!task.title.includes(':metric')) return [];
    const [first] = scanProse(task.title).metrics;
    if (!first) return [];
    const written = task.title.slice(first.start, first.end);
    return [
      {
        file,
        ...locate(parsed, ['tasks', index, 'title']),
        severity: 'error' as const,
        path: `tasks[${index + 1}].title`,
        message: `${written} works only in the prose above and below the tables, not in a task title (its own figures are in its row of the Task Log); write the text instead, or move the reference into the prose`,
      },
    ];
  });
}

/** What to call a file that is not named like a day. */
function badName(name: string): string {
  const stem = name.replace(/\.[^.]*$/, '');
  if (/\.yml$/i.test(name) && /^\d{4}-\d{2}-\d{2}$/.test(stem)) {
    return `day files written in YAML end in .yaml, not .yml; rename ${name} to ${stem}.yaml`;
  }
  return `"${name}" is not a day file name; name it YYYY-MM-DD.md or YYYY-MM-DD.yaml, e.g. 2026-04-22.md`;
}

const dateField = calendarDate('date');

/** The date written in the file, when it is a real one and differs from the file name. */
function dateMismatch(parsed: ParsedYaml, file: string, name: string, nameDate: string, raw: Record<string, unknown>): Diagnostic[] {
  const written = dateField.safeParse(raw.date);
  if (!written.success || written.data === nameDate) return [];
  return [
    {
      file,
      ...locate(parsed, ['date']),
      severity: 'error',
      path: 'date',
      message: `date is ${written.data} but the file is named ${name}; make them the same (rename the file or fix the date)`,
    },
  ];
}

/** Every problem in one day file, top to bottom, and the day itself if it has no errors. */
export function parseDayFile(file: string, bytes: Uint8Array): DayFileResult {
  const result = readDay(file, bytes);
  return { ...result, diagnostics: sortDiagnostics(result.diagnostics) };
}

/** Where a day's YAML came from, and its prose when written in Markdown. */
interface DayText {
  file: string;
  name: string;
  nameDate: string;
  isYaml: boolean;
  body: string;
  bodyLine: number;
}

function readDay(file: string, bytes: Uint8Array): DayFileResult {
  const name = fileName(file);
  const nameMatch = DAY_FILE_NAME.exec(name);
  if (!nameMatch) return fail(file, 1, 1, '', badName(name));
  const [, nameDate = '', format] = nameMatch;
  const decoded = sourceText(file, bytes);
  if (!decoded.ok) return { diagnostics: decoded.diagnostics };
  const source: DayText = { file, name, nameDate, isYaml: format?.toLowerCase() === 'yaml', body: '', bodyLine: 1 };
  let yamlText = decoded.text;
  let yamlLine = 1;
  if (!source.isYaml) {
    const split = splitFrontmatter(decoded.text);
    if (!split.ok) return fail(file, split.line, 1, '', split.message);
    ({ yaml: yamlText, yamlLine, body: source.body, bodyLine: source.bodyLine } = split);
  }
  const { parsed, text, syntax } = readYaml(yamlText, yamlLine, file);
  if (!parsed) return { diagnostics: syntax };
  const checked = checkDay(parsed, text, source);
  // With syntax errors, the rest was checked on a repaired copy: reported, but not a day.
  return syntax.length === 0 ? checked : { diagnostics: [...syntax, ...checked.diagnostics] };
}

/**
 * Where a YAML day's prose is written, so positions in it point into the
 * file: a block (`intro: |`) starts on the line below its header, every line
 * indented alike; a one-line scalar starts where it stands (after its quote).
 * Exact for literal blocks (`|`, as the README asks) and one-line scalars; a
 * folded block (`>`) or a quoted scalar over several lines joins lines, so
 * positions after the first joined line are approximate there.
 */
function yamlProsePlace(parsed: ParsedYaml, yamlText: string, key: string): { line: number; indent: number } {
  const { contents } = parsed.doc;
  const node = isMap(contents) ? contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value : undefined;
  if (!isScalar(node) || !node.range) return { line: 1, indent: 0 };
  const start = positionAt(parsed, node.range[0]);
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    const body = yamlText.slice(node.range[0], node.range[1]);
    return { line: start.line + 1, indent: /\n( *)\S/.exec(body)?.[1]?.length ?? 0 };
  }
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return { line: start.line, indent: start.column - 1 + (quoted ? 1 : 0) };
}

/** A day's Markdown: its prose, in a .yaml day. */
const DAY_MARKDOWN = oneOf([['intro'], ['analysis']]);

function checkDay(parsed: ParsedYaml, yamlText: string, source: DayText): DayFileResult {
  const { file, name, nameDate, isYaml, body, bodyLine } = source;
  const comments = [
    ...swallowedComments(parsed, file, yamlText),
    ...yamlControlCharacters(parsed, file, yamlText, DAY_MARKDOWN),
    ...proseControlCharacters(file, body, bodyLine),
  ];
  const value = yamlValue(parsed, file, { name: 'the day', keys: 'date: and tasks:' });
  if (!value.ok) return { diagnostics: value.diagnostics };
  const raw = value.map;
  const schema = isYaml ? yamlDaySchema : dayFrontmatterSchema;
  const result = schema.safeParse(raw);
  const mismatch = dateMismatch(parsed, file, name, nameDate, raw);
  if (!result.success) {
    return { diagnostics: [...schemaDiagnostics(parsed, file, result.error.issues, schema), ...mismatch, ...comments] };
  }
  if (mismatch.length > 0) return { diagnostics: [...mismatch, ...comments] };

  const { intro: yamlIntro, analysis, ...frontmatter } = { intro: undefined, analysis: undefined, ...result.data };
  const diagnostics = [...plausibility(parsed, file, frontmatter), ...comments];
  let day: DaySource;
  if (isYaml) {
    const intro = yamlProsePlace(parsed, yamlText, 'intro');
    const rest = yamlProsePlace(parsed, yamlText, 'analysis');
    day = {
      file,
      date: nameDate,
      frontmatter,
      intro: yamlIntro ?? '',
      introLine: intro.line,
      introIndent: intro.indent,
      rest: analysis ?? '',
      restLine: rest.line,
      restIndent: rest.indent,
      tagPlaces: [],
    };
  } else {
    const parts = splitBody(body);
    day = {
      file,
      date: nameDate,
      frontmatter,
      intro: parts.intro,
      introLine: bodyLine,
      introIndent: 0,
      rest: parts.rest,
      restLine: bodyLine + parts.restOffset,
      restIndent: 0,
      tagPlaces: [],
    };
  }
  day.tagPlaces = tagPlaces(parsed, frontmatter);
  // Nesting first: the title check parses Markdown, which absurd nesting makes slow.
  const tooDeep = nestedTooDeep(parsed, day, isYaml);
  if (tooDeep.length > 0) return { diagnostics: [...tooDeep, ...diagnostics] };
  const all = [...supervisionOfSomeTasks(parsed, file, frontmatter), ...referencesInTitles(parsed, file, frontmatter), ...diagnostics];
  // A day with errors (control characters, references in titles) is reported, not published.
  return all.some((diagnostic) => diagnostic.severity === 'error') ? { diagnostics: all } : { day, diagnostics: all };
}

function tagPlaces(parsed: ParsedYaml, day: DayFrontmatter): TagPlace[] {
  const place = (tag: string, path: (string | number)[]) => ({ tag, path: formatPath(path), ...locate(parsed, path) });
  return [
    ...(day.tags ?? []).map((tag, index) => place(tag, ['tags', index])),
    ...day.tasks.flatMap((task, taskIndex) => (task.tags ?? []).map((tag, index) => place(tag, ['tasks', taskIndex, 'tags', index]))),
  ];
}

/** Prose and titles whose quotes, lists or brackets nest absurdly deep, told before anything parses them. */
function nestedTooDeep(parsed: ParsedYaml, day: DaySource, isYaml: boolean): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const parts = [
    { markdown: day.intro, line: day.introLine, indent: day.introIndent, path: isYaml ? 'intro' : 'prose' },
    { markdown: day.rest, line: day.restLine, indent: day.restIndent, path: isYaml ? 'analysis' : 'prose' },
  ];
  for (const { markdown, line, indent, path } of parts) {
    const nesting = blockNesting(markdown);
    if (!nesting) continue;
    diagnostics.push({
      file: day.file,
      line: line + nesting.line - 1,
      column: indent + nesting.column,
      severity: 'error',
      path,
      message: nestingMessage(nesting),
    });
  }
  for (const [index, task] of day.frontmatter.tasks.entries()) {
    const nesting = blockNesting(task.title);
    // Each level of emphasis, struck-out text or a link takes at least one of these: with few, a title cannot nest deep.
    const deepInline =
      !nesting && (task.title.match(INLINE_DELIMITERS)?.length ?? 0) > MAX_NESTING && scanProse(task.title).tooDeep !== undefined;
    if (!nesting && !deepInline) continue;
    diagnostics.push({
      file: day.file,
      ...locate(parsed, ['tasks', index, 'title']),
      severity: 'error',
      path: `tasks[${index + 1}].title`,
      message: nesting ? nestingMessage(nesting) : TREE_NESTING_MESSAGE,
    });
  }
  return diagnostics;
}

const INLINE_DELIMITERS = /[*_~[]/g;

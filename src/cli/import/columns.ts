/**
 * What a Task Log column holds, told from its header's meaning rather than
 * its position: the names changed over the years (`Supv.`/`Sup.`,
 * `LF`/`Factor`, `SLF`/`Sup. Factor`, `Claude`/`AI`, a `Weeks` column).
 */

export type ColumnMeaning = 'rank' | 'task' | 'human' | 'ai' | 'supervision' | 'factor' | 'supervisionFactor' | 'weeks';

/** What each meaning is called in messages. */
export const COLUMN_NAMES: Record<ColumnMeaning, string> = {
  rank: '#',
  task: 'Task',
  human: 'Human Est.',
  ai: "the agent's time (Claude, AI or the agent's name)",
  supervision: 'Sup.',
  factor: 'Factor',
  supervisionFactor: 'Sup. Factor',
  weeks: 'Weeks',
};

/** Agents whose name serves as the header of their time column, besides the site's own `aiName`. */
export const AGENT_NAMES = [
  'claude',
  'claude code',
  'ai',
  'agent',
  'codex',
  'copilot',
  'cursor',
  'gpt',
  'chatgpt',
  'gemini',
  'devin',
  'aider',
];

/** Lower case, no dots, parentheses or extra spaces: "Human Est. (h)" → "human est". */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.:*_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a normalised header or label: "human-equivalent hours" → human, equivalent, hours. */
export function words(header: string): string[] {
  return header.split(/[\s/-]+/).filter((word) => word !== '');
}

/** Words that make a Task Log header or an Aggregate Statistics label about supervision, or about a factor. */
export const SUPERVISION_WORDS: ReadonlySet<string> = new Set(['sup', 'supv', 'supervision', 'supervisory', 'supervising', 'super']);
export const FACTOR_WORDS: ReadonlySet<string> = new Set(['factor', 'lf', 'leverage', 'lev', 'multiplier']);

/** The meaning of one header, or undefined for a column Fulcrum does not import. */
export function columnMeaning(header: string, aiName = 'Claude'): ColumnMeaning | undefined {
  const text = normalizeHeader(header);
  const list = words(text);
  const has = (set: ReadonlySet<string>) => list.some((word) => set.has(word));
  if (text === '#' || text === 'rank' || text === 'no' || text === 'nr') return 'rank';
  if (text === 'slf' || (has(SUPERVISION_WORDS) && has(FACTOR_WORDS))) return 'supervisionFactor';
  if (has(FACTOR_WORDS)) return 'factor';
  if (has(SUPERVISION_WORDS)) return 'supervision';
  if (list[0] === 'human' || text === 'estimate' || text === 'est') return 'human';
  if (list[0] === 'weeks' || list[0] === 'wks' || text === 'human weeks') return 'weeks';
  if (text === 'task' || text === 'tasks' || text === 'description' || text === 'work') return 'task';
  const agents = new Set([...AGENT_NAMES, normalizeHeader(aiName)]);
  const agent = text.replace(/\s+(time|minutes|min|wall clock|wall-clock)$/, '');
  if (agents.has(agent) || text === 'wall clock' || text === 'wall-clock') return 'ai';
  return undefined;
}

export interface ColumnMap {
  /** Column index of each meaning found (the first column with that meaning). */
  index: Partial<Record<ColumnMeaning, number>>;
  /** Headers of columns that mean nothing to Fulcrum, as printed. */
  unknown: string[];
}

export function mapColumns(headers: readonly string[], aiName?: string): ColumnMap {
  const index: Partial<Record<ColumnMeaning, number>> = {};
  const unknown: string[] = [];
  headers.forEach((header, at) => {
    const meaning = columnMeaning(header, aiName);
    if (meaning === undefined || index[meaning] !== undefined) {
      if (header.trim() !== '') unknown.push(header.trim());
      return;
    }
    index[meaning] = at;
  });
  return { index, unknown };
}

/** The columns a Task Log cannot do without; supervision can come from the supervisory factor. */
const REQUIRED_COLUMNS: readonly ColumnMeaning[] = ['task', 'human', 'ai'];

export function missingColumns(map: ColumnMap): ColumnMeaning[] {
  const missing = REQUIRED_COLUMNS.filter((meaning) => map.index[meaning] === undefined);
  if (map.index.supervision === undefined && map.index.supervisionFactor === undefined) missing.push('supervision');
  return missing;
}

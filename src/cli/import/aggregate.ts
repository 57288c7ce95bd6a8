/**
 * The Aggregate Statistics table of a published post: which figure each row
 * prints, told from its label ("Total Claude minutes", "Claude wall-clock
 * time", "Weighted avg supervisory factor", "Human-equivalent weeks").
 */
import { AGENT_NAMES, FACTOR_WORDS, normalizeHeader, SUPERVISION_WORDS, words } from './columns.ts';

export type AggregateMeaning = 'tasks' | 'human' | 'ai' | 'supervision' | 'tokens' | 'leverage' | 'supervisionLeverage' | 'weeks' | 'days';

/** Rows of a single task's or another statistic's figure (a median, a ceiling), which Fulcrum's totals do not hold. */
const OTHER_STATISTICS = [
  'median',
  'mean',
  'max',
  'maximum',
  'min',
  'minimum',
  'highest',
  'lowest',
  'ceiling',
  'floor',
  'best',
  'worst',
  'peak',
  'top',
  'range',
];

export function aggregateMeaning(label: string, aiName = 'Claude'): AggregateMeaning | undefined {
  const list = words(normalizeHeader(label));
  const has = (...names: readonly string[]) => list.some((word) => names.includes(word));
  const supervisory = has(...SUPERVISION_WORDS);
  const factor = has(...FACTOR_WORDS);
  if (has(...OTHER_STATISTICS)) return undefined;
  if (has('token', 'tokens')) return 'tokens';
  if (has('slf') || (supervisory && factor)) return 'supervisionLeverage';
  if (factor) return 'leverage';
  if (supervisory) return 'supervision';
  if (has('task', 'tasks')) return 'tasks';
  if (has('week', 'weeks')) return 'weeks';
  if (has('days', 'day')) return 'days';
  if (has('human')) return 'human';
  // "Claude wall-clock time": the wall clock is the agent's.
  if (has(...AGENT_NAMES, 'wall', ...words(normalizeHeader(aiName)))) return 'ai';
  return undefined;
}

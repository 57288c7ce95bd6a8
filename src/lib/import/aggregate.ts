/**
 * The Aggregate Statistics table of a published post: which figure each row
 * prints, told from its label ("Total Claude minutes", "Claude wall-clock
 * time", "Weighted avg supervisory factor", "Human-equivalent weeks").
 */
import { normalizeHeader } from './columns.ts';

export type AggregateMeaning =
  | 'tasks'
  | 'human'
  | 'ai'
  | 'supervision'
  | 'tokens'
  | 'leverage'
  | 'supervisionLeverage'
  | 'weeks'
  | 'days';

/** Rows of a single task's or another statistic's figure (a median, a ceiling), which Fulcrum's totals do not hold. */
const OTHER_STATISTICS = ['median', 'mean', 'max', 'maximum', 'min', 'minimum', 'highest', 'lowest', 'ceiling', 'floor', 'best', 'worst', 'peak', 'top', 'range'];

const AGENT_WORDS = ['claude', 'ai', 'agent', 'codex', 'copilot', 'cursor', 'gpt', 'chatgpt', 'gemini', 'devin', 'aider', 'wall'];

export function aggregateMeaning(label: string, aiName = 'Claude'): AggregateMeaning | undefined {
  const words = normalizeHeader(label).split(/[\s/-]+/).filter((word) => word !== '');
  const has = (...list: string[]) => words.some((word) => list.includes(word));
  const supervisory = has('sup', 'supv', 'supervision', 'supervisory', 'supervising');
  if (has(...OTHER_STATISTICS)) return undefined;
  if (has('token', 'tokens')) return 'tokens';
  if (has('slf') || (supervisory && has('leverage', 'factor', 'lf'))) return 'supervisionLeverage';
  if (has('leverage', 'factor', 'lf')) return 'leverage';
  if (supervisory) return 'supervision';
  if (has('task', 'tasks')) return 'tasks';
  if (has('week', 'weeks')) return 'weeks';
  if (has('days', 'day')) return 'days';
  if (has('human')) return 'human';
  if (has(...AGENT_WORDS, ...normalizeHeader(aiName).split(' '))) return 'ai';
  return undefined;
}

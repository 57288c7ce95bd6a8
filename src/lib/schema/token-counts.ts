/**
 * Token counts as the agents' logs report them, in four kinds. Which kinds a
 * day's `tokens` adds up is the author's setting (`agentLogs.tokens` in
 * content/site.yaml); every kind counts by default.
 */

/** Fresh input, output, prompt-cache writes and prompt-cache reads. */
export const TOKEN_KINDS = ['input', 'output', 'cacheWrites', 'cacheReads'] as const;

export type TokenKind = (typeof TOKEN_KINDS)[number];

export type TokenCounts = Record<TokenKind, number>;

export const NO_TOKENS: TokenCounts = { input: 0, output: 0, cacheWrites: 0, cacheReads: 0 };

export function addTokens(a: TokenCounts, b: TokenCounts): TokenCounts {
  return {
    input: a.input + b.input,
    output: a.output + b.output,
    cacheWrites: a.cacheWrites + b.cacheWrites,
    cacheReads: a.cacheReads + b.cacheReads,
  };
}

/** The day's `tokens`: the kinds the rule counts, each once however often it is listed. */
export function countTokens(counts: TokenCounts, kinds: readonly TokenKind[]): number {
  return [...new Set(kinds)].reduce((sum, kind) => sum + counts[kind], 0);
}

/**
 * A command's arguments, read by Node's `util.parseArgs`. Every command words
 * a mistake the same way and follows it with its usage line:
 * "unknown option --jsn; usage: …", "--from needs a value; usage: …",
 * "--yaml takes no value; usage: …", "unexpected 2026-04-22 x; usage: …".
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

type ParsedArgs<T extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>
>;

/** What is wrong with `args` for these options, in our words, or undefined when nothing is. */
export function argsProblem(args: readonly string[], options: ParseArgsOptionsConfig, maxPositionals = 0): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const known = options[token.name];
    if (known === undefined) return `unknown option ${token.rawName}`;
    // "--from --yaml": the value was forgotten (parseArgs calls it ambiguous; --from=--yaml is taken as written).
    const forgotten = token.value === undefined || (!token.inlineValue && token.value.startsWith('-'));
    if (known.type === 'string' && forgotten) return `${token.rawName} needs a value`;
    if (known.type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value`;
  }
  const positionals = tokens.flatMap((token) => (token.kind === 'positional' ? [token.value] : []));
  return positionals.length > maxPositionals ? `unexpected ${positionals.join(' ')}` : undefined;
}

/**
 * The options and positional arguments (at most `maxPositionals`), or the
 * message a command prints before it exits with status 2.
 */
export function readArgs<const T extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: T,
  usage: string,
  maxPositionals = 0,
): ParsedArgs<T> | { error: string } {
  const problem = argsProblem(args, options, maxPositionals);
  if (problem !== undefined) return { error: `${problem}; ${usage}` };
  return parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
}

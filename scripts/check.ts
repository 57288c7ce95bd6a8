/** `npm run check [-- --json] [--strict] [--fix [--yes]]`: validates every day file and site.yaml without building. */
import { createInterface } from 'node:readline/promises';
import { runCheck } from '../src/cli/check.ts';
import { processIo } from '../src/cli/io.ts';

/** Asks at the terminal; with no terminal (CI, pipes) nobody can answer, so --fix only shows its diff. */
const confirm = process.stdin.isTTY
  ? async () => {
      const prompt = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await prompt.question('Write these changes? [y/N] ');
      prompt.close();
      return /^y(es)?$/i.test(answer.trim());
    }
  : undefined;

process.exitCode = await runCheck(process.argv.slice(2), process.cwd(), processIo, confirm);

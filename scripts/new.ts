/** `npm run new [YYYY-MM-DD] [-- --yaml]`: writes a ready-to-fill day file and prints its path. */
import { processIo } from '../src/cli/io.ts';
import { runNew } from '../src/cli/new-day.ts';

process.exitCode = runNew(process.argv.slice(2), process.cwd(), processIo, new Date());

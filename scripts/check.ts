/** `npm run check [-- --json]`: validates every day file and site.yaml without building. */
import { runCheck } from './lib/check.ts';
import { processIo } from './lib/io.ts';

process.exitCode = runCheck(process.argv.slice(2), process.cwd(), processIo);

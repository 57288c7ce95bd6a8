/** `npm run build [-- astro build options]`: checks the content, then builds into dist/ only on success. */
import { runBuild } from './lib/build.ts';
import { processIo } from './lib/io.ts';

process.exitCode = await runBuild(process.argv.slice(2), process.cwd(), processIo);

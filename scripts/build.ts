/** `npm run build [-- astro build options]`: checks the content, then builds into dist/ only on success. */
import { runBuild } from '../src/cli/build.ts';
import { processIo } from '../src/cli/io.ts';

// Astro runs in this process and, as its own command line does, exits when the build is over:
// what it and the pages started (idle worker threads among them) must not keep the process alive.
process.exit(await runBuild(process.argv.slice(2), process.cwd(), processIo));

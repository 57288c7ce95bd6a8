#!/usr/bin/env node
/** The `fulcrum` command (compiled to compiled/bin/fulcrum.js for the package): see src/cli/main.ts. */
import { main } from '../src/cli/main.ts';
import { processIo } from '../src/cli/io.ts';

const code = await main(process.argv.slice(2), processIo, process.cwd(), process.env);
// The build leaves idle worker threads that must not keep the process alive; what was written is flushed first.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

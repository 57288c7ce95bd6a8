/** `npm run import -- <file or folder>... [--dry-run] [--force] [--drop TEXT]... [--json]`: published posts to day files, with an audit. */
import { processIo } from '../src/cli/io.ts';
import { runImport } from '../src/cli/import-command.ts';

// npm runs scripts in the project's folder; paths on the command line are the author's, relative to where they typed them.
process.exitCode = runImport(process.argv.slice(2), process.cwd(), processIo, process.env.INIT_CWD ?? process.cwd());

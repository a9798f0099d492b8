// The executable: runs main() on this process's arguments and streams.
import { argv, exit } from 'node:process';
import type { CliIO } from './command.js';
import { main } from './main.js';
import { EXIT_PROBLEMS } from './exit-codes.js';

const io: CliIO = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
// Set exitCode rather than exit(): stdout may still be flushing to a pipe.
main(argv.slice(2), io).then((code) => { process.exitCode = code; }, (error) => {
  process.stderr.write(`sota-widgets: unexpected failure: ${error?.stack ?? error}\n`);
  exit(EXIT_PROBLEMS);
});

// What every `sota-widgets` command is: a name, its help, its options for node's parseArgs, and a run that returns
// the exit code. One command per file in commands/, listed in commands/index.ts.
import type { ParseArgsConfig } from 'node:util';

/** Where a command reads and writes: the real process in use, a stand-in in tests. */
export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The whole `--help` text after the usage line: arguments, options, examples. */
  help: string;
  /** e.g. `check FEED… [--json] [--strict]` */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the exit code: 0 ok, 1 problems found (see exit-codes.ts). Throws UsageError for bad usage. */
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

// The `sota-widgets` command line: finds the command, parses its options with node's parseArgs, runs it, and turns
// what went wrong into a message and an exit code (0 ok, 1 problems found, 2 bad usage).
import { parseArgs } from 'node:util';
import type { CliIO, Command } from './command.js';
import { commands } from './commands/index.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from './exit-codes.js';

declare const __VERSION__: string;
const BIN = 'sota-widgets';

function overview(): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  return [
    `Usage: ${BIN} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    `Run \`${BIN} <command> --help\` for a command's options.`,
    'Exit codes: 0 ok, 1 problems found, 2 bad usage.',
  ].join('\n');
}

const commandHelp = (command: Command) => `Usage: ${BIN} ${command.usage}\n\n${command.summary}\n\n${command.help}`.trimEnd();

/** Runs one command line (without node and the script) and resolves to its exit code. */
export async function main(args: string[], io: CliIO): Promise<number> {
  const say = (stream: NodeJS.WritableStream, text: string) => stream.write(`${text}\n`);
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    say(io.stdout, topic ? commandHelp(topic) : overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    say(io.stdout, __VERSION__);
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    say(io.stderr, `${BIN}: unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.`);
    say(io.stderr, `Run \`${BIN} --help\` for what each does.`);
    return EXIT_USAGE;
  }
  try {
    const parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      say(io.stdout, commandHelp(command));
      return EXIT_OK;
    }
    return await command.run(parsed, io);
  } catch (error) {
    // parseArgs reports unknown options and missing values with codes starting ERR_PARSE_ARGS.
    const usage = error instanceof UsageError || String((error as { code?: string })?.code).startsWith('ERR_PARSE_ARGS');
    say(io.stderr, `${BIN} ${name}: ${(error as Error)?.message ?? String(error)}`);
    if (usage) {
      say(io.stderr, `Usage: ${BIN} ${command.usage}  (see \`${BIN} ${name} --help\`)`);
      return EXIT_USAGE;
    }
    return EXIT_PROBLEMS;
  }
}


// Every command of the `sota-widgets` binary, in the order `--help` lists them.
import type { Command } from '../command.js';
import { check } from './check.js';
import { convert } from './convert.js';

export const commands: Command[] = [check, convert];

// Every command of the `sota-widgets` binary, in the order `--help` lists them.
import type { Command } from '../command.js';
import { fetchCommand } from './fetch.js';
import { split } from './split.js';

export const commands: Command[] = [split, fetchCommand];

// Every command of the `sota-widgets` binary, in the order `--help` lists them.
import type { Command } from '../command.js';
import { badge } from './badge.js';
import { chart } from './chart.js';
import { renderPages } from './render.js';

export const commands: Command[] = [badge, chart, renderPages];

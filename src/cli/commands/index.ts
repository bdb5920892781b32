/** The one registry of commands, in the order `svc-migrate --help` lists them. */
import type { Command } from '../types.js';
import { validateCommand } from './validate.js';
import { depsCommand } from './deps.js';

export const commands: Command[] = [
  validateCommand,
  depsCommand,
];

/** The one registry of commands, in the order `svc-migrate --help` lists them. */
import type { Command } from '../types.js';
import { validateCommand } from './validate.js';
import { depsCommand } from './deps.js';
import { upCommand } from './up.js';
import { statusCommand } from './status.js';
import { forceCommand } from './force.js';
import { backupCommand } from './backup.js';
import { restoreCommand } from './restore.js';
import { planCommand } from './plan.js';
import { rollbackCommand } from './rollback.js';
import { verifyCommand } from './verify.js';
import { newCommand } from './new.js';
import { checkCommand } from './check.js';

export const commands: Command[] = [
  validateCommand,
  depsCommand,
  upCommand,
  statusCommand,
  forceCommand,
  backupCommand,
  restoreCommand,
  planCommand,
  rollbackCommand,
  verifyCommand,
  newCommand,
  checkCommand,
];

/** `svc-migrate validate`: all static checks (make db-validate). */
import { validate } from '../../lint/validate.js';
import { exitCodeFor, printReport } from '../output.js';
import type { Command } from '../types.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'all static checks: files, JSON schemas, dependency graph, SQL rules',
  options: [],
  formats: ['text', 'json', 'sarif', 'github'],
  async run(common, _flags, io) {
    const { report } = await validate({ root: common.root, services: common.services, env: common.env, processEnv: io.env });
    await printReport(report, common.format, common.root, io);
    return exitCodeFor(report, common.failOn);
  },
};

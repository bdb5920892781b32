/** `svc-migrate validate`: all static checks (make db-validate). */
import { validate } from '../../lint/validate.js';
import { exitCodeFor, printReport } from '../output.js';
import type { Command } from '../types.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'all static checks: files, JSON schemas, dependency graph, SQL rules',
  options: [{ name: 'impact', type: 'boolean', description: 'also list the tables each migration writes (impact analysis)' }],
  formats: ['text', 'json', 'sarif', 'github'],
  async run(common, flags, io) {
    const { report } = await validate({ root: common.root, services: common.services, env: common.env, processEnv: io.env, cache: common.cache });
    await printReport(report, common.format, common.root, io, { impact: flags.impact === true });
    return exitCodeFor(report, common.failOn);
  },
};

/** Runs the CLI in-process and captures what it prints. */
import { runCli } from '../../src/cli/run.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `svc-migrate <args>` with the given environment (MIGRATION_ENV, DATABASE_URL... are not inherited). */
export async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    color: false,
    env: { PATH: process.env.PATH, ...env },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

/**
 * stderr less its progress lines (`Applying: ...`, `Reverting: ...`, the embedded database named): what is left is
 * a problem worth a test's attention.
 */
export function stderrProblems(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l && !/^(Applying|Reverting|Applying prerequisite|Verifying|database): /.test(l));
}

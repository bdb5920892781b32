/** Types of scripts/gen-monorepo.mjs, for the TypeScript tests that call it. */
export interface GenerateOptions {
  services?: number;
  migrationsPerService?: number;
  seed?: number;
}

export interface GenerateResult {
  out: string;
  services: number;
  migrations: number;
  files: number;
}

/** Writes a synthetic monorepo into `out` (recreated); the same options give byte-identical files. */
export function generateMonorepo(out: string, options?: GenerateOptions): GenerateResult;

/**
 * The plan as a GitHub Actions matrix: `{"include":[{"service":"user-service","level":0}, ...]}`, one entry
 * per service with pending work, in level order. A workflow reads it with
 * `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}` (docs/plan.md). Kept structural so that
 * src/report does not import the apply layer.
 */

/** The part of a plan the matrix needs: services grouped by level (index = level). */
export interface LeveledServices {
  levels: string[][];
}

export interface MatrixEntry {
  service: string;
  level: number;
}

export interface Matrix {
  include: MatrixEntry[];
}

/** Builds the matrix object; optionally only one level (for a job per level). */
export function buildMatrix(plan: LeveledServices, onlyLevel?: number): Matrix {
  const include: MatrixEntry[] = [];
  plan.levels.forEach((services, level) => {
    if (onlyLevel !== undefined && level !== onlyLevel) return;
    for (const service of services) include.push({ service, level });
  });
  return { include };
}

/** One line of compact JSON, as `$GITHUB_OUTPUT` wants it. */
export function formatMatrix(plan: LeveledServices, onlyLevel?: number): string {
  return JSON.stringify(buildMatrix(plan, onlyLevel)) + '\n';
}

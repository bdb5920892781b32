/** `dependency-cycle`: migrations of one service that depend on each other in a circle can never be applied. */
import type { Finding } from '../../core/types.js';
import type { ServiceGraph } from '../context.js';
import { elementaryCycles } from '../cycles.js';
import { idComparator } from '../ids.js';
import { jsonFinding, pointer } from '../locate.js';

export const RULE = 'dependency-cycle';

/** At most this many cycles are listed per service; a dense tangle gets one more finding that says so. */
export const CYCLE_CAP = 100;

/** The exact message of the spec: the cycle starts at its smallest id and follows `depends_on`. */
export function cycleMessage(cycle: readonly string[]): string {
  return `Circular dependency detected: ${[...cycle, cycle[0]].join(' -> ')}`;
}

/** One finding per elementary cycle, at the `depends_on` item that leaves the cycle's smallest id. */
export function checkDependencyCycles(g: ServiceGraph): Finding[] {
  const deps = g.deps;
  if (!deps) return [];
  const { cycles, truncated } = elementaryCycles(g.ids, g.edges, idComparator(g.service.idOrder), CYCLE_CAP);
  const findings = cycles.map((cycle) => {
    const [first, second = first] = cycle;
    const item = g.dependsOn.get(first)?.find((d) => d.id === second);
    const ptr = item ? pointer('migrations', first, 'depends_on', item.index) : pointer('migrations', first);
    return jsonFinding(RULE, 'error', cycleMessage(cycle), deps, ptr, {
      service: g.service.name,
      migration: first,
      help: 'Remove one of these depends_on entries: a migration can only depend on migrations applied before it.',
    });
  });
  if (truncated) {
    findings.push(
      jsonFinding(
        RULE,
        'error',
        `More than ${CYCLE_CAP} circular dependencies in ${g.service.name}; only the first ${CYCLE_CAP} are listed`,
        deps,
        '',
        { service: g.service.name, help: 'Fix the listed cycles first, then run again to see the rest.' },
      ),
    );
  }
  return findings;
}

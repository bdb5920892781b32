/**
 * Every finding id with its description, default severity and help: the rule registry, the lint engine's own
 * findings, and those of files, the graph and applying. SARIF's rule metadata comes from here (CLI and Action).
 */
import { ENGINE_HELP, OTHER_FINDINGS } from '../core/finding-descriptions.js';
import type { Severity } from '../core/types.js';
import { rules } from '../rules/index.js';
import { ENGINE_RULES } from './lint-file.js';

export interface RuleDescription {
  id: string;
  description: string;
  severity: Severity;
  help?: string;
}

/** For SARIF's rule metadata and other listings. */
export const RULE_CATALOG: readonly RuleDescription[] = [
  ...rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, help: r.help })),
  ...Object.entries(ENGINE_RULES).map(([id, r]) => ({ id, description: r.description, severity: r.severity, help: ENGINE_HELP[id] })),
  ...Object.entries(OTHER_FINDINGS).map(([id, f]) => ({ id, description: f.description, severity: f.severity, help: f.help })),
];

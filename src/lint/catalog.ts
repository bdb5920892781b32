/** Every SQL-level rule id with its description and default severity: the registry plus the engine's own. */
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
  ...Object.entries(ENGINE_RULES).map(([id, r]) => ({ id, description: r.description, severity: r.severity })),
];

/**
 * The one registry of SQL rules. The lint engine runs these; docs and the config schema are checked against it.
 * One import per line and one entry per line, so parallel additions merge cleanly.
 */
import type { Rule } from './types.js';

export const rules: Rule[] = [
];

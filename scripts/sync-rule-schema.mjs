#!/usr/bin/env node
/**
 * Rewrites the rule ids that svc-migrate.json accepts under `rules` (and `environments.<env>.rules`) from the
 * code: every registered SQL rule (src/rules/index.ts) plus the engine's own findings (ENGINE_RULES of
 * src/lint/lint-file.ts), because those are the ids whose severity the lint engine lets a config change.
 * Graph, file and config findings are not listed: validate() does not apply severity overrides to them, so
 * listing them would promise a setting that does nothing.
 *
 *   npx tsx scripts/sync-rule-schema.mjs           rewrite schemas/svc-migrate.schema.json
 *   npx tsx scripts/sync-rule-schema.mjs --check   exit 1 when the schema is out of date
 *
 * Run through tsx: it imports the TypeScript registry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../src/rules/index.ts';
import { ENGINE_RULES } from '../src/lint/lint-file.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaFile = path.join(root, 'schemas/svc-migrate.schema.json');

/** Every rule id whose severity svc-migrate.json can set, sorted. */
export function configurableRuleIds() {
  return [...new Set([...Object.keys(ENGINE_RULES), ...rules.map((r) => r.id)])].sort();
}

/** The schema document with `$defs.rules` listing exactly `ids`. */
export function withRuleIds(schema, ids) {
  const previous = schema.$defs?.rules ?? {};
  const next = {
    description: previous.description ?? 'Severity per rule id. Rules not named keep their default severity.',
    type: 'object',
    properties: Object.fromEntries(ids.map((id) => [id, { $ref: '#/$defs/level' }])),
    additionalProperties: false,
  };
  return { ...schema, $defs: { ...schema.$defs, rules: next } };
}

/**
 * JSON in the file's hand-written style: an object or array whose members are all scalars (or arrays of
 * scalars) stays on one line when the line fits in 80 characters; everything else is indented by two.
 */
export function formatJson(value, indent = '', key = '') {
  const inline = (v) => {
    if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== 'object') ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : undefined;
    if (v !== null && typeof v === 'object') {
      const parts = [];
      for (const [k, x] of Object.entries(v)) {
        const s = x !== null && typeof x === 'object' ? (Array.isArray(x) ? inline(x) : undefined) : JSON.stringify(x);
        if (s === undefined) return undefined;
        parts.push(`${JSON.stringify(k)}: ${s}`);
      }
      return parts.length ? `{ ${parts.join(', ')} }` : '{}';
    }
    return JSON.stringify(v);
  };
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const one = inline(value);
  if (one !== undefined && indent.length + key.length + one.length + 1 <= 80) return one;
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((x) => inner + formatJson(x, inner)).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([k, x]) => {
    const prefix = `${JSON.stringify(k)}: `;
    return inner + prefix + formatJson(x, inner, prefix);
  });
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const before = readFileSync(schemaFile, 'utf8');
  const after = formatJson(withRuleIds(JSON.parse(before), configurableRuleIds())) + '\n';
  if (process.argv.includes('--check')) {
    if (before !== after) {
      console.error(`${path.relative(root, schemaFile)} is out of date: run npx tsx scripts/sync-rule-schema.mjs`);
      process.exit(1);
    }
    console.log('rule ids in the schema are up to date');
  } else if (before === after) {
    console.log(`${path.relative(root, schemaFile)}: already up to date (${configurableRuleIds().length} rule ids)`);
  } else {
    writeFileSync(schemaFile, after);
    console.log(`${path.relative(root, schemaFile)}: rewrote the rule ids (${configurableRuleIds().length})`);
  }
}

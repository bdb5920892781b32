/**
 * Loading the JSON config files (dependencies.json, environments.json, svc-migrate.json) in two passes, as
 * changesets does: the JSON Schema, then small semantic checks. Both push findings and never throw; the value
 * handed back is the typed view of src/config/sanitize.ts, with ill-typed fields dropped.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject } from 'ajv';
import { FILE_AND_GRAPH_FINDINGS } from '../core/finding-ids.js';
import { firstInvalidUtf8 } from '../core/utf8.js';
import type { Finding, Severity } from '../core/types.js';
import { closestMatch } from '../core/did-you-mean.js';
import type { LoadedJson, ProjectConfig } from '../repo/types.js';
import type { JsonPointerIndex, JsonPosition } from './types.js';
import { parseJsonLazily } from './json-positions.js';
import { escapePointerToken, pointerToPath, splitPointer } from './pointer.js';
import { SCHEMAS, validatorFor, type SchemaName } from './schemas.js';
import {
  defaultProjectConfig,
  isObject,
  isValidTimeZone,
  sanitizeDependencies,
  sanitizeEnvironments,
  sanitizeProjectConfig,
  type DependenciesFile,
  type EnvironmentsFile,
} from './sanitize.js';

export type { SchemaName } from './schemas.js';
export type { DependenciesFile, EnvironmentsFile } from './sanitize.js';

/** The typed value each schema yields. */
export interface SchemaTypes {
  dependencies: DependenciesFile;
  environments: EnvironmentsFile;
  'svc-migrate': ProjectConfig;
}

export interface JsonLoadResult<T> {
  /** Absent when the file could not be read, decoded or parsed (a finding says why). */
  loaded?: LoadedJson<T>;
  findings: Finding[];
}

/** Config files larger than this are refused: a real one is a few kilobytes, and the parser keeps it in memory. */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/**
 * Reads, parses and validates one config file. `abs` is its absolute path, `rel` the path relative to the root
 * used in findings. Never throws: an unreadable file, bad encoding, a syntax error or a schema violation each
 * become findings (`config-invalid-json`, `config-schema`).
 */
export function loadJsonFile<N extends SchemaName>(abs: string, rel: string, schemaName: N): JsonLoadResult<SchemaTypes[N]> {
  let bytes: Buffer;
  try {
    const size = statSync(abs).size;
    if (size > MAX_CONFIG_BYTES) {
      return { findings: [invalidJson(rel, `The file is ${size} bytes; config files larger than 16 MiB are not read`, 1, 1)] };
    }
    bytes = readFileSync(abs);
  } catch (e) {
    return { findings: [invalidJson(rel, `The file cannot be read: ${(e as Error).message}`)] };
  }
  return parseJsonFile(bytes, rel, schemaName);
}

/** As `loadJsonFile`, from content already in memory (bytes are checked to be UTF-8 text first). */
export function parseJsonFile<N extends SchemaName>(
  content: Buffer | string,
  rel: string,
  schemaName: N,
): JsonLoadResult<SchemaTypes[N]> {
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    const decoded = decodeUtf8(content);
    if ('error' in decoded) {
      return { findings: [invalidJson(rel, `The file ${decoded.error.message}`, decoded.error.line, decoded.error.column)] };
    }
    text = decoded.text;
  }
  const parsed = parseJsonLazily(text);
  if (parsed.error) {
    const { message, line, column } = parsed.error;
    return { findings: [invalidJson(rel, message, line, column)] };
  }
  const findings: Finding[] = [];
  const { positions } = parsed;
  const value = parsed.value;
  for (const dup of parsed.duplicates) {
    findings.push({
      rule: 'config-schema',
      severity: 'warning',
      message: `${pointerToPath(dup.pointer, value)}: duplicate key "${dup.key}"; the later value wins and the earlier one is ignored`,
      file: rel,
      line: dup.line,
      column: dup.column,
    });
  }
  // Loops, not push(...): a file of any size can give more findings than call arguments fit on the stack.
  for (const f of schemaFindings(schemaName, value, positions, rel)) findings.push(f);
  for (const f of semanticFindings(schemaName, value, positions, rel)) findings.push(f);
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { loaded: { file: rel, value: sanitize(schemaName, value), positions }, findings };
}

function sanitize<N extends SchemaName>(name: N, value: unknown): SchemaTypes[N] {
  const typed: { [K in SchemaName]: () => SchemaTypes[K] } = {
    dependencies: () => sanitizeDependencies(value),
    environments: () => sanitizeEnvironments(value),
    'svc-migrate': () => sanitizeProjectConfig(value),
  };
  return typed[name]();
}

export interface ProjectConfigResult {
  /** Defaults filled in; keys of the wrong type keep their default. */
  config: ProjectConfig;
  /** The file as read, when `svc-migrate.json` exists and parses. */
  file?: LoadedJson<Record<string, unknown>>;
  findings: Finding[];
}

/** Reads `<root>/svc-migrate.json` if present. Never throws. */
export function loadProjectConfig(root: string): ProjectConfigResult {
  const abs = path.join(root, 'svc-migrate.json');
  let exists: boolean;
  try {
    exists = statSync(abs).isFile();
  } catch {
    exists = false;
  }
  if (!exists) return { config: defaultProjectConfig(), findings: [] };
  const { loaded, findings } = loadJsonFile(abs, 'svc-migrate.json', 'svc-migrate');
  if (!loaded) return { config: defaultProjectConfig(), findings };
  const file: LoadedJson<Record<string, unknown>> = {
    file: loaded.file,
    value: { ...loaded.value },
    positions: loaded.positions,
  };
  return { config: loaded.value, file, findings };
}

/** Where a pointer's key sits; falls back to the nearest ancestor that has a position, then 1:1. */
export function positionOf(positions: JsonPointerIndex, pointer: string): JsonPosition {
  let p = pointer;
  for (;;) {
    const pos = positions.get(p);
    if (pos) return pos;
    if (p === '') return { line: 1, column: 1 };
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

function invalidJson(file: string, message: string, line?: number, column?: number): Finding {
  const f: Finding = { rule: 'config-invalid-json', severity: 'error', message, file };
  if (line !== undefined) {
    f.line = line;
    f.column = column ?? 1;
  }
  return f;
}

function located(rule: string, severity: Severity, message: string, file: string, pos: JsonPosition): Finding {
  const f: Finding = { rule, severity, message, file, line: pos.line, column: pos.column };
  if (pos.endLine !== undefined) {
    f.endLine = pos.endLine;
    f.endColumn = pos.endColumn;
  }
  return f;
}

function schemaFindings(name: SchemaName, value: unknown, positions: JsonPointerIndex, file: string): Finding[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    // ajv reports a bad property name twice: the reason (with `propertyName`) and a generic summary.
    if (error.keyword === 'propertyNames') continue;
    const { pointer, message } = describeError(error, value, name);
    const text = `${pointerToPath(pointer, value)}: ${message}`;
    if (seen.has(text)) continue;
    seen.add(text);
    findings.push(located('config-schema', 'error', text, file, positionOf(positions, pointer)));
  }
  return findings;
}

/** The pointer a schema error should be shown at, and a message for people. */
function describeError(error: ErrorObject, root: unknown, schema: SchemaName): { pointer: string; message: string } {
  const at = error.instancePath;
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const pointer = `${at}/${escapePointerToken(propertyName)}`;
    if (error.keyword === 'not') return { pointer, message: `"${propertyName}" is a reserved name and cannot be used here` };
    return { pointer, message: `the key "${propertyName}" ${error.message ?? 'is not allowed'}` };
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const pointer = `${at}/${escapePointerToken(key)}`;
      if (error.schemaPath === '#/properties/migrations/additionalProperties') {
        return { pointer, message: `"${key}" is not a migration id: ids are the leading digits of the file name ("000001")` };
      }
      // A finding about files or the graph named under `rules`: a real id, but not one whose severity is set here.
      if (schema === 'svc-migrate' && /^(\/environments\/[^/]+)?\/rules$/.test(at) && FILE_AND_GRAPH_FINDINGS.includes(key)) {
        return { pointer, message: `"${key}" is a finding about files, configs or the dependency graph, and its severity is fixed: svc-migrate.json sets only SQL rules (docs/rules/README.md lists them)` };
      }
      return { pointer, message: `unknown key "${key}"${suggestion(key, schema)}` };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { pointer: at, message: `must have the key "${missing}"` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return { pointer: at, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}` };
    }
    case 'type': {
      const actual = describeType(valueAt(root, at));
      return { pointer: at, message: `${error.message ?? 'has the wrong type'}, not ${actual}` };
    }
    default:
      return { pointer: at, message: error.message ?? 'breaks the schema' };
  }
}

/** A "did you mean" for a key the schema does not know (see core/did-you-mean.ts). */
function suggestion(key: string, schema: SchemaName): string {
  const match = closestMatch(key, propertyNamesOf(schema));
  return match ? ` (did you mean "${match}"?)` : '';
}

const propertyNameCache = new Map<SchemaName, string[]>();

/** Every key the schema names under some `properties`, for "did you mean" hints. */
function propertyNamesOf(schema: SchemaName): string[] {
  let names = propertyNameCache.get(schema);
  if (!names) {
    const found = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (isObject(node)) {
        const props = node.properties;
        if (isObject(props)) for (const k of Object.keys(props)) found.add(k);
        Object.values(node).forEach(walk);
      }
    };
    walk(SCHEMAS[schema]);
    names = [...found];
    propertyNameCache.set(schema, names);
  }
  return names;
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

/** Second pass: what a schema cannot say. Runs on the raw value, so it re-checks types before use. */
function semanticFindings(name: SchemaName, value: unknown, positions: JsonPointerIndex, file: string): Finding[] {
  if (name !== 'environments' || !isObject(value)) return [];
  const findings: Finding[] = [];
  const envs = Object.prototype.hasOwnProperty.call(value, 'environments') ? value.environments : undefined;
  const current = Object.prototype.hasOwnProperty.call(value, 'current_environment') ? value.current_environment : undefined;
  if (isObject(envs) && typeof current === 'string' && current !== '' && !Object.prototype.hasOwnProperty.call(envs, current)) {
    const names = Object.keys(envs);
    findings.push(
      located(
        'config-schema',
        'error',
        `$.current_environment: "${current}" is not an environment of this file (${names.length ? names.join(', ') : 'none defined'})`,
        file,
        positionOf(positions, '/current_environment'),
      ),
    );
  }
  if (!isObject(envs)) return findings;
  for (const env of Object.keys(envs)) {
    const entry = envs[env];
    if (!isObject(entry) || !isObject(entry.config)) continue;
    const config = entry.config;
    const base = `/environments/${escapePointerToken(env)}/config`;
    const window = Object.prototype.hasOwnProperty.call(config, 'maintenance_window') ? config.maintenance_window : undefined;
    if (config.maintenance_window_required === true && window === undefined) {
      findings.push(
        located(
          'config-schema',
          'error',
          `$.environments.${env}.config: maintenance_window_required is true but no maintenance_window says when; add {"start": "02:00", "end": "04:00"}`,
          file,
          positionOf(positions, `${base}/maintenance_window_required`),
        ),
      );
    }
    if (!isObject(window)) continue;
    if (typeof window.timezone === 'string' && !isValidTimeZone(window.timezone)) {
      findings.push(
        located(
          'config-schema',
          'error',
          `$.environments.${env}.config.maintenance_window.timezone: "${window.timezone}" is not an IANA time zone (e.g. "UTC", "Europe/Berlin")`,
          file,
          positionOf(positions, `${base}/maintenance_window/timezone`),
        ),
      );
    }
    if (typeof window.start === 'string' && window.start === window.end) {
      findings.push(
        located(
          'config-schema',
          'warning',
          `$.environments.${env}.config.maintenance_window: start and end are both ${window.start}, so the window never opens`,
          file,
          positionOf(positions, `${base}/maintenance_window`),
        ),
      );
    }
  }
  return findings;
}

type Decoded = { text: string } | { error: { message: string; line: number; column: number } };

/** Checks that bytes are UTF-8 text with no NUL byte; reports where the first bad byte is. */
export function decodeUtf8(bytes: Buffer): Decoded {
  const nul = bytes.indexOf(0);
  // Node's validator (native, as strict as ours) settles the common case; ours finds where the bad byte is.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  const where = (offset: number): { line: number; column: number } => {
    const before = bytes.subarray(0, offset).toString('utf8');
    const lastNl = before.lastIndexOf('\n');
    const line = before.split('\n').length;
    return { line, column: [...before.slice(lastNl + 1)].length + 1 };
  };
  if (bad !== -1 && (nul === -1 || bad < nul)) {
    const pos = where(bad);
    return { error: { message: `is not UTF-8 text (invalid byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at line ${pos.line}, column ${pos.column}); save it as UTF-8`, ...pos } };
  }
  if (nul !== -1) {
    const pos = where(nul);
    return { error: { message: `is not a text file (a NUL byte at line ${pos.line}, column ${pos.column})`, ...pos } };
  }
  return { text: bytes.toString('utf8') };
}


#!/usr/bin/env node
/**
 * Writes a synthetic svc-migrate monorepo for scale benchmarks and tests: many services, each with a realistic
 * history of PostgreSQL migrations (tables, columns, concurrent indexes, data fixes, PL/pgSQL functions, views,
 * enums, comments with the odd multi-byte character), down files, a dependencies.json whose graph is mostly
 * chains with branches (depth kept within 4 by periodic resets, cross-service edges only to earlier services so
 * there is never a cycle), an environments.json, and a development/ seed folder in some services.
 *
 * The output is a pure function of the options: the same seed gives byte-identical files.
 *
 *   node scripts/gen-monorepo.mjs [outDir] [--services N] [--migrations N] [--seed N]
 *     (defaults: .bench/monorepo-<services>x<migrations>, 100, 100, 1)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: small, fast, and the same on every machine (Math.random cannot be seeded). */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const DOMAINS = [
  'user', 'order', 'payment', 'inventory', 'notification', 'billing', 'shipping', 'catalog', 'search', 'audit',
  'auth', 'profile', 'review', 'cart', 'pricing', 'invoice', 'report', 'message', 'media', 'account',
];
const NOUNS = [
  'accounts', 'events', 'items', 'records', 'entries', 'settings', 'tokens', 'sessions', 'attachments', 'tags',
  'addresses', 'limits', 'schedules', 'snapshots', 'webhooks', 'quotas', 'labels', 'versions', 'jobs', 'links',
];
const COLUMN_TYPES = [
  ['text', "''"], ['varchar(255)', "''"], ['integer', '0'], ['bigint', '0'], ['boolean', 'false'],
  ['numeric(12,2)', '0'], ['timestamptz', 'now()'], ['jsonb', "'{}'::jsonb"], ['uuid', 'gen_random_uuid()'],
  ['date', 'current_date'],
];
const COLUMN_NAMES = [
  'status', 'title', 'amount', 'currency', 'note', 'external_ref', 'priority', 'region', 'locale', 'score',
  'attempts', 'metadata', 'archived', 'expires_at', 'owner_id', 'parent_id', 'slug', 'checksum', 'weight', 'rank',
];
/** Comments people actually write, some with characters outside ASCII (byte offsets != character offsets). */
const REMARKS = [
  'Backfill is done in batches by the worker, not here.',
  'Keep in sync with the API model.',
  'Requested by the data team — see the design doc.',
  'Café menu prices use this column (€).',
  'Straße and Ωmega names must sort correctly.',
  'Zero-downtime: nullable first, NOT NULL in a later release.',
  '日本語のラベルも保存する。',
  'Ticket → migrate old rows lazily ✅',
  'Reviewed by the DBA team.',
  'Index built concurrently so writes are never blocked.',
];
const ENVIRONMENTS = ['development', 'staging', 'production'];

/** `orders-007`: a valid service name (^[a-z][a-z0-9_-]*$) that sorts by index. */
function serviceName(i) {
  return `${DOMAINS[i % DOMAINS.length]}-${String(i).padStart(3, '0')}`;
}

function snake(name) {
  return name.replace(/-/g, '_');
}

function id6(n) {
  return String(n).padStart(6, '0');
}

/**
 * The SQL of one migration. Each kind knows the service's tables so far, so ALTERs and DML target tables that
 * exist, and CREATE INDEX on an existing table is CONCURRENTLY (alone in its file, as PostgreSQL requires).
 */
function makeMigration(r, state, n) {
  const schema = state.schema;
  const remark = () => `-- ${r.pick(REMARKS)}\n`;
  if (n === 1) {
    const table = `${schema}.${r.pick(NOUNS)}`;
    state.tables.push({ name: table, columns: ['id', 'created_at', 'updated_at', 'name'] });
    return {
      name: 'initial_schema',
      up:
        `-- Initial schema of ${state.name}.\n${remark()}` +
        `CREATE SCHEMA IF NOT EXISTS ${schema};\n\n` +
        createTable(r, table, []) +
        `\nCOMMENT ON TABLE ${table} IS 'Owned by ${state.name}.';\n`,
      down: `DROP TABLE IF EXISTS ${table};\nDROP SCHEMA IF EXISTS ${schema};\n`,
      tables: [table],
    };
  }
  const kinds = ['table', 'table', 'column', 'column', 'index', 'data', 'function', 'view', 'enum', 'comment'];
  const kind = r.pick(kinds);
  const table = r.pick(state.tables);
  switch (kind) {
    case 'table': {
      let noun = r.pick(NOUNS);
      let name = `${schema}.${noun}`;
      for (let k = 2; state.tables.some((t) => t.name === name); k++) name = `${schema}.${noun}_${k}`;
      noun = name.slice(schema.length + 1);
      const parent = r.chance(0.5) ? table : undefined;
      state.tables.push({ name, columns: ['id', 'created_at', 'updated_at', 'name'] });
      const index = `${noun}_created_at_idx`;
      return {
        name: `create_${noun}`,
        up:
          remark() +
          createTable(r, name, parent ? [parent.name] : []) +
          // An index on a table created in the same file needs no CONCURRENTLY.
          `\nCREATE INDEX ${index} ON ${name} (created_at);\n`,
        down: `DROP INDEX IF EXISTS ${schema}.${index};\nDROP TABLE IF EXISTS ${name};\n`,
        tables: [name],
      };
    }
    case 'column': {
      let column = r.pick(COLUMN_NAMES);
      for (let k = 2; table.columns.includes(column); k++) column = `${r.pick(COLUMN_NAMES)}_${k}`;
      table.columns.push(column);
      const [type, dflt] = r.pick(COLUMN_TYPES);
      // New columns are nullable, or NOT NULL with a constant default: both are instant on PostgreSQL 11+.
      const withDefault = r.chance(0.4) && !dflt.includes('(');
      return {
        name: `add_${column}_to_${short(table.name)}`,
        up:
          remark() +
          `ALTER TABLE ${table.name}\n  ADD COLUMN IF NOT EXISTS ${column} ${type}${withDefault ? ` NOT NULL DEFAULT ${dflt}` : ''};\n` +
          `\nCOMMENT ON COLUMN ${table.name}.${column} IS '${r.pick(REMARKS).replace(/'/g, "''")}';\n`,
        down: `ALTER TABLE ${table.name} DROP COLUMN IF EXISTS ${column};\n`,
        tables: [table.name],
      };
    }
    case 'index': {
      const column = r.pick(table.columns);
      const index = `${short(table.name)}_${column}_idx_${n}`;
      return {
        name: `index_${short(table.name)}_${column}`,
        up: `${remark()}CREATE INDEX CONCURRENTLY IF NOT EXISTS ${index}\n  ON ${table.name} (${column});\n`,
        down: `DROP INDEX CONCURRENTLY IF EXISTS ${schema}.${index};\n`,
        tables: [table.name],
      };
    }
    case 'data': {
      const days = r.int(7, 365);
      return {
        name: `backfill_${short(table.name)}`,
        up:
          remark() +
          `INSERT INTO ${table.name} (name, created_at)\nVALUES ('seed-${n}', now()), ('seed-${n}-b', now())\nON CONFLICT DO NOTHING;\n\n` +
          `UPDATE ${table.name}\n   SET updated_at = now()\n WHERE updated_at < now() - interval '${days} days'\n   AND name <> '';\n`,
        down: `DELETE FROM ${table.name} WHERE name IN ('seed-${n}', 'seed-${n}-b');\n`,
        tables: [table.name],
      };
    }
    case 'function': {
      const fn = `${schema}.touch_${short(table.name)}_${n}`;
      const trigger = `trg_touch_${short(table.name)}_${n}`;
      return {
        name: `touch_trigger_${short(table.name)}`,
        up:
          remark() +
          `CREATE OR REPLACE FUNCTION ${fn}()\nRETURNS trigger\nLANGUAGE plpgsql\nAS $$\nDECLARE\n  changed integer := 0;\nBEGIN\n` +
          `  -- Only touch rows whose content changed: updates that set the same values are common.\n` +
          `  IF NEW IS DISTINCT FROM OLD THEN\n    NEW.updated_at := now();\n    changed := changed + 1;\n  END IF;\n` +
          `  IF changed > 0 AND NEW.name IS NULL THEN\n    RAISE EXCEPTION 'name is required (%)', TG_TABLE_NAME;\n  END IF;\n` +
          `  RETURN NEW;\nEND;\n$$;\n\n` +
          `CREATE TRIGGER ${trigger}\n  BEFORE UPDATE ON ${table.name}\n  FOR EACH ROW EXECUTE FUNCTION ${fn}();\n`,
        down: `DROP TRIGGER IF EXISTS ${trigger} ON ${table.name};\nDROP FUNCTION IF EXISTS ${fn}();\n`,
        tables: [table.name],
      };
    }
    case 'view': {
      const view = `${schema}.recent_${short(table.name)}_${n}`;
      return {
        name: `view_recent_${short(table.name)}`,
        up:
          remark() +
          `CREATE OR REPLACE VIEW ${view} AS\nSELECT t.id, t.name, t.created_at\n  FROM ${table.name} AS t\n` +
          ` WHERE t.created_at > now() - interval '30 days'\n ORDER BY t.created_at DESC;\n`,
        down: `DROP VIEW IF EXISTS ${view};\n`,
        tables: [],
      };
    }
    case 'enum': {
      const type = `${schema}.${short(table.name)}_state_${n}`;
      return {
        name: `enum_${short(table.name)}_state`,
        up:
          remark() +
          `DO $$\nBEGIN\n  CREATE TYPE ${type} AS ENUM ('pending', 'active', 'suspended', 'closed');\n` +
          `EXCEPTION\n  WHEN duplicate_object THEN NULL;\nEND\n$$;\n\n` +
          `COMMENT ON TYPE ${type} IS 'Lifecycle of a row — “closed” is final.';\n`,
        down: `DROP TYPE IF EXISTS ${type};\n`,
        tables: [],
      };
    }
    default: {
      return {
        name: `document_${short(table.name)}`,
        up: `/* Documentation only: ${r.pick(REMARKS)} */\nCOMMENT ON TABLE ${table.name} IS '${r.pick(REMARKS).replace(/'/g, "''")}';\n`,
        down: `COMMENT ON TABLE ${table.name} IS NULL;\n`,
        tables: [table.name],
      };
    }
  }
}

function short(table) {
  return table.slice(table.indexOf('.') + 1);
}

function createTable(r, table, parents) {
  const lines = [
    '  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
    '  name text NOT NULL',
    "  created_at timestamptz NOT NULL DEFAULT now()",
    "  updated_at timestamptz NOT NULL DEFAULT now()",
  ];
  const extra = r.int(1, 4);
  for (let i = 0; i < extra; i++) {
    const [type] = r.pick(COLUMN_TYPES);
    lines.push(`  ${r.pick(COLUMN_NAMES)}_${i} ${type}`);
  }
  for (const parent of parents) lines.push(`  ${short(parent)}_id bigint REFERENCES ${parent} (id)`);
  lines.push(`  CONSTRAINT ${short(table)}_name_length CHECK (char_length(name) <= 200)`);
  return `CREATE TABLE IF NOT EXISTS ${table} (\n${lines.join(',\n')}\n);\n`;
}

/**
 * Writes the monorepo. Returns counts for the caller's log.
 * @param {string} out folder to (re)create
 * @param {{services?: number, migrationsPerService?: number, seed?: number}} options
 * @returns {{out: string, services: number, migrations: number, files: number}}
 */
export function generateMonorepo(out, { services = 100, migrationsPerService = 100, seed = 1 } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'svc-migrate.json'),
    JSON.stringify({ max_dependency_depth: 4, slow_threshold_ms: 30000 }, null, 2) + '\n',
  );
  const r = rng(seed);
  let files = 0;
  let migrations = 0;
  /** Ids of common migrations per earlier service, for cross-service edges. */
  const commonIds = [];
  for (let s = 0; s < services; s++) {
    const name = serviceName(s);
    const dir = path.join(out, 'services', name, 'migrations');
    const state = { name, schema: snake(name), tables: [] };
    const hasDevFolder = s % 7 === 3;
    const deps = {};
    const devList = [];
    /** Longest chain (in edges) that starts at each id, to keep depth within 4. */
    const depth = new Map();
    const common = [];
    for (let n = 1; n <= migrationsPerService; n++) {
      const id = id6(n);
      // Seed data for developers: a leaf that nothing depends on (common migrations never depend on it).
      const dev = hasDevFolder && n > 2 && n % 10 === 5;
      const folder = dev ? 'development' : 'common';
      const m = dev ? devSeed(r, state, n) : makeMigration(r, state, n);
      const fileBase = `${id}_${m.name}`;
      mkdirSync(path.join(dir, folder), { recursive: true });
      writeFileSync(path.join(dir, folder, `${fileBase}.up.sql`), m.up);
      writeFileSync(path.join(dir, folder, `${fileBase}.down.sql`), m.down);
      files += 2;
      migrations++;

      const dependsOn = [];
      const prev = common[common.length - 1];
      // Chains with periodic resets: every 4th common migration starts a new chain from the first one.
      if (prev !== undefined) {
        const root1 = common[0];
        const reset = common.length % 4 === 0;
        const target = reset ? root1 : prev;
        if ((depth.get(target) ?? 0) < 3) dependsOn.push(target);
        else dependsOn.push(root1);
        // Branches: sometimes also depend on a shallow earlier migration.
        const extra = common[Math.max(0, common.length - r.int(2, 6))];
        if (r.chance(0.2) && extra !== undefined && !dependsOn.includes(extra) && (depth.get(extra) ?? 0) < 3) {
          dependsOn.push(extra);
        }
      }
      depth.set(id, dependsOn.length === 0 ? 0 : 1 + Math.max(...dependsOn.map((d) => depth.get(d) ?? 0)));
      const entry = {
        description: m.name.replace(/_/g, ' '),
        depends_on: dependsOn.sort(),
        affects_tables: m.tables,
        estimated_duration: `${r.int(1, 90)}s`,
        risk_level: r.pick(['low', 'low', 'low', 'medium', 'high']),
        rollback_safe: !m.name.startsWith('backfill'),
      };
      if (dev) {
        entry.environment = 'development';
        devList.push(`${fileBase}.up.sql`);
      }
      if (!dev && s > 0 && n > 1 && r.chance(0.05)) {
        const other = r.int(Math.max(0, s - 10), s - 1);
        const ids = commonIds[other];
        entry.cross_service_dependencies = { [serviceName(other)]: [ids[r.int(0, ids.length - 1)]] };
      }
      deps[id] = entry;
      if (!dev) common.push(id);
    }
    commonIds.push(common);
    writeFileSync(path.join(dir, 'dependencies.json'), JSON.stringify({ migrations: deps }, null, 2) + '\n');
    const environments = {};
    for (const env of ENVIRONMENTS) {
      environments[env] = {
        description: `${env} database of ${name}`,
        config: {
          allow_destructive_operations: env === 'development',
          skip_validation: false,
          auto_rollback_on_failure: env !== 'development',
          require_approval: env === 'production',
          backup_required: env === 'production',
        },
      };
      if (env === 'development' && devList.length > 0) environments[env].migrations = devList;
    }
    writeFileSync(
      path.join(dir, 'environments.json'),
      JSON.stringify({ environments, current_environment: 'development' }, null, 2) + '\n',
    );
  }
  return { out, services, migrations, files };
}

function devSeed(r, state, n) {
  const table = r.pick(state.tables);
  const rows = Array.from({ length: r.int(2, 5) }, (_, i) => `  ('dev-${n}-${i}', now())`).join(',\n');
  return {
    name: `dev_seed_${short(table.name)}`,
    up: `-- Sample rows for local development — never shipped.\nINSERT INTO ${table.name} (name, created_at)\nVALUES\n${rows};\n`,
    down: `DELETE FROM ${table.name} WHERE name LIKE 'dev-${n}-%';\n`,
    tables: [table.name],
  };
}

function flag(args, name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    console.error(`${name} needs a whole number`);
    process.exit(2);
  }
  return v;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const services = flag(args, '--services', 100);
  const migrationsPerService = flag(args, '--migrations', 100);
  const seed = flag(args, '--seed', 1);
  const positional = args.filter((a, i) => !a.startsWith('--') && !(args[i - 1] ?? '').startsWith('--'));
  const out = path.resolve(positional[0] ?? path.join(root, `.bench/monorepo-${services}x${migrationsPerService}`));
  const started = Date.now();
  const result = generateMonorepo(out, { services, migrationsPerService, seed });
  console.log(`${result.services} services, ${result.migrations} migrations, ${result.files} files under ${out} (${Date.now() - started} ms)`);
}

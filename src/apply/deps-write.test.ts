import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkGraph } from '../graph/check.js';
import { loadRepo } from '../repo/load.js';
import { validate } from '../lint/validate.js';
import { writeDependencies } from './deps-write.js';

let root: string;
const M = 'services/shop/migrations';
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'svcm-depsw-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
}

const HISTORY = {
  [`${M}/0001_schema.up.sql`]: 'CREATE SCHEMA shop;',
  [`${M}/0002_mood.up.sql`]: "CREATE TYPE shop.mood AS ENUM ('ok');",
  [`${M}/0003_users.up.sql`]: 'CREATE TABLE shop.users (id bigint PRIMARY KEY, mood shop.mood);',
  [`${M}/0004_touch.up.sql`]: 'CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;',
  [`${M}/0005_orders.up.sql`]: 'CREATE TABLE shop.orders (id bigint PRIMARY KEY, user_id bigint REFERENCES shop.users (id));',
  [`${M}/0006_trigger.up.sql`]:
    'CREATE TRIGGER t BEFORE UPDATE ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch();\nDO $$ BEGIN UPDATE shop.users SET mood = NULL WHERE id = 0; END $$;',
};

describe('deps --write', () => {
  it('infers depends_on from the objects each migration uses, and affects_tables from the tables it changes', async () => {
    write(HISTORY);
    const repo = await loadRepo({ root });
    const r = await writeDependencies(repo, repo.services[0]!);
    expect(r.added).toHaveLength(6);
    const deps = JSON.parse(readFileSync(path.join(root, M, 'dependencies.json'), 'utf8')) as {
      migrations: Record<string, { depends_on: string[]; affects_tables: string[] }>;
    };
    const graph = Object.fromEntries(Object.entries(deps.migrations).map(([id, e]) => [id, [e.depends_on, e.affects_tables]]));
    expect(graph).toEqual({
      '0001': [[], []],
      '0002': [['0001'], []],
      '0003': [['0001', '0002'], ['shop.users']],
      '0004': [['0001'], []],
      '0005': [['0001', '0003'], ['shop.orders']],
      // The trigger uses the function and the table; the DO block writes users (a DO block runs at apply time).
      '0006': [['0001', '0003', '0004', '0005'], ['shop.orders', 'shop.users']],
    });
    const reloaded = await loadRepo({ root });
    expect(checkGraph(reloaded, 'development').filter((f) => ['orphan-migration', 'missing-dependency', 'dependency-cycle'].includes(f.rule))).toEqual([]);
    const v = await validate({ root, env: 'development', processEnv: {} });
    expect(v.report.findings.filter((f) => f.rule === 'affects-tables-mismatch')).toEqual([]);
  });

  it('keeps what people wrote; --update-affects changes only affects_tables, in place', async () => {
    write(HISTORY);
    const written = '{\n  "$schema": "x",\n  "migrations": {\n    "0001": { "depends_on": [], "risk_level": "high" },\n    "0003": {\n      "depends_on": ["0001"],\n      "affects_tables": ["shop.wrong"]\n    }\n  }\n}\n';
    write({ [`${M}/dependencies.json`]: written });
    let repo = await loadRepo({ root });
    const r = await writeDependencies(repo, repo.services[0]!);
    expect(r.added).toEqual(['0002', '0004', '0005', '0006']);
    let text = readFileSync(path.join(root, M, 'dependencies.json'), 'utf8');
    expect(text.startsWith('{\n  "$schema": "x",\n  "migrations": {\n    "0001": { "depends_on": [], "risk_level": "high" },\n    "0003": {\n      "depends_on": ["0001"],\n      "affects_tables": ["shop.wrong"]\n    },')).toBe(true);
    repo = await loadRepo({ root });
    const u = await writeDependencies(repo, repo.services[0]!, { updateAffects: true });
    expect(u.updated).toEqual(['0001', '0003']);
    text = readFileSync(path.join(root, M, 'dependencies.json'), 'utf8');
    const parsed = JSON.parse(text) as { migrations: Record<string, { depends_on: string[]; affects_tables?: string[]; risk_level?: string }> };
    expect(parsed.migrations['0003']).toEqual({ depends_on: ['0001'], affects_tables: ['shop.users'] });
    expect(parsed.migrations['0001']).toEqual({ depends_on: [], risk_level: 'high', affects_tables: [] });
  });

  it('a migration that does not parse depends on the one before it, and is reported', async () => {
    write({ [`${M}/0001_a.up.sql`]: 'CREATE TABLE shop.a (id int);', [`${M}/0002_b.up.sql`]: 'CREATE TABLEX oops;' });
    const repo = await loadRepo({ root });
    const r = await writeDependencies(repo, repo.services[0]!);
    expect(r.unparsed).toEqual(['0002']);
    const parsed = JSON.parse(readFileSync(path.join(root, M, 'dependencies.json'), 'utf8')) as { migrations: Record<string, { depends_on: string[] }> };
    expect(parsed.migrations['0002']!.depends_on).toEqual(['0001']);
  });

  it('leaves a sqitch plan alone: it already holds the graph', async () => {
    write({ [`${M}/sqitch.plan`]: '%project=shop\n\na 2024-01-01T00:00:00Z T <t@x>\n', [`${M}/deploy/a.sql`]: 'SELECT 1;' });
    const repo = await loadRepo({ root });
    const r = await writeDependencies(repo, repo.services[0]!);
    expect(r.skipped).toContain('sqitch.plan already holds');
  });
});

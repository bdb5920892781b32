/**
 * Fuzzing the file tree that `validate` walks: odd names (spaces, newlines, unicode, 255-byte names, leading
 * dashes, `000001_x.up.sql.bak`), deep paths, empty folders, symlinks that loop or point outside the root, and
 * service globs that try to leave it. Properties: exit 0/1/2, no stack trace, every finding located, and nothing
 * outside the root is ever read.
 *
 * Outside the root sits a folder whose SQL file has a distinctive name and distinctive content. The content
 * must never appear in any output (it would only if the file were read). The name may appear only in a finding
 * about the symlink itself (a message that says where the refused link points); never in a summary or in a
 * finding about anything else.
 */
import fc from 'fast-check';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, ServiceSummary } from '../../src/core/types.js';
import { cli } from '../helpers/cli.js';
import { locationProblems, params, removeDir, STACK_TRACE, tempDir, timeoutFor } from './support.js';

const NAME_MARKER = 'zzqoutsidename';
const CONTENT_MARKER = 'zzqoutsidecontent';
const OUTSIDE_FILE = `000001_${NAME_MARKER}.up.sql`;

const NAMES = [
  'x', 'svc-a', 'svc-b', 'migrations', 'common', 'development', 'hooks', '000001_x.up.sql.bak', '000001_x.UP.SQL',
  '0001.up.sql', '000002_a b.up.sql', '000002_ünï.up.sql', '000002_ünï.down.sql', '-rf', '--root', '-', ' lead',
  'trail ', 'a\nb.up.sql', '000003_x.up.sql\n', '%s%n', '..foo', '.hidden', 'é'.repeat(127), 'a'.repeat(255),
  `000004_${'a'.repeat(240)}.up.sql`, '🙂.sql', 'CON', 'nul', '000005_x.down.sql', '000006_dup.up.sql',
  '00006_dup.up.sql', '000007_x.up.sql', '000007_x.down.sql', 'dependencies.json', 'environments.json',
  'pre_migrate.sh', 'post_migrate_000001.sh', '000008_rtl_\u202e.up.sql', '000009_nfd_e\u0301.up.sql',
];

const PREFIXES = [
  '', 'services', 'services/svc-a', 'services/svc-a/migrations', 'services/svc-a/migrations/common',
  'services/svc-a/migrations/development', 'services/svc-a/migrations/hooks', 'services/svc-b/migrations',
  'services/svc-b/migrations/common',
];

/** A file name that the file system accepts: no '/', no NUL, not '.' or '..', at most 255 bytes. */
const randomName = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .filter((s) => !s.includes('/') && !s.includes('\0') && s !== '.' && s !== '..' && Buffer.byteLength(s) <= 255);
const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: randomName });
const relPath = fc.tuple(fc.constantFrom(...PREFIXES), fc.array(name, { minLength: 1, maxLength: 3 })).map(([p, segs]) => [p, ...segs].filter(Boolean).join('/'));
const deepPath = fc.tuple(fc.constantFrom(...PREFIXES), fc.integer({ min: 5, max: 60 }), name).map(([p, n, leaf]) => [p, ...Array.from({ length: n }, () => 'd'), leaf].filter(Boolean).join('/'));

const CONTENTS = ['CREATE TABLE svc_a.t (id bigint);\n', 'DROP TABLE t CASCADE;\n', '', '{"migrations": {}}', '#!/bin/sh\nexit 0\n', 'SELECT (;'];

type Op =
  | { kind: 'file'; path: string; content: string }
  | { kind: 'dir'; path: string }
  | { kind: 'symlink'; path: string; target: string };

/** Symlink targets, relative to the link or absolute; `@outside` and `@outside-file` are filled in at run time. */
const TARGETS = ['.', '..', '../..', '../../..', '/', '/etc', 'nowhere', '@self', '@outside', '@outside', '@outside-file', '@outside-file', '../common'];

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('file' as const), path: fc.oneof({ weight: 5, arbitrary: relPath }, { weight: 1, arbitrary: deepPath }), content: fc.constantFrom(...CONTENTS) }),
  fc.record({ kind: fc.constant('dir' as const), path: fc.oneof(relPath, deepPath) }),
  fc.record({ kind: fc.constant('symlink' as const), path: relPath, target: fc.constantFrom(...TARGETS) }),
);

const PROJECT_CONFIGS = [
  undefined,
  { services: ['services/*'] },
  { services: ['../*'] },
  { services: ['**'] },
  { services: ['/tmp/*', '/*'] },
  { services: ['services/*', '../outside'] },
  { services: ['services/../../outside'] },
];

function build(root: string, outside: string, ops: Op[], config: object | undefined): void {
  // A usable root: one service with a valid pair, so bad entries are findings, not "nothing to do".
  const common = path.join(root, 'services/svc-a/migrations/common');
  mkdirSync(common, { recursive: true });
  writeFileSync(path.join(common, '000001_init.up.sql'), 'CREATE TABLE svc_a.t (id bigint);\n');
  writeFileSync(path.join(common, '000001_init.down.sql'), 'DROP TABLE svc_a.t;\n');
  if (config) writeFileSync(path.join(root, 'svc-migrate.json'), JSON.stringify(config));
  for (const o of ops) {
    const abs = path.join(root, o.path);
    // Steps that clash with what an earlier step made (a file where a folder should be...) are skipped.
    try {
      mkdirSync(path.dirname(abs), { recursive: true });
      if (o.kind === 'dir') mkdirSync(abs, { recursive: true });
      else if (o.kind === 'file') writeFileSync(abs, o.content, { flag: 'wx' });
      else {
        const target =
          o.target === '@outside' ? outside : o.target === '@outside-file' ? path.join(outside, OUTSIDE_FILE) : o.target === '@self' ? path.basename(abs) : o.target;
        symlinkSync(target, abs);
      }
    } catch {
      // ENOTDIR, EEXIST, ENAMETOOLONG: the tree simply does not get that entry.
    }
  }
}

describe('validate (whole CLI) on hostile file trees', () => {
  let parent: string;
  let outside: string;

  beforeAll(() => {
    parent = tempDir('tree');
    // The sibling of every root: `../outside` from the root, and the absolute target of the outside links.
    outside = path.join(parent, 'outside');
    const outsideCommon = path.join(outside, 'migrations', 'common');
    mkdirSync(outsideCommon, { recursive: true });
    const sql = `CREATE TABLE ${CONTENT_MARKER} (id int);\nSELECT ${CONTENT_MARKER} ${CONTENT_MARKER}x FROM;\n`;
    writeFileSync(path.join(outside, OUTSIDE_FILE), sql);
    writeFileSync(path.join(outsideCommon, OUTSIDE_FILE), sql);
    writeFileSync(path.join(outside, 'migrations', 'dependencies.json'), `{"migrations": {"000001": {"description": "${CONTENT_MARKER}"}}}`);
  });
  afterAll(() => removeDir(parent));

  test('a fixed tree with every kind of escaping link: each link is reported where it sits, never followed', async () => {
    const root = path.join(parent, 'root-fixed');
    const links = ['common/to-outside-dir', 'common/000002_link.up.sql', 'common/loop', 'common/broken.up.sql'];
    try {
      build(root, outside, [
        { kind: 'symlink', path: `services/svc-a/migrations/${links[0]}`, target: '@outside' },
        { kind: 'symlink', path: `services/svc-a/migrations/${links[1]}`, target: '@outside-file' },
        { kind: 'symlink', path: `services/svc-a/migrations/${links[2]}`, target: '@self' },
        { kind: 'symlink', path: `services/svc-a/migrations/${links[3]}`, target: 'nowhere' },
        { kind: 'symlink', path: 'services/evil', target: '@outside' },
      ], undefined);
      const run = await cli(['validate', '--root', root, '--format', 'json']);
      expect(run.stderr).not.toMatch(STACK_TRACE);
      expect(run.stdout).not.toContain(CONTENT_MARKER);
      const report = JSON.parse(run.stdout) as { findings: Finding[] };
      const files = new Set(report.findings.map((f) => f.file));
      for (const link of links) expect(files).toContain(`services/svc-a/migrations/${link}`);
      expect(files).toContain('services/evil');
    } finally {
      removeDir(root);
    }
  });

  test(
    'exits 0, 1 or 2 without a stack trace; findings located; nothing outside the root is read',
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(op, { maxLength: 14 }), fc.constantFrom(...PROJECT_CONFIGS), fc.constantFrom('json', 'text'), async (ops, config, format) => {
          const root = path.join(parent, `root-${n++}`);
          try {
            build(root, outside, ops, config);
            const run = await cli(['validate', '--root', root, '--format', format]);
            expect([0, 1, 2]).toContain(run.code);
            expect(run.stderr).not.toMatch(STACK_TRACE);
            expect(run.stdout + run.stderr).not.toContain(CONTENT_MARKER);
            if (run.code === 2) {
              expect(run.stderr.trim()).not.toBe('');
              expect(run.stderr).not.toContain(NAME_MARKER);
              return;
            }
            if (format !== 'json') return;
            const report = JSON.parse(run.stdout) as { findings: Finding[]; services?: ServiceSummary[]; summary: object };
            expect(JSON.stringify(report.services ?? [])).not.toContain(NAME_MARKER);
            expect(JSON.stringify(report.summary)).not.toContain(NAME_MARKER);
            for (const f of report.findings) {
              expect(locationProblems(f)).toEqual([]);
              // A finding may say where a refused symlink points, but only a finding about that link (inside the root).
              if (JSON.stringify(f).includes(NAME_MARKER)) expect(f.file ?? '').not.toContain(NAME_MARKER);
              if (f.file !== undefined) expect(f.file.startsWith('..') || path.isAbsolute(f.file)).toBe(false);
            }
          } finally {
            removeDir(root);
          }
        }),
        { ...params('treeCli'), timeout: 30_000 },
      );
    },
    timeoutFor('treeCli'),
  );
});

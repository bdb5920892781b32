/**
 * dbmate and goose: `{version}_{name}.sql`, one file holding both directions between marker comments
 * (`-- migrate:up` / `-- migrate:down`; `-- +goose Up` / `-- +goose Down`). Each direction becomes a migration
 * file of its own that src/repo/read.ts reads as its section. A file with no down section has no down migration.
 */
import { readFileSync } from 'node:fs';
import { findSections, type SectionStyle } from '../read.js';
import { strayFile, type FormatContext, type FormatRead, type FoundFile } from './types.js';

const NAME = /^([0-9]+)_?(.*)\.sql$/;

const MARKER_TEXT: Record<SectionStyle, string> = { dbmate: '-- migrate:up', goose: '-- +goose Up' };

/** Reads a folder of dbmate or goose files; `order` is set for dbmate, which applies files in name order. */
export function readSingleFile(ctx: FormatContext, style: SectionStyle): FormatRead {
  const files: FoundFile[] = [];
  const names: string[] = [];
  for (const e of ctx.entries) {
    if (e.kind !== 'file') continue;
    const m = NAME.exec(e.name);
    if (!m) {
      ctx.findings.push(strayFile(e, `a ${style} migration ({version}_{name}.sql)`));
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(e.abs);
    } catch (err) {
      ctx.findings.push({ rule: 'unreadable-path', severity: 'error', message: `${e.rel} cannot be read: ${(err as Error).message}`, file: e.rel });
      continue;
    }
    const sections = findSections(bytes, style);
    if (!sections.up) {
      ctx.findings.push({
        rule: 'invalid-filename',
        severity: 'error',
        message: `${e.name} has no "${MARKER_TEXT[style]}" line, so ${style} and svc-migrate apply nothing from it`,
        help: `Start the migration's SQL with a "${MARKER_TEXT[style]}" line.`,
        file: e.rel,
        line: 1,
        column: 1,
      });
      continue;
    }
    const id = m[1]!;
    const stem = e.name.slice(0, -'.sql'.length);
    names.push(e.name);
    for (const direction of ['up', 'down'] as const) {
      const section = sections[direction];
      if (!section) continue;
      const f: FoundFile = { file: e.rel, abs: e.abs, folder: 'common', id, name: m[2] ?? '', direction, stem, section: style };
      if (section.noTransaction) f.noTransaction = true;
      files.push(f);
    }
  }
  if (style === 'goose') return { files };
  // dbmate applies pending files in file-name order; its versions are strings.
  const byName = new Map(files.map((f) => [f.file.slice(f.file.lastIndexOf('/') + 1), f.id]));
  return { files, order: names.sort().map((n) => byName.get(n)!) };
}

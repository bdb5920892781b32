/**
 * Reading a migration file's SQL. Most files are one migration in one direction; dbmate and goose keep both
 * directions in one file, between marker comments. Such a file is read as the section of its direction with
 * everything else blanked to spaces (line breaks kept), so that byte offsets, lines and columns of findings and
 * of PostgreSQL's errors still point into the file as written, and the checksum covers only that direction.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Direction, MigrationFile } from './types.js';

/** Marker comments, per single-file format. Lines are matched on their own (leading spaces allowed). */
const MARKERS = {
  dbmate: { up: /^--\s*migrate:up\b(.*)$/, down: /^--\s*migrate:down\b(.*)$/ },
  goose: { up: /^--\s*\+goose\s+up\b(.*)$/i, down: /^--\s*\+goose\s+down\b(.*)$/i },
} as const;

export type SectionStyle = keyof typeof MARKERS;

/** Where each direction's section starts and ends (byte offsets), and whether it may run in a transaction. */
export interface Sections {
  up?: { start: number; end: number; noTransaction: boolean };
  down?: { start: number; end: number; noTransaction: boolean };
}

/**
 * Finds the sections of a dbmate or goose file. A section runs from its marker line to the next marker (or the
 * end); text before the first marker belongs to neither. dbmate's `transaction:false` option is per section;
 * goose's `-- +goose NO TRANSACTION` anywhere applies to the whole file.
 */
export function findSections(bytes: Uint8Array, style: SectionStyle): Sections {
  // latin1 maps each byte to one character: offsets in the string are byte offsets, and markers are ASCII.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const out: Sections = {};
  const gooseNoTx = style === 'goose' && /^--\s*\+goose\s+no\s+transaction\b/im.test(text);
  let open: Direction | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    for (const direction of ['up', 'down'] as const) {
      const m = MARKERS[style][direction].exec(trimmed);
      if (!m) continue;
      if (open) out[open]!.end = offset;
      const noTransaction = gooseNoTx || /\btransaction:\s*false\b/.test(m[1] ?? '');
      out[direction] = { start: offset, end: text.length, noTransaction };
      open = direction;
    }
    offset += line.length + 1;
  }
  return out;
}

/** The bytes of one section of `bytes`, everything outside it replaced by spaces (line breaks kept). */
export function sectionBytes(bytes: Uint8Array, style: SectionStyle, direction: Direction): Buffer {
  const section = findSections(bytes, style)[direction];
  const out = Buffer.from(bytes);
  for (let i = 0; i < out.length; i++) {
    if (section && i >= section.start && i < section.end) continue;
    if (out[i] !== 0x0a && out[i] !== 0x0d) out[i] = 0x20;
  }
  return out;
}

/** Applies a migration file's section, if it has one, to bytes already read from `abs`. */
export function migrationBytes(bytes: Uint8Array, file: Pick<MigrationFile, 'section' | 'direction'>): Uint8Array {
  return file.section ? sectionBytes(bytes, file.section, file.direction) : bytes;
}

/** A migration file's SQL bytes (its section only, for dbmate and goose files). Synchronous: small files. */
export function readMigrationBytes(file: Pick<MigrationFile, 'abs' | 'section' | 'direction'>): Buffer {
  const bytes = readFileSync(file.abs);
  return file.section ? sectionBytes(bytes, file.section, file.direction) : bytes;
}

/** A migration file's SQL text (its section only, for dbmate and goose files). */
export async function readMigrationSql(file: Pick<MigrationFile, 'abs' | 'section' | 'direction'>): Promise<string> {
  const bytes = await readFile(file.abs);
  return (file.section ? sectionBytes(bytes, file.section, file.direction) : bytes).toString('utf8');
}

#!/usr/bin/env node
/**
 * Rewrites the counts table of docs/corpus-review.md (between `<!-- counts:start -->` and `<!-- counts:end -->`)
 * from a `validate --format json` report of the laid-out corpus, so the review never quotes stale numbers.
 *
 *   node scripts/corpus-repo.mjs && node dist/cli.js validate --root .bench/corpus-repo --format json --no-cache > /tmp/corpus.json
 *   node scripts/corpus-counts.mjs /tmp/corpus.json            rewrite the table
 *   node scripts/corpus-counts.mjs /tmp/corpus.json --check    exit 1 when the table differs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(root, 'docs/corpus-review.md');
const SEVERITIES = ['error', 'warning', 'info'];

/** The markdown table (and summary line) for a report. */
export function countsTable(report) {
  const services = report.services.map((s) => s.name).sort();
  const counts = new Map();
  for (const f of report.findings) {
    const key = `${f.severity}\0${f.rule}`;
    const row = counts.get(key) ?? new Map();
    row.set(f.service ?? '(repository)', (row.get(f.service ?? '(repository)') ?? 0) + 1);
    counts.set(key, row);
  }
  const cell = (n) => (n ? String(n) : '');
  const lines = [
    `| severity | rule | ${services.join(' | ')} | total |`,
    `| --- | --- | ${services.map(() => '---:').join(' | ')} | ---: |`,
  ];
  const keys = [...counts.keys()].sort((a, b) => {
    const [sa, ra] = a.split('\0');
    const [sb, rb] = b.split('\0');
    return SEVERITIES.indexOf(sa) - SEVERITIES.indexOf(sb) || (ra < rb ? -1 : ra > rb ? 1 : 0);
  });
  for (const key of keys) {
    const [severity, rule] = key.split('\0');
    const row = counts.get(key);
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    lines.push(`| ${severity} | [${rule}](rules/${rule}.md) | ${services.map((s) => cell(row.get(s))).join(' | ')} | ${total} |`);
  }
  for (const severity of SEVERITIES) {
    const per = services.map((s) => report.findings.filter((f) => f.severity === severity && f.service === s).length);
    const total = report.findings.filter((f) => f.severity === severity).length;
    lines.push(`| **${severity}s** | | ${per.map((n) => `**${n}**`).join(' | ')} | **${total}** |`);
  }
  const s = report.summary;
  lines.push('', `Report summary: **${s.errors}** errors, **${s.warnings}** warnings, **${s.infos}** infos over ${s.services} services, ${s.migrations} migrations, ${s.files} files.`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [reportFile, flag] = process.argv.slice(2);
  if (!reportFile) {
    console.error('usage: node scripts/corpus-counts.mjs <report.json> [--check]');
    process.exit(2);
  }
  const table = countsTable(JSON.parse(readFileSync(reportFile, 'utf8')));
  const doc = readFileSync(DOC, 'utf8');
  const start = doc.indexOf('<!-- counts:start -->');
  const end = doc.indexOf('<!-- counts:end -->');
  if (start < 0 || end < start) {
    console.error('docs/corpus-review.md has no counts markers');
    process.exit(2);
  }
  const next = `${doc.slice(0, start)}<!-- counts:start -->\n${table}\n${doc.slice(end)}`;
  if (flag === '--check') {
    if (next !== doc) {
      console.error('docs/corpus-review.md: the counts table differs from the report; run without --check to rewrite it');
      process.exit(1);
    }
    console.log('docs/corpus-review.md counts are up to date');
  } else {
    writeFileSync(DOC, next);
    console.log('docs/corpus-review.md counts rewritten');
  }
}

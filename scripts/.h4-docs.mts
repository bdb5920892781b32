import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../src/rules/index.js';
const data = JSON.parse(readFileSync('/tmp/h4/docs.json', 'utf8')) as Record<string, { problem: string; solution: string; bad: string; good: string; links: string[] }>;
for (const [id, d] of Object.entries(data)) {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const versions = rule.minPgVersion || rule.maxPgVersion
    ? `\n\nApplies to PostgreSQL ${rule.minPgVersion ?? ''}${rule.maxPgVersion ? ` to ${rule.maxPgVersion}` : '+'} (\`pg_version\` in svc-migrate.json, default 15).`
    : '';
  const dir = rule.direction === 'both' ? 'up and down migrations' : `${rule.direction} migrations`;
  const md = `# ${id}

${rule.description}

Severity: ${rule.severity}. Checks ${dir}.${versions}

## Problem

${d.problem}

## Solution

${d.solution}

${rule.help}

## Example

\`\`\`sql
-- Flagged
${d.bad}
\`\`\`

\`\`\`sql
-- Instead
${d.good}
\`\`\`

To accept a finding deliberately, put \`-- svc-migrate-ignore ${id}\` on the line before the statement.

## Links

${d.links.map((l) => `- ${l}`).join('\n')}
`;
  writeFileSync(`docs/rules/${id}.md`, md);
}
console.log(Object.keys(data).length, 'docs');

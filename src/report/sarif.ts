/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and any other SARIF viewer.
 * Code scanning rejects the whole file when one result has no physical location
 * ("locationFromSarifResult: expected at least one location"), so findings without a file are reported as tool
 * notifications of the invocation instead of results: the file stays valid and uploadable, and the finding
 * is still in the log. Paths are relative to `%SRCROOT%`, the repository checkout.
 */
import type { Finding, Report, Severity } from '../core/types.js';
import { compareFindings, SEVERITY_RANK } from '../core/types.js';
import { VERSION } from '../core/version.js';

/** Where users read about the tool; the base of every rule's help link. */
export const HOMEPAGE = 'https://github.com/org/svc-migrate';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** What the formatter knows about a rule, beyond its id (RuleMeta fits this shape). */
export interface SarifRuleInfo {
  id: string;
  description: string;
  severity?: Severity;
  help?: string;
}

export interface SarifFormatOptions {
  /** Descriptions of the rules; rules without one get their id as description. */
  rules?: readonly SarifRuleInfo[];
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }; region: SarifRegion };
  }>;
  properties?: Record<string, string>;
}

export interface SarifNotification {
  level: SarifLevel;
  message: { text: string };
  associatedRule: { id: string; index: number };
}

export interface SarifReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; informationUri: string; version: string; semanticVersion: string; rules: SarifReportingDescriptor[] } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }>;
    columnKind: 'unicodeCodePoints';
    results: SarifResult[];
    properties: { environment: string };
  }>;
}

/** A rule id as a PascalCase name (`drop-cascade` → `DropCascade`), which SARIF viewers show as a title. */
function ruleName(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

/**
 * The region of a finding, kept valid: startLine ≥ 1, columns only where they make sense. A finding about a whole
 * file (no line) is placed at line 1: code scanning fingerprints results by their region and drops alerts without.
 */
export function regionOf(f: Finding): SarifRegion {
  if (f.line === undefined || !(f.line >= 1)) return { startLine: 1 };
  const region: SarifRegion = { startLine: f.line };
  if (f.column !== undefined && f.column >= 1) region.startColumn = f.column;
  const endLine = f.endLine !== undefined && f.endLine >= f.line ? f.endLine : undefined;
  if (endLine !== undefined) region.endLine = endLine;
  if (f.endColumn !== undefined && f.endColumn >= 1) {
    const sameLine = (endLine ?? f.line) === f.line;
    if (!sameLine || region.startColumn === undefined || f.endColumn >= region.startColumn) {
      region.endLine = endLine ?? f.line;
      region.endColumn = f.endColumn;
    }
  }
  return region;
}

/** A rule's documentation page. */
export function ruleDocUri(id: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}

/** The first sentence of a description (SARIF viewers show the short description as a title). */
function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return (m?.[1] ?? text).slice(0, 1024);
}

/**
 * A rule's descriptor with everything GitHub's SARIF rules ask for: short and full description, help as text and
 * Markdown (with the doc link) and helpUri. A rule the catalog does not know still gets them, pointing to its doc.
 */
export function describeRule(id: string, meta: SarifRuleInfo | undefined, level: SarifLevel): SarifReportingDescriptor {
  const helpUri = ruleDocUri(id);
  const description = meta?.description ?? `svc-migrate finding ${id}.`;
  const help = meta?.help ?? 'See the rule\'s documentation.';
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    help: { text: `${help}\n\nDocumentation: ${helpUri}`, markdown: `${description}\n\n${help}\n\n[Documentation of ${id}](${helpUri})` },
    helpUri,
    defaultConfiguration: { level },
  };
}

/** The report as a SARIF 2.1.0 log (a JSON string). Pure. */
export function formatSarif(report: Report, opts: SarifFormatOptions = {}): string {
  return `${JSON.stringify(buildSarif(report, opts), null, 2)}\n`;
}

/** The SARIF object behind `formatSarif`, for callers that want to inspect or extend it. */
export function buildSarif(report: Report, opts: SarifFormatOptions = {}): SarifLog {
  const info = new Map((opts.rules ?? []).map((r) => [r.id, r]));
  const findings = [...report.findings].sort(compareFindings);
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const rules: SarifReportingDescriptor[] = ruleIds.map((id) => {
    const meta = info.get(id);
    // The level a rule has by default; without metadata, the most severe level it was reported at.
    const severity =
      meta?.severity ??
      findings.filter((f) => f.rule === id).reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s), 'info');
    return describeRule(id, meta, LEVEL[severity]);
  });

  const results: SarifResult[] = [];
  const notifications: SarifNotification[] = [];
  for (const f of findings) {
    const text = f.help === undefined ? f.message : `${f.message}\n${f.help}`;
    const ruleIndex = index.get(f.rule)!;
    if (f.file === undefined || f.file === '') {
      notifications.push({ level: LEVEL[f.severity], message: { text }, associatedRule: { id: f.rule, index: ruleIndex } });
      continue;
    }
    const region = regionOf(f);
    const result: SarifResult = {
      ruleId: f.rule,
      ruleIndex,
      level: LEVEL[f.severity],
      message: { text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(f.file), uriBaseId: '%SRCROOT%' },
            region,
          },
        },
      ],
    };
    const properties: Record<string, string> = {};
    if (f.service !== undefined) properties.service = f.service;
    if (f.migration !== undefined) properties.migration = f.migration;
    if (Object.keys(properties).length > 0) result.properties = properties;
    results.push(result);
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'svc-migrate', informationUri: HOMEPAGE, version: VERSION, semanticVersion: VERSION, rules },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'unicodeCodePoints',
        results,
        properties: { environment: report.environment },
      },
    ],
  };
}

/** A relative path as a URI reference: each segment percent-encoded, `/` kept. */
function encodeUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/**
 * Ids of findings about files, folders, configs and the dependency graph rather than about a SQL statement. Their
 * severity is fixed (validate applies svc-migrate.json's `rules` only to SQL rules and the lint engine's own
 * findings), and an ignore comment cannot silence them. Known here, below both the lint engine and the config
 * loader, so that each can tell a user naming one what happened instead of calling it unknown.
 */
export const FILE_AND_GRAPH_FINDINGS: readonly string[] = [
  'dependency-cycle', 'missing-dependency', 'cross-service-dependency', 'orphan-migration', 'missing-migration-file',
  'missing-down', 'duplicate-version', 'invalid-filename', 'config-invalid-json', 'config-schema',
  'environment-mismatch', 'environment-dependency', 'dependency-depth',
  'missing-up', 'filename-style', 'unknown-folder', 'invalid-service-name', 'unreadable-path',
];

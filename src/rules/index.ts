/**
 * The one registry of SQL rules. The lint engine runs these; docs and the config schema are checked against it.
 * One import per line and one entry per line, so parallel additions merge cleanly.
 */
import type { Rule } from './types.js';
import unqualifiedTable from './unqualified-table.js';
import foreignSchema from './foreign-schema.js';
import deleteWithoutWhere from './delete-without-where.js';
import updateWithoutWhere from './update-without-where.js';
import dropCascade from './drop-cascade.js';
import destructiveOperation from './destructive-operation.js';
import indexNotConcurrent from './index-not-concurrent.js';
import notNullWithoutDefault from './not-null-without-default.js';
import columnTypeChange from './column-type-change.js';
import foreignKeyNotValid from './foreign-key-not-valid.js';
import affectsTablesMismatch from './affects-tables-mismatch.js';
import addingFieldWithVolatileDefault from './adding-field-with-volatile-default.js';
import addingSerialPrimaryKeyField from './adding-serial-primary-key-field.js';
import preferBigintOverInt from './prefer-bigint-over-int.js';
import preferBigintOverSmallint from './prefer-bigint-over-smallint.js';
import preferIdentity from './prefer-identity.js';
import preferTextField from './prefer-text-field.js';
import preferTimestamptz from './prefer-timestamptz.js';
import banCharField from './ban-char-field.js';
import addingUniqueConstraint from './adding-unique-constraint.js';
import addingPrimaryKeyConstraint from './adding-primary-key-constraint.js';
import renamingColumn from './renaming-column.js';
import renamingTable from './renaming-table.js';
import requireLockTimeout from './require-lock-timeout.js';
import requireConcurrentIndexDeletion from './require-concurrent-index-deletion.js';
import reindexNotConcurrent from './reindex-not-concurrent.js';
import detachPartitionNotConcurrent from './detach-partition-not-concurrent.js';
import concurrentInTransaction from './concurrent-in-transaction.js';
import transactionNesting from './transaction-nesting.js';
import banUncommittedTransaction from './ban-uncommitted-transaction.js';
import addingEnumValueInTransaction from './adding-enum-value-in-transaction.js';
import identifierTooLong from './identifier-too-long.js';
import banAlterDomainWithAddConstraint from './ban-alter-domain-with-add-constraint.js';
import banCreateDomainWithConstraint from './ban-create-domain-with-constraint.js';
import preferRobustStmts from './prefer-robust-stmts.js';
import vacuumFull from './vacuum-full.js';
import cluster from './cluster.js';
import lockTable from './lock-table.js';
import disableTrigger from './disable-trigger.js';
import rlsWithoutPolicy from './rls-without-policy.js';
import unbatchedBackfill from './unbatched-backfill.js';
import setNotNullOnExisting from './set-not-null-on-existing.js';
import createTableWithoutPrimaryKey from './create-table-without-primary-key.js';
import refreshMaterializedViewNotConcurrent from './refresh-materialized-view-not-concurrent.js';
import banDuplicateColumnAssignments from './ban-duplicate-column-assignments.js';
import requireEnumValueOrdering from './require-enum-value-ordering.js';
import banDropNotNull from './ban-drop-not-null.js';
import requireStatementTimeout from './require-statement-timeout.js';
import grantToPublic from './grant-to-public.js';
import foreignKeyWithoutIndex from './foreign-key-without-index.js';
import unsupportedSyntax from './unsupported-syntax.js';

export const rules: Rule[] = [
  unqualifiedTable,
  foreignSchema,
  deleteWithoutWhere,
  updateWithoutWhere,
  dropCascade,
  destructiveOperation,
  indexNotConcurrent,
  notNullWithoutDefault,
  columnTypeChange,
  foreignKeyNotValid,
  affectsTablesMismatch,
  addingFieldWithVolatileDefault,
  addingSerialPrimaryKeyField,
  preferBigintOverInt,
  preferBigintOverSmallint,
  preferIdentity,
  preferTextField,
  preferTimestamptz,
  banCharField,
  addingUniqueConstraint,
  addingPrimaryKeyConstraint,
  renamingColumn,
  renamingTable,
  requireLockTimeout,
  requireConcurrentIndexDeletion,
  reindexNotConcurrent,
  detachPartitionNotConcurrent,
  concurrentInTransaction,
  transactionNesting,
  banUncommittedTransaction,
  addingEnumValueInTransaction,
  identifierTooLong,
  banAlterDomainWithAddConstraint,
  banCreateDomainWithConstraint,
  preferRobustStmts,
  vacuumFull,
  cluster,
  lockTable,
  disableTrigger,
  rlsWithoutPolicy,
  unbatchedBackfill,
  setNotNullOnExisting,
  createTableWithoutPrimaryKey,
  refreshMaterializedViewNotConcurrent,
  banDuplicateColumnAssignments,
  requireEnumValueOrdering,
  banDropNotNull,
  requireStatementTimeout,
  grantToPublic,
  foreignKeyWithoutIndex,
  unsupportedSyntax,
];

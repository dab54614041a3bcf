// Who sees which aid records, decided in SQL: a giver sees its own (an organization's people their organization's,
// a caring individual their own), liaisons and officials the records whose place lies in their region. The same
// rules serve the list, one record, the export job (which keeps the caller as it was when queued) and the receipts.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';

/** What the ledger needs to know of a caller; an export job stores it in its payload. */
export type Viewer = Pick<Actor, 'role' | 'accountId' | 'organizationId' | 'scopeRegionCode'>;

export type LedgerScope =
  | { kind: 'organization'; organizationId: number }
  | { kind: 'caring'; accountId: number }
  | { kind: 'region'; code: string | null };

/** A query on `aid_records as r`. */
export type RecordsAsR = DB & { r: DB['aid_records'] };

export function viewerOf(actor: Actor): Viewer {
  return { role: actor.role, accountId: actor.accountId, organizationId: actor.organizationId, scopeRegionCode: actor.scopeRegionCode };
}

export function scopeOf(v: Viewer): LedgerScope {
  switch (v.role) {
    case 'organization_admin':
    case 'organization_member':
      if (v.organizationId === null) throw new AppError('FORBIDDEN');
      return { kind: 'organization', organizationId: v.organizationId };
    case 'caring_individual':
      return { kind: 'caring', accountId: v.accountId };
    case 'platform_admin':
    case 'department_official':
    case 'liaison':
      return { kind: 'region', code: v.scopeRegionCode };
  }
}

export function isOfficial(v: Viewer): boolean {
  return v.role === 'platform_admin' || v.role === 'department_official';
}

/** Liaisons and officials see households' heads by name (the records they see lie in their region). */
export function seesHouseholdNames(v: Viewer): boolean {
  return scopeOf(v).kind === 'region';
}

/** A caring individual's name is shown whole to themselves and to officials, masked to everyone else. */
export function seesCaringName(v: Viewer, caringAccountId: number): boolean {
  return isOfficial(v) || (v.role === 'caring_individual' && v.accountId === caringAccountId);
}

/** The caller wrote this record (or its organization did). */
export function isGiverOf(v: Viewer, r: { organization_id: number | null; caring_account_id: number | null }): boolean {
  const scope = scopeOf(v);
  if (scope.kind === 'organization') return r.organization_id === scope.organizationId;
  if (scope.kind === 'caring') return r.caring_account_id === scope.accountId;
  return false;
}

/**
 * SQL: the record's place lies in region `code`. Provinces, cities and counties compare the generated code columns
 * (each indexed with the date, as the rollups are keyed); townships and villages take a prefix range of region_code.
 */
export function placeWithin(eb: ExpressionBuilder<RecordsAsR, 'r'>, code: string): Expression<SqlBool> {
  if (code.length === 2) return eb('r.province_code', '=', code);
  if (code.length === 4) return eb('r.city_code', '=', code);
  if (code.length === 6) return eb('r.county_code', '=', code);
  return eb('r.region_code', 'like', `${code}%`);
}

/** SQL: the viewer may see the record. */
export function visibleWhere(eb: ExpressionBuilder<RecordsAsR, 'r'>, scope: LedgerScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'organization':
      return eb('r.organization_id', '=', scope.organizationId);
    case 'caring':
      return eb('r.caring_account_id', '=', scope.accountId);
    case 'region':
      return scope.code === null ? sql<SqlBool>`true` : placeWithin(eb, scope.code);
  }
}

/** SQL: the record stands (it is no reversal and nothing reversed it). */
export function standingWhere(eb: ExpressionBuilder<RecordsAsR, 'r'>): Expression<SqlBool> {
  return eb.and([eb('r.reverses_id', 'is', null), eb.not(reversedExists(eb))]);
}

export function reversedExists(eb: ExpressionBuilder<RecordsAsR, 'r'>): Expression<SqlBool> {
  return eb.exists(eb.selectFrom('aid_records as x').select(sql<number>`1`.as('one')).whereRef('x.reverses_id', '=', 'r.id'));
}

/**
 * A region filter the viewer may use: inside their region for liaisons and officials (naming a wider or another
 * region is refused, not silently narrowed); givers filter their own records by any region.
 */
export function assertRegionFilter(scope: LedgerScope, region: string | undefined): void {
  if (region === undefined || scope.kind !== 'region' || scope.code === null) return;
  if (!region.startsWith(scope.code)) throw new AppError('OUT_OF_SCOPE');
}

// Who sees which parts of the ledger pages; the server checks the same again (access.ts: ledger.*).
import type { SessionAccount } from '../../api/auth.ts';

type Who = Pick<SessionAccount, 'role' | 'scopeRegionCode'> | null | undefined;

export function isOfficial(me: Who): boolean {
  return me?.role === 'platform_admin' || me?.role === 'department_official';
}

export function isOrganization(me: Who): boolean {
  return me?.role === 'organization_admin' || me?.role === 'organization_member';
}

/** Writes records: organizations and caring individuals (ledger.write). */
export function isGiver(me: Who): boolean {
  return isOrganization(me) || me?.role === 'caring_individual';
}

/** ledger.import: organizations (their own records) and officials (organizations' records in scope). */
export function canImport(me: Who): boolean {
  return isOrganization(me) || isOfficial(me);
}

/** ledger.duplications: liaisons and officials. */
export function seesDuplications(me: Who): boolean {
  return isOfficial(me) || me?.role === 'liaison';
}

/** Records of many givers in an area: filters by place, giver form and counterpart support make sense. */
export function seesArea(me: Who): boolean {
  return isOfficial(me) || me?.role === 'liaison';
}

/** A region below the caller's own can still be chosen (a village liaison has none). */
export function picksRegion(me: Who): boolean {
  return seesArea(me) && (me?.scopeRegionCode ?? '').length < 12;
}

// Who is looking at the statistics, as far as the page cares: officials see their region and may pick any
// organization; liaisons their township or village; organizations only their own records, anywhere.
import type { SessionAccount } from '../../api/auth.ts';
import type { StatFilters } from './filters.ts';

export type Viewer = 'official' | 'liaison' | 'organization';

export function viewerOf(account: Pick<SessionAccount, 'role'> | null | undefined): Viewer {
  const role = account?.role;
  if (role === 'organization_admin' || role === 'organization_member') return 'organization';
  if (role === 'liaison') return 'liaison';
  return 'official';
}

/** The region the figures cover when none is picked: the caller's scope (null: the whole country). */
export function effectiveRegion(picked: string | undefined, account: Pick<SessionAccount, 'role' | 'scopeRegionCode'> | null | undefined): string | null {
  if (picked) return picked;
  return viewerOf(account) === 'organization' ? null : (account?.scopeRegionCode ?? null);
}

/** A village has no region below it: no breakdown by place and no tree. */
export function isVillage(region: string | null): boolean {
  return region !== null && region.length >= 12;
}

/**
 * The filters this viewer may apply. An organization's figures are always its own: a link naming another
 * organization or a giver form (shared by an official) is read without them rather than refused.
 */
export function filtersFor(viewer: Viewer, filters: StatFilters): StatFilters {
  if (viewer !== 'organization') return filters;
  const { organizationId: _organization, giverForm: _form, ...own } = filters;
  return own;
}

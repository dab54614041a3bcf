// The access model: who may call a route (permission -> roles) and what they may see (region scope in SQL).
// Every route declares one permission in its `config`; app.ts refuses to start if an /api route has none.
import { sql, type Expression, type SqlBool } from 'kysely';
import { ROLES, type DepartmentKind, type Role } from '../../common/glossary.ts';
import { AppError } from '../errors.ts';

export interface Actor {
  accountId: number;
  username: string;
  displayName: string;
  role: Role;
  departmentKind: DepartmentKind | null;
  /** Region scope for admins, officials and liaisons; null for a national admin and for non-region roles. */
  scopeRegionCode: string | null;
  organizationId: number | null;
  sessionId: number;
  csrfToken: string;
  mustChangePassword: boolean;
}

const REGION_ROLES: readonly Role[] = ['platform_admin', 'department_official', 'liaison'];
const OFFICIALS: readonly Role[] = ['platform_admin', 'department_official'];
const ORGANIZATION_ROLES: readonly Role[] = ['organization_admin', 'organization_member'];

/** Permission name -> roles allowed. `public` admits the anonymous; `self` admits any signed-in account. */
export const PERMISSIONS = {
  public: 'anyone',
  self: ROLES,
  'accounts.read': OFFICIALS,
  'accounts.invite': OFFICIALS,
  'accounts.manage': OFFICIALS,
  'audit.read': OFFICIALS,
  'jobs.read': ROLES,
  'reference.manage': ['platform_admin'] as readonly Role[],
  'programs.manage': OFFICIALS,
  /** An organization's own data and members: its administrator. */
  'organizations.own': ['organization_admin'] as readonly Role[],
  /** Reading one organization: its own people, and officials in whose scope it is registered or serves. */
  'organizations.read': [...OFFICIALS, 'organization_admin', 'organization_member'] as readonly Role[],
  /** Listing, reviewing, exporting and importing organizations in scope. */
  'organizations.manage': OFFICIALS,
  /** A caring individual's own profile. */
  'caring.self': ['caring_individual'] as readonly Role[],
  /** Households' full records (sensitive): the liaison of the place and officials in scope; reads are logged. */
  'households.read': [...OFFICIALS, 'liaison'] as readonly Role[],
  /** Registering and editing households: liaisons of their township or village. */
  'households.write': ['liaison'] as readonly Role[],
  /** Publishing needs and deciding claims in scope: liaisons, and officials (county-wide needs, any need in scope). */
  'needs.manage': [...OFFICIALS, 'liaison'] as readonly Role[],
  /** Taking needs down and setting the claim lapse period: officials. */
  'needs.review': OFFICIALS,
  /** Finding needs: anyone signed in (drafts excluded). */
  'needs.read': ROLES,
  /** Suggested needs: organizations. */
  'needs.suggest': ['organization_admin', 'organization_member'] as readonly Role[],
  /** Claiming needs and following one's own claims: organizations (admin or member) and caring individuals. */
  'claims.make': ['organization_admin', 'organization_member', 'caring_individual'] as readonly Role[],
  /** Reading claims: the claimant's side, or liaisons and officials for needs in scope. */
  'claims.read': ROLES,
  /** Proposing, editing, withdrawing and ending an organization's own pairings: its admin and members. */
  'pairings.make': ORGANIZATION_ROLES,
  /** Confirming, returning and ending pairings whose places are in scope: officials. */
  'pairings.review': OFFICIALS,
  /** Reading pairings: the organizations in them, and officials and liaisons for places in scope. */
  'pairings.read': [...OFFICIALS, 'liaison', ...ORGANIZATION_ROLES] as readonly Role[],
  /** Coverage of programs' key areas by pairings, and its export: officials. */
  'coverage.read': OFFICIALS,
  /** Creating and moving an organization's own projects: its admin and members. */
  'projects.make': ORGANIZATION_ROLES,
  /** Signing (or returning) projects placed in scope and recording follow-up notes: officials and liaisons. */
  'projects.track': [...OFFICIALS, 'liaison'] as readonly Role[],
  /** The landing checklist, closing completed projects and the landing grace period: officials. */
  'projects.review': OFFICIALS,
  /** Reading projects: the organization's own, and officials and liaisons for places in scope. */
  'projects.read': [...OFFICIALS, 'liaison', ...ORGANIZATION_ROLES] as readonly Role[],
  /** Annual work plans: the organization writes and submits its own. */
  'work-plans.write': ORGANIZATION_ROLES,
  /** Reading work plans: the organization's own, and officials' for organizations in scope (submitted ones). */
  'work-plans.read': [...OFFICIALS, ...ORGANIZATION_ROLES] as readonly Role[],
  /** Creating, editing, closing matching fairs and rural tours, and seeing their sign-ups and dashboards: officials. */
  'fairs.manage': OFFICIALS,
  /** Reading fairs (and the needs and key areas of their regions): officials, liaisons and organizations. */
  'fairs.read': [...OFFICIALS, 'liaison', ...ORGANIZATION_ROLES] as readonly Role[],
  /** Signing an organization up for a fair, or withdrawing: its admin and members. */
  'fairs.join': ORGANIZATION_ROLES,
  /** Writing aid records (and reversing, correcting, adding evidence to) one's own: organizations and caring individuals. */
  'ledger.write': [...ORGANIZATION_ROLES, 'caring_individual'] as readonly Role[],
  /** Reading the ledger: the giver's own records; liaisons and officials for places in scope. Exports too. */
  'ledger.read': [...OFFICIALS, 'liaison', ...ORGANIZATION_ROLES, 'caring_individual'] as readonly Role[],
  /** Confirming receipt of aid, or disputing a record, for places in scope: liaisons. */
  'ledger.confirm': ['liaison'] as readonly Role[],
  /** Importing aid records from Excel: organizations (their own) and officials (organizations' records in scope). */
  'ledger.import': [...OFFICIALS, ...ORGANIZATION_ROLES] as readonly Role[],
  /** Households helped by several givers for the same field: liaisons and officials in scope. */
  'ledger.duplications': [...OFFICIALS, 'liaison'] as readonly Role[],
  /** Statistics of the ledger: officials and liaisons in scope; organizations for their own records. */
  'statistics.read': [...OFFICIALS, 'liaison', ...ORGANIZATION_ROLES] as readonly Role[],
} as const satisfies Record<string, 'anyone' | readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function rolesFor(permission: Permission): readonly Role[] | 'anyone' {
  return PERMISSIONS[permission];
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

/** The permission an /api route declares; a route without one is a programming error that stops the start. */
export function declaredPermission(route: { method: string | string[]; url: string; config?: { permission?: unknown } }): Permission | undefined {
  if (!route.url.startsWith('/api/')) return undefined;
  const permission = route.config?.permission;
  if (!isPermission(permission)) throw new Error(`route ${String(route.method)} ${route.url} declares no permission`);
  return permission;
}

/** Throws 401/403 unless the actor holds the permission. */
export function authorize(actor: Actor | null, permission: Permission): void {
  const allowed = PERMISSIONS[permission];
  if (allowed === 'anyone') return;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (!allowed.includes(actor.role)) throw new AppError('FORBIDDEN');
  if (actor.mustChangePassword && permission !== 'self') throw new AppError('PASSWORD_CHANGE_REQUIRED');
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/** The region subtree an actor governs: null means the whole country; throws for roles without a region. */
export function regionScope(actor: Actor): string | null {
  if (!REGION_ROLES.includes(actor.role)) throw new AppError('FORBIDDEN');
  return actor.scopeRegionCode;
}

export function isRegionInScope(actor: Actor, code: string | null): boolean {
  if (!REGION_ROLES.includes(actor.role)) return false;
  const scope = actor.scopeRegionCode;
  if (scope === null) return true;
  return code !== null && code.startsWith(scope);
}

export function assertRegionInScope(actor: Actor, code: string | null): void {
  if (!isRegionInScope(actor, code)) throw new AppError('OUT_OF_SCOPE');
}

/**
 * SQL condition: `column` lies in the actor's region subtree. Region codes are prefix-hierarchical
 * (2/4/6/9/12 digits), and code columns use the "C" collation, so the prefix LIKE uses the btree index.
 */
export function regionScopeWhere(column: string, actor: Actor): Expression<SqlBool> {
  const scope = regionScope(actor);
  if (scope === null) return sql<SqlBool>`true`;
  return sql<SqlBool>`${sql.ref(column)} like ${`${scope}%`}`;
}

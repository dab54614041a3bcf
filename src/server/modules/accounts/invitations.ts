// One-time invitation links, whoever sends them (admins and officials for staff, an organization's administrator
// for its members): only the token's hash is stored, so the link can be shown once and never read back.
import type { Transaction } from 'kysely';
import type { DepartmentKind } from '../../../common/glossary.ts';
import type { DB, InvitationsTable } from '../../db/types.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { hashToken, newToken } from '../../platform/tokens.ts';

export const INVITATION_DAYS = 7;

export interface NewInvitation {
  role: InvitationsTable['role'];
  displayName: string;
  departmentKind?: DepartmentKind | null;
  scopeRegionCode?: string | null;
  organizationId?: number | null;
  /** The region the audit row is filed under, so officials there can see who was invited. */
  auditRegionCode: string | null;
}

/** Inserts the invitation with its audit row, inside the caller's transaction; returns the row and the one-time link. */
export async function createInvitationRow(trx: Transaction<DB>, ctx: RequestContext, actor: Actor, input: NewInvitation) {
  const token = newToken();
  const row = await trx
    .insertInto('invitations')
    .values({
      token_hash: hashToken(token),
      role: input.role,
      department_kind: input.departmentKind ?? null,
      scope_region_code: input.scopeRegionCode ?? null,
      organization_id: input.organizationId ?? null,
      display_name: input.displayName,
      invited_by: actor.accountId,
      expires_at: new Date(Date.now() + INVITATION_DAYS * 86400_000),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, ctx, {
    action: 'create',
    entityType: 'invitation',
    entityId: row.id,
    regionCode: input.auditRegionCode,
    organizationId: input.organizationId ?? null,
    after: row,
  });
  return { row, token, link: `/invite#${token}` };
}

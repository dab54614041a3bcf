// One organization: reading it (its own people, officials in scope) and its edits by its administrator. A pending or
// returned organization edits anything; an approved one's name, credit code and form wait for review as a change.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { auditRow, columnsOf } from './columns.ts';
import { recordReview } from './history.ts';
import * as q from './queries.ts';
import { creditCodeTakenError } from './register.ts';
import type { Organization, UpdateOrganizationBody } from './schemas.ts';
import { currentProfile, toOrganization } from './views.ts';
import { codeProblems, KEY_DATA, normalise, profileProblems, type KeyData, type Profile } from './validate.ts';

export async function getOrganization(db: Kysely<DB>, actor: Actor, id: number): Promise<Organization> {
  const row = await q.visibleOrganization(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toOrganization(db, actor, row);
}

/** The organization's own administrator, or 404: another organization's record is not theirs to know about. */
export function assertOwn(actor: Actor, id: number): void {
  if (actor.role !== 'organization_admin' || actor.organizationId !== id) throw new AppError('NOT_FOUND');
}

/** The fields a cross-field rule's message is about, and the fields whose edit should bring it up. */
const RULE_INPUTS: Record<string, string[]> = {
  registrationRegionCode: ['registrationLevel', 'registrationRegionCode'],
  hasPublicFundraising: ['hasPublicFundraising', 'isCharity'],
  grade: ['grade', 'gradeYear'],
  gradeYear: ['grade', 'gradeYear'],
};

/** Problems of the merged profile that this edit touches (an imported record's old gaps do not block other edits). */
function editProblems(merged: Profile, patch: Partial<Profile>): FieldError[] {
  const touched = new Set(Object.keys(patch));
  return profileProblems(merged).filter((p) => (RULE_INPUTS[p.field] ?? [p.field]).some((f) => touched.has(f)));
}

export async function updateOrganization(
  db: Kysely<DB>,
  ctx: RequestContext,
  actor: Actor,
  id: number,
  body: UpdateOrganizationBody,
): Promise<Organization> {
  assertOwn(actor, id);
  const patch = normalise(body);
  return db.transaction().execute(async (trx) => {
    const row = await q.organizationById(trx, id, true);
    if (!row) throw new AppError('NOT_FOUND');
    const current = await currentProfile(trx, row);
    const merged: Profile = { ...current, ...patch };
    const problems = [
      ...editProblems(merged, patch),
      ...(await codeProblems(trx, {
        registrationRegionCode: patch.registrationRegionCode ?? null,
        serviceRegions: patch.serviceRegions ?? [],
        fields: patch.fields ?? [],
      })),
    ];
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });

    // Key data that actually changes; for an approved organization it waits for review.
    const keyChanges: KeyData = {};
    for (const key of KEY_DATA) {
      if (patch[key] !== undefined && patch[key] !== current[key]) Object.assign(keyChanges, { [key]: patch[key] });
    }
    const reviewed = row.status === 'approved' && Object.keys(keyChanges).length > 0;
    if (keyChanges.creditCode !== undefined && (await q.creditCodeTaken(trx, keyChanges.creditCode, id))) throw creditCodeTakenError();
    if (reviewed && (await q.pendingChange(trx, id, true))) throw new AppError('CHANGE_PENDING');

    const immediate: Partial<Profile> = { ...patch };
    if (row.status === 'approved') for (const key of KEY_DATA) delete immediate[key];
    const set = columnsOf(immediate);
    let after = row;
    if (Object.keys(set).length > 0 || immediate.fields || immediate.serviceRegions) {
      after = await trx
        .updateTable('organizations')
        .set({ ...set, updated_at: new Date() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (immediate.fields) await q.replaceFields(trx, id, immediate.fields);
      if (immediate.serviceRegions) await q.replaceServiceRegions(trx, id, immediate.serviceRegions);
      const now = await currentProfile(trx, after);
      await recordAudit(trx, ctx, {
        action: 'update',
        entityType: 'organization',
        entityId: id,
        regionCode: after.registration_region_code,
        organizationId: id,
        before: auditRow(row, current.fields, current.serviceRegions),
        after: auditRow(after, now.fields, now.serviceRegions),
      });
    }
    if (reviewed) {
      const change = await trx
        .insertInto('organization_changes')
        .values({ organization_id: id, proposed: JSON.stringify(keyChanges), created_by: actor.accountId })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordReview(trx, ctx, {
        organizationId: id,
        action: 'change_submit',
        snapshot: { ...(await currentProfile(trx, after)), proposed: keyChanges },
      });
      await recordAudit(trx, ctx, {
        action: 'create',
        entityType: 'organization_change',
        entityId: change.id,
        regionCode: after.registration_region_code,
        organizationId: id,
        after: change,
      });
    }
    return toOrganization(trx, actor, after);
  });
}

// Organizations signing up for a fair (and withdrawing), and the organizers' list of who signed up. The fair row is
// locked while a sign-up is written, so a sign-up and a cancellation or closing cannot cross: whichever comes second
// sees the other's result.
import type { Kysely } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { AppError, fieldError } from '../../errors.ts';
import type { Actor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { RequestContext } from '../../platform/context.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import { iso } from '../../platform/sql.ts';
import { notify } from '../notifications/notify.ts';
import * as q from './queries.ts';
import type { FairDetail, SignupBody, SignupPage } from './schemas.ts';
import { isOfficial } from './scope.ts';
import { fairNotFound, fairStateError, getFair } from './service.ts';
import { signupLastDay } from './views.ts';

const DEFAULT_LIMIT = 50;

function organizationIdOf(actor: Actor): number {
  if (actor.organizationId === null) throw new AppError('FORBIDDEN');
  return actor.organizationId;
}

export async function signUp(db: Kysely<DB>, ctx: RequestContext, actor: Actor, fairId: number, body: SignupBody): Promise<FairDetail> {
  const organizationId = organizationIdOf(actor);
  const today = chinaToday();
  await db.transaction().execute(async (trx) => {
    if (!(await q.visibleFair(trx, actor, fairId))) throw fairNotFound();
    const organization = await q.organizationOf(trx, organizationId);
    if (!organization || organization.status !== 'approved') {
      throw new AppError('ORGANIZATION_NOT_APPROVED', { message: '组织通过审核后才能报名' });
    }
    const fair = await q.lockFair(trx, fairId);
    if (!fair) throw fairNotFound();
    if (fair.status !== 'open') throw fairStateError(fair.status, '报名');
    const lastDay = signupLastDay(fair);
    if (lastDay < today) {
      const message = `报名已于 ${lastDay} 截止`;
      throw new AppError('VALIDATION_FAILED', {
        message,
        fields: [{ field: 'signupDeadline', message: `报名截止日期：${message}（今天是 ${today}）` }],
      });
    }
    const note = body.note?.trim() || null;
    const before = await q.signupOf(trx, fairId, organizationId);
    // Signing up again only updates what the organization brings; nobody is told twice.
    if (before?.status === 'signed_up' && before.note === note) return;
    const after = await trx
      .insertInto('fair_signups')
      .values({ fair_id: fairId, organization_id: organizationId, note, created_by: actor.accountId })
      .onConflict((oc) =>
        oc.columns(['fair_id', 'organization_id']).doUpdateSet({ status: 'signed_up', note, updated_at: new Date() }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    const renewed = before?.status === 'signed_up';
    if (!renewed && fair.created_by !== null) {
      await notify(trx, [fair.created_by], {
        kind: 'fair_signup',
        title: '新的活动报名',
        body: `${organization.name}报名参加“${fair.name}”${note ? `：${note}` : ''}`,
        link: `/fairs/${fairId}`,
        entityType: 'fair',
        entityId: fairId,
      });
    }
    await recordAudit(trx, ctx, {
      action: renewed ? 'fair.signup_update' : 'fair.signup',
      entityType: 'fair',
      entityId: fairId,
      regionCode: fair.region_code,
      organizationId,
      before: before ?? null,
      after,
    });
  });
  return getFair(db, actor, fairId);
}

export async function withdrawSignup(db: Kysely<DB>, ctx: RequestContext, actor: Actor, fairId: number): Promise<FairDetail> {
  const organizationId = organizationIdOf(actor);
  await db.transaction().execute(async (trx) => {
    if (!(await q.visibleFair(trx, actor, fairId))) throw fairNotFound();
    const fair = await q.lockFair(trx, fairId);
    if (!fair) throw fairNotFound();
    if (fair.status !== 'open') throw fairStateError(fair.status, '退出报名');
    const before = await q.signupOf(trx, fairId, organizationId);
    if (before?.status !== 'signed_up') {
      throw new AppError('FAIR_STATE', { message: '本组织没有报名这次活动（或已退出报名）' });
    }
    const after = await trx
      .updateTable('fair_signups')
      .set({ status: 'withdrawn', updated_at: new Date() })
      .where('fair_id', '=', fairId)
      .where('organization_id', '=', organizationId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'fair.signup_withdraw',
      entityType: 'fair',
      entityId: fairId,
      regionCode: fair.region_code,
      organizationId,
      before,
      after,
    });
  });
  return getFair(db, actor, fairId);
}

function signupCursor(cursor: string | undefined): number | undefined {
  const values = decodeCursor(cursor, ['number']);
  if (!values) return undefined;
  const id = values[0] as number;
  if (!Number.isSafeInteger(id)) throw fieldError('cursor', '翻页游标无效，请从第一页重新加载');
  return id;
}

/** Who signed up, for the officials who see the fair (the organizer's and those of its regions). */
export async function listSignups(
  db: Kysely<DB>,
  actor: Actor,
  fairId: number,
  query: { limit?: number | undefined; cursor?: string | undefined },
): Promise<SignupPage> {
  const fair = isOfficial(actor) ? await q.visibleFair(db, actor, fairId) : undefined;
  if (!fair) throw fairNotFound();
  const limit = query.limit ?? DEFAULT_LIMIT;
  const rows = await q.listSignups(db, fair, signupCursor(query.cursor), limit);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      organization: { id: r.organization_id, name: r.name, form: r.form },
      note: r.note,
      isCounterpart: r.is_counterpart,
      createdAt: iso(r.created_at),
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.organization_id]) : null,
  };
}

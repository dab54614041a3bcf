// The claim sweep, run every 10 minutes and once shortly after the start: (1) claims without progress past their
// lapse time lapse and give their quantity back to the need, so needs are not parked; (2) open needs nobody claimed
// expire after their deadline; (3) needs close to their deadline are announced once to their managers and once to
// each live claim's claimant. Each unit (a claim, a need) is its own small transaction, so a failure leaves the rest
// done, a second run finds nothing left to do, and PGlite's one connection is never held for long.
import { sql, type Kysely, type Transaction } from 'kysely';
import { addDays, chinaToday } from '../../../common/glossary.ts';
import { LIVE_CLAIM_STATUSES } from '../../../common/needs.ts';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/types.ts';
import { recordAudit } from '../../platform/audit.ts';
import { SYSTEM_CONTEXT } from '../../platform/context.ts';
import { scheduleSweep, yieldToOthers } from '../../platform/sweeps.ts';
import { sendOutside, type MessageChannel } from '../notifications/channel.ts';
import { notify, type NewNotification } from '../notifications/notify.ts';
import * as q from './queries.ts';
import { CARING_PUBLIC_NAME, quantityText } from './views.ts';

/** How many days ahead a deadline is announced. */
export const DEADLINE_NOTICE_DAYS = 3;
const BATCH = 100;
const DEADLINE_NOTICE = 'need.deadline_notice';

export interface SweepOptions {
  /** SMS / WeChat for the lapse notices; absent: in-platform only. */
  channel?: MessageChannel | undefined;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void } | undefined;
}

export interface SweepResult {
  lapsed: number;
  expired: number;
  deadlineNotices: number;
}

/**
 * Runs one unit; a unit that fails is logged and skipped (the next sweep tries it again) so one bad row cannot stop
 * the others. Without a log the error is thrown: tests see it.
 */
async function unit(options: SweepOptions, what: object, run: () => Promise<boolean>): Promise<boolean> {
  try {
    const done = await run();
    await yieldToOthers();
    return done;
  } catch (err) {
    if (!options.log) throw err;
    options.log.error({ err, ...what }, 'claim sweep unit failed');
    return false;
  }
}

// ---- (1) lapses ----

async function lapseClaim(db: Kysely<DB>, id: number, now: Date, options: SweepOptions): Promise<boolean> {
  const outside: { to: number[]; notice: NewNotification }[] = [];
  const done = await db.transaction().execute(async (trx) => {
    // Checked again under the lock: progress reported since the batch was read keeps the claim alive.
    const claim = await q.lockClaim(trx, id);
    if (!claim || !(LIVE_CLAIM_STATUSES as readonly string[]).includes(claim.status) || claim.lapse_at > now) return false;
    const need = await q.findNeed(trx, claim.need_id);
    if (!need) return false;
    const reason = '长期没有进展，认领已自动失效，认领的数量已退回需求';
    const after = await q.updateClaim(trx, claim.id, { status: 'lapsed', status_reason: reason });
    const moved = await q.moveQuantities(trx, need.id, {
      claimed: -claim.quantity,
      confirmed: claim.status === 'confirmed' ? -claim.quantity : 0,
    });
    await q.addEvent(trx, claim.id, 'lapsed', null, null);
    const org = claim.organization_id === null ? undefined : await q.organizationOf(trx, claim.organization_id);
    const what = `对“${need.title}”的认领（${quantityText(need, claim.quantity)}）`;
    const toClaimant: NewNotification = {
      kind: 'claim_lapsed',
      title: '认领已失效',
      body: `您${what}长期没有进展，已自动失效，认领的数量已退回需求。如仍要帮扶，请重新认领`,
      link: `/claims/${claim.id}`,
      entityType: 'claim',
      entityId: claim.id,
    };
    const toManagers: NewNotification = {
      kind: 'claim_lapsed',
      title: '认领已失效',
      body: `${org?.name ?? CARING_PUBLIC_NAME}${what}长期没有进展，已自动失效，数量已退回需求`,
      link: `/needs/${need.id}`,
      entityType: 'claim',
      entityId: claim.id,
    };
    const claimants = await q.claimantAccounts(trx, claim);
    const managers = await q.needManagers(trx, need);
    await notify(trx, claimants, toClaimant);
    await notify(trx, managers, toManagers);
    outside.push({ to: claimants, notice: toClaimant }, { to: managers, notice: toManagers });
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'claim.lapse',
      entityType: 'claim',
      entityId: claim.id,
      regionCode: need.region_code,
      organizationId: claim.organization_id,
      before: { status: claim.status, lapse_at: claim.lapse_at },
      after: { status: after.status, need_claimed_quantity: moved.claimed_quantity, need_status: moved.status },
    });
    return true;
  });
  for (const o of outside) {
    await sendOutside(options.channel, o.to, { kind: o.notice.kind, title: o.notice.title, body: o.notice.body }, options.log);
  }
  return done;
}

async function lapseClaims(db: Kysely<DB>, now: Date, options: SweepOptions): Promise<number> {
  let count = 0;
  let afterId = 0;
  for (;;) {
    const ids = await db
      .selectFrom('claims')
      .select('id')
      .where('status', 'in', LIVE_CLAIM_STATUSES)
      .where('lapse_at', '<=', now)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const { id } of ids) {
      if (await unit(options, { claimId: id }, () => lapseClaim(db, id, now, options))) count += 1;
    }
    if (ids.length < BATCH) return count;
    afterId = ids.at(-1)!.id;
  }
}

// ---- (2) expiry ----

async function expireNeed(db: Kysely<DB>, id: number, today: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('needs')
      .set({ status: 'expired', updated_at: sql`now()` })
      .where('id', '=', id)
      .where('status', '=', 'published')
      .where('claimed_quantity', '=', 0)
      .where('deadline', '<', today)
      .returning(['id', 'region_code', 'deadline'])
      .executeTakeFirst();
    if (!row) return false;
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'need.expire',
      entityType: 'need',
      entityId: row.id,
      regionCode: row.region_code,
      before: { status: 'published' },
      after: { status: 'expired' },
      detail: { deadline: row.deadline },
    });
    return true;
  });
}

async function expireNeeds(db: Kysely<DB>, today: string, options: SweepOptions): Promise<number> {
  let count = 0;
  let afterId = 0;
  for (;;) {
    const ids = await db
      .selectFrom('needs')
      .select('id')
      .where('status', '=', 'published')
      .where('claimed_quantity', '=', 0)
      .where('deadline', '<', today)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const { id } of ids) {
      if (await unit(options, { needId: id }, () => expireNeed(db, id, today))) count += 1;
    }
    if (ids.length < BATCH) return count;
    afterId = ids.at(-1)!.id;
  }
}

// ---- (3) approaching deadlines ----

function managersNoticed(db: Kysely<DB> | Transaction<DB>, needId: number) {
  // The audit row of the notice is its marker (audit_log_entity_idx): announced once, whoever the managers are then.
  return db
    .selectFrom('audit_log')
    .select('id')
    .where('entity_type', '=', 'need')
    .where('entity_id', '=', String(needId))
    .where('action', '=', DEADLINE_NOTICE)
    .limit(1)
    .executeTakeFirst();
}

async function announceDeadline(db: Kysely<DB>, id: number, now: Date, today: string, until: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // Claims before their need, the order every claim change locks in, so the sweep and a request never deadlock.
    const claims = await trx
      .selectFrom('claims')
      .selectAll()
      .where('need_id', '=', id)
      .where('status', 'in', LIVE_CLAIM_STATUSES)
      .where('deadline_notified_at', 'is', null)
      .orderBy('id')
      .forUpdate()
      .execute();
    const need = await trx
      .selectFrom('needs')
      .select(['id', 'region_code', 'title', 'deadline', 'status', 'created_by'])
      .where('id', '=', id)
      .where('status', 'in', ['published', 'partly_claimed', 'claimed'])
      .where('deadline', '>=', today)
      .where('deadline', '<=', until)
      .forUpdate()
      .executeTakeFirst();
    if (!need) return 0;
    let sent = 0;
    if (!(await managersNoticed(trx, need.id))) {
      const managers = await q.needManagers(trx, need);
      await notify(trx, managers, {
        kind: 'need_deadline',
        title: '需求即将截止',
        body: `“${need.title}”将于 ${need.deadline} 截止，请关注认领和对接情况`,
        link: `/needs/${need.id}`,
        entityType: 'need',
        entityId: need.id,
      });
      await recordAudit(trx, SYSTEM_CONTEXT, {
        action: DEADLINE_NOTICE,
        entityType: 'need',
        entityId: need.id,
        regionCode: need.region_code,
        detail: { deadline: need.deadline, recipients: managers.length },
      });
      sent += managers.length;
    }
    for (const claim of claims) {
      const claimants = await q.claimantAccounts(trx, claim);
      await notify(trx, claimants, {
        kind: 'need_deadline',
        title: '认领的需求即将截止',
        body: `您认领的“${need.title}”将于 ${need.deadline} 截止，请抓紧落实；已有进展请及时报告`,
        link: `/claims/${claim.id}`,
        entityType: 'claim',
        entityId: claim.id,
      });
      await q.updateClaim(trx, claim.id, { deadline_notified_at: now });
      sent += claimants.length;
    }
    return sent;
  });
}

async function announceDeadlines(db: Kysely<DB>, now: Date, today: string, options: SweepOptions): Promise<number> {
  const until = addDays(today, DEADLINE_NOTICE_DAYS);
  let count = 0;
  let afterId = 0;
  for (;;) {
    // Only the needs with someone still to tell: the scan stays small however often the sweep runs.
    const ids = await db
      .selectFrom('needs as n')
      .select('n.id')
      .where('n.status', 'in', ['published', 'partly_claimed', 'claimed'])
      .where('n.deadline', '>=', today)
      .where('n.deadline', '<=', until)
      .where('n.id', '>', afterId)
      .where((eb) =>
        eb.or([
          eb.not(
            eb.exists(
              eb
                .selectFrom('audit_log as a')
                .select('a.id')
                .where('a.entity_type', '=', 'need')
                .whereRef('a.entity_id', '=', sql<string>`n.id::text`)
                .where('a.action', '=', DEADLINE_NOTICE),
            ),
          ),
          eb.exists(
            eb
              .selectFrom('claims as c')
              .select('c.id')
              .whereRef('c.need_id', '=', 'n.id')
              .where('c.status', 'in', LIVE_CLAIM_STATUSES)
              .where('c.deadline_notified_at', 'is', null),
          ),
        ]),
      )
      .orderBy('n.id')
      .limit(BATCH)
      .execute();
    for (const { id } of ids) {
      count += (await unit(options, { needId: id }, async () => (await announceDeadline(db, id, now, today, until)) > 0)) ? 1 : 0;
    }
    if (ids.length < BATCH) return count;
    afterId = ids.at(-1)!.id;
  }
}

/** One sweep at `now` (tests pass a time in the future). Idempotent: a second run at the same time does nothing. */
export async function runClaimSweep(
  db: Kysely<DB>,
  config: Pick<Config, 'claimLapseDays'>,
  now: Date = new Date(),
  options: SweepOptions = {},
): Promise<SweepResult> {
  // Lapse times were fixed (the department's setting, else config.claimLapseDays) when the claim was made, confirmed
  // or progressed; the sweep only compares them with `now`.
  void config;
  const today = chinaToday(now);
  const lapsed = await lapseClaims(db, now, options);
  const expired = await expireNeeds(db, today, options);
  const deadlineNotices = await announceDeadlines(db, now, today, options);
  return { lapsed, expired, deadlineNotices };
}

export const SWEEP_EVERY_MS = 10 * 60_000;
const FIRST_SWEEP_AFTER_MS = 15_000;

/** Runs the sweep shortly after the start and then every 10 minutes (platform/sweeps.ts). */
export function scheduleClaimSweep(
  db: Kysely<DB>,
  config: Pick<Config, 'claimLapseDays'>,
  options: SweepOptions & { log: NonNullable<SweepOptions['log']> & { info(obj: object, msg: string): void } },
): () => Promise<void> {
  return scheduleSweep(() => runClaimSweep(db, config, new Date(), options), {
    name: 'claim sweep',
    firstAfterMs: FIRST_SWEEP_AFTER_MS,
    everyMs: SWEEP_EVERY_MS,
    worthLogging: (result) => result.lapsed + result.expired + result.deadlineNotices > 0,
    log: options.log,
  });
}

// The landing sweep, run every 10 minutes and once shortly after the start: a signed project still not landed after
// its landing due date is announced once — an 'overdue' event, and a notice to the organization and to the officials
// of its places — and marked with overdue_notified_at so the next sweep leaves it alone. The checklist shows overdue
// projects from the due date itself; the sweep only tells people. Each project is its own small transaction.
import type { Kysely } from 'kysely';
import { chinaToday, commonRegion } from '../../../common/glossary.ts';
import type { DB } from '../../db/types.ts';
import { recordAudit } from '../../platform/audit.ts';
import { SYSTEM_CONTEXT } from '../../platform/context.ts';
import { scheduleSweep, yieldToOthers } from '../../platform/sweeps.ts';
import { notify, officialsOf, organizationAccounts, type NewNotification } from '../notifications/notify.ts';
import { daysBetween } from './landing.ts';
import { placesOf } from './side.ts';

const BATCH = 100;

export interface LandingSweepOptions {
  log?: { error(obj: object, msg: string): void } | undefined;
}

export interface LandingSweepResult {
  overdue: number;
}

async function announce(db: Kysely<DB>, id: number, now: Date, today: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    // Checked again under the lock: a landing recorded since the batch was read is not overdue.
    const project = await trx
      .selectFrom('projects')
      .select(['id', 'name', 'organization_id', 'status', 'landing_due', 'overdue_notified_at'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (
      project?.status !== 'signed' ||
      project.landing_due === null ||
      project.landing_due >= today ||
      project.overdue_notified_at !== null
    ) {
      return false;
    }
    const days = daysBetween(project.landing_due, today);
    const places = await placesOf(trx, id);
    const officials = new Set<number>();
    for (const place of places) for (const account of await officialsOf(trx, place)) officials.add(account);
    const notice: NewNotification = {
      kind: 'project_overdue',
      title: '项目逾期未落地',
      body: `项目「${project.name}」已逾期 ${days} 天未落地（落地期限 ${project.landing_due}）`,
      link: `/projects/${id}`,
      entityType: 'project',
      entityId: id,
    };
    await notify(trx, [...(await organizationAccounts(trx, project.organization_id)), ...officials], notice);
    await trx.updateTable('projects').set({ overdue_notified_at: now }).where('id', '=', id).execute();
    await trx
      .insertInto('project_events')
      .values({
        project_id: id,
        action: 'overdue',
        from_status: null,
        to_status: null,
        note: `逾期 ${days} 天未落地（落地期限 ${project.landing_due}）`,
        actor_account_id: null,
      })
      .execute();
    await recordAudit(trx, SYSTEM_CONTEXT, {
      action: 'project.overdue',
      entityType: 'project',
      entityId: id,
      regionCode: commonRegion(places),
      organizationId: project.organization_id,
      detail: { landingDue: project.landing_due, days },
    });
    return true;
  });
}

/** One sweep at `now` (tests pass a time in the future). Idempotent: a second run finds nothing left to announce. */
export async function runLandingSweep(
  db: Kysely<DB>,
  now: Date = new Date(),
  options: LandingSweepOptions = {},
): Promise<LandingSweepResult> {
  const today = chinaToday(now);
  let overdue = 0;
  let afterId = 0;
  for (;;) {
    const ids = await db
      .selectFrom('projects')
      .select('id')
      .where('status', '=', 'signed')
      .where('landing_due', '<', today)
      .where('overdue_notified_at', 'is', null)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const { id } of ids) {
      try {
        if (await announce(db, id, now, today)) overdue += 1;
      } catch (err) {
        // One bad row must not stop the others; the next sweep tries it again. Without a log, tests see the error.
        if (!options.log) throw err;
        options.log.error({ err, projectId: id }, 'landing sweep unit failed');
      }
      await yieldToOthers();
    }
    if (ids.length < BATCH) return { overdue };
    afterId = ids.at(-1)!.id;
  }
}

export const LANDING_SWEEP_EVERY_MS = 10 * 60_000;
const FIRST_SWEEP_AFTER_MS = 20_000;

/** Runs the sweep shortly after the start and then every 10 minutes (platform/sweeps.ts). */
export function scheduleLandingSweep(
  db: Kysely<DB>,
  options: { log: { error(obj: object, msg: string): void; info(obj: object, msg: string): void } },
): () => Promise<void> {
  return scheduleSweep(() => runLandingSweep(db, new Date(), options), {
    name: 'landing sweep',
    firstAfterMs: FIRST_SWEEP_AFTER_MS,
    everyMs: LANDING_SWEEP_EVERY_MS,
    worthLogging: (result) => result.overdue > 0,
    log: options.log,
  });
}

// Checklist management (清单式管理): every signed project with a place in the official's region, with its landing
// state. Projects not landed are listed by landing due date (the most urgent first, projects_landing_due_idx); the
// others newest first. The totals count the whole filtered set in every landing state, so the tabs show their counts
// whichever one is open. The export job reads the same pages.
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { chinaToday } from '../../../common/glossary.ts';
import { LANDED_PROJECT_STATUSES, SIGNED_PROJECT_STATUSES } from '../../../common/projects.ts';
import type { DB } from '../../db/types.ts';
import { regionScope, type Actor } from '../../platform/access.ts';
import { decodeCursor, encodeCursor } from '../../platform/http.ts';
import type { ChecklistItem, ChecklistPage, ChecklistQuery } from './schemas.ts';
import { projectSummaries } from './views.ts';

export type ChecklistState = NonNullable<ChecklistQuery['state']>;

export interface ChecklistFilters {
  state?: ChecklistState | undefined;
  region?: string | undefined;
  organizationId?: number | undefined;
  fairId?: number | undefined;
  programId?: number | undefined;
}

/** Where the checklist is read: the official's region (null: the whole country) and the day that decides overdue. */
export interface ChecklistView {
  scope: string | null;
  today: string;
}

type Where = ExpressionBuilder<DB, 'projects'>;

/** A place of the project lies under `region`. */
function placedUnder(eb: Where, region: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('project_places as pp')
      .select(sql<number>`1`.as('one'))
      .whereRef('pp.project_id', '=', 'projects.id')
      .where('pp.region_code', 'like', `${region}%`),
  );
}

function inState(eb: Where, state: ChecklistState, today: string): Expression<SqlBool> {
  switch (state) {
    case 'all':
      return eb('projects.status', 'in', SIGNED_PROJECT_STATUSES);
    case 'not_landed':
      return eb('projects.status', '=', 'signed');
    case 'overdue':
      return eb.and([eb('projects.status', '=', 'signed'), eb('projects.landing_due', '<', today)]);
    case 'landed':
      return eb('projects.status', 'in', LANDED_PROJECT_STATUSES);
  }
}

/** Signed and later projects in the view's scope matching the filters but the landing state. */
function filtered(db: Kysely<DB>, view: ChecklistView, f: ChecklistFilters) {
  const { scope } = view;
  return db
    .selectFrom('projects')
    .where('projects.status', 'in', SIGNED_PROJECT_STATUSES)
    .$if(scope !== null, (q) => q.where((eb) => placedUnder(eb, scope!)))
    .$if(f.region !== undefined, (q) => q.where((eb) => placedUnder(eb, f.region!)))
    .$if(f.organizationId !== undefined, (q) => q.where('projects.organization_id', '=', f.organizationId!))
    .$if(f.fairId !== undefined, (q) => q.where('projects.fair_id', '=', f.fairId!))
    .$if(f.programId !== undefined, (q) => q.where('projects.program_id', '=', f.programId!));
}

/** Not landed yet: the due date orders the list. */
function byDueDate(state: ChecklistState): boolean {
  return state === 'not_landed' || state === 'overdue';
}

type Cursor = { due: string | null; id: number };

function readCursor(state: ChecklistState, cursor: string | undefined): Cursor | undefined {
  if (byDueDate(state)) {
    const v = decodeCursor(cursor, ['string', 'number']);
    return v ? { due: v[0] === '' ? null : String(v[0]), id: Number(v[1]) } : undefined;
  }
  const v = decodeCursor(cursor, ['number']);
  return v ? { due: null, id: Number(v[0]) } : undefined;
}

function writeCursor(state: ChecklistState, row: { id: number; landing_due: string | null }): string {
  return byDueDate(state) ? encodeCursor([row.landing_due ?? '', row.id]) : encodeCursor([row.id]);
}

/** One page of rows (and whether more follow), in the order the state lists them. */
async function pageRows(
  db: Kysely<DB>,
  view: ChecklistView,
  f: ChecklistFilters,
  state: ChecklistState,
  after: Cursor | undefined,
  limit: number,
) {
  const dueOrder = byDueDate(state);
  const rows = await filtered(db, view, f)
    .where((eb) => inState(eb, state, view.today))
    .$if(after !== undefined && !dueOrder, (q) => q.where('projects.id', '<', after!.id))
    .$if(after !== undefined && dueOrder, (q) =>
      q.where((eb) => {
        const { due, id } = after!;
        // Ascending due dates put the (unexpected) projects without one last.
        if (due === null) return eb.and([eb('projects.landing_due', 'is', null), eb('projects.id', '>', id)]);
        return eb.or([
          eb('projects.landing_due', '>', due),
          eb.and([eb('projects.landing_due', '=', due), eb('projects.id', '>', id)]),
          eb('projects.landing_due', 'is', null),
        ]);
      }),
    )
    .selectAll('projects')
    .$if(dueOrder, (q) => q.orderBy('projects.landing_due', 'asc').orderBy('projects.id', 'asc'))
    .$if(!dueOrder, (q) => q.orderBy('projects.id', 'desc'))
    .limit(limit + 1)
    .execute();
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}

async function totalsOf(db: Kysely<DB>, view: ChecklistView, f: ChecklistFilters): Promise<ChecklistPage['totals']> {
  const row = await filtered(db, view, f)
    .select([
      sql<number>`count(*)`.as('signed'),
      sql<number>`count(*) filter (where projects.status = 'signed')`.as('not_landed'),
      sql<number>`count(*) filter (where projects.status = 'signed' and projects.landing_due < ${view.today})`.as(
        'overdue',
      ),
      sql<number>`count(*) filter (where projects.status in (${sql.join([...LANDED_PROJECT_STATUSES])}))`.as('landed'),
    ])
    .executeTakeFirstOrThrow();
  return {
    signed: Number(row.signed),
    notLanded: Number(row.not_landed),
    overdue: Number(row.overdue),
    landed: Number(row.landed),
  };
}

/** What the checklist shows beside a project's summary: evidence files and the latest follow-up note. */
async function trackingOf(db: Kysely<DB>, ids: number[]) {
  const evidence = new Map<number, number>();
  const followUps = new Map<number, ChecklistItem['lastFollowUp']>();
  if (ids.length === 0) return { evidence, followUps };
  const evidenceRows = await db
    .selectFrom('project_files')
    .select(['project_id', sql<number>`count(*)`.as('n')])
    .where('project_id', 'in', ids)
    .where('kind', '=', 'evidence')
    .groupBy('project_id')
    .execute();
  for (const r of evidenceRows) evidence.set(r.project_id, Number(r.n));
  const followRows = await db
    .selectFrom('project_events as e')
    .leftJoin('accounts as a', 'a.id', 'e.actor_account_id')
    .distinctOn('e.project_id')
    .select(['e.project_id', 'e.note', 'e.created_at', 'a.display_name'])
    .where('e.project_id', 'in', ids)
    .where('e.action', '=', 'follow_up')
    .orderBy('e.project_id')
    .orderBy('e.id', 'desc')
    .execute();
  for (const r of followRows) {
    followUps.set(r.project_id, {
      note: r.note ?? '',
      actorName: r.display_name,
      createdAt: r.created_at.toISOString(),
    });
  }
  return { evidence, followUps };
}

/** One page of the checklist as `view` sees it, and the cursor of the next. */
export async function checklistPage(
  db: Kysely<DB>,
  view: ChecklistView,
  filters: ChecklistFilters,
  page: { cursor?: string | undefined; limit: number },
): Promise<{ items: ChecklistItem[]; nextCursor: string | null }> {
  const state = filters.state ?? 'all';
  const { rows, more } = await pageRows(db, view, filters, state, readCursor(state, page.cursor), page.limit);
  // The list's summary of each project (places, organization, overdue, counterpart), so both lists say the same.
  const summaries = await projectSummaries(db, rows, view.today);
  const tracking = await trackingOf(
    db,
    rows.map((r) => r.id),
  );
  const items = summaries.map((summary, i) => ({
    ...summary,
    signedWith: rows[i]!.signed_with,
    lastFollowUp: tracking.followUps.get(summary.id) ?? null,
    evidenceCount: tracking.evidence.get(summary.id) ?? 0,
  }));
  const last = rows.at(-1);
  return { items, nextCursor: more && last ? writeCursor(state, last) : null };
}

export async function listChecklist(db: Kysely<DB>, actor: Actor, query: ChecklistQuery): Promise<ChecklistPage> {
  const view: ChecklistView = { scope: regionScope(actor), today: chinaToday() };
  const { cursor, limit, ...filters } = query;
  const page = await checklistPage(db, view, filters, { cursor, limit: limit ?? 50 });
  return { ...page, totals: await totalsOf(db, view, filters) };
}

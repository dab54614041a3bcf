// Rows to the API's views: the list item, and the whole fair with what the caller may do with it now.
import { chinaToday } from '../../../common/glossary.ts';
import type { Actor } from '../../platform/access.ts';
import { iso } from '../../platform/sql.ts';
import { regionPaths } from '../regions/queries.ts';
import * as q from './queries.ts';
import type { FairDetail, FairSummary } from './schemas.ts';
import { isOfficial, isOrganizationSide, managesFair } from './scope.ts';

/** The last day sign-ups are taken: the deadline, or the fair's last day when it has none. */
export function signupLastDay(fair: Pick<q.FairRow, 'signup_deadline' | 'end_date'>): string {
  return fair.signup_deadline ?? fair.end_date;
}

function summaryOf(row: q.FairListRow, regions: string[], paths: Map<string, string>): FairSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    year: row.year,
    theme: row.theme,
    regions: regions.map((code) => ({ code, name: paths.get(code) ?? code })),
    startDate: row.start_date,
    endDate: row.end_date,
    signupDeadline: row.signup_deadline,
    status: row.status,
    signups: Number(row.signup_count ?? 0),
    signedUp: row.signed_up === true,
  };
}

export async function toSummaries(db: q.Executor, rows: q.FairListRow[]): Promise<FairSummary[]> {
  const regions = await q.regionsOf(
    db,
    rows.map((r) => r.id),
  );
  const paths = await regionPaths(db, [...regions.values()].flat());
  return rows.map((r) => summaryOf(r, regions.get(r.id) ?? [], paths));
}

/** Whether the caller's organization may sign up now (approved, fair open, the last day not past). */
async function maySignUp(db: q.Executor, actor: Actor, row: q.FairListRow, today: string): Promise<boolean> {
  if (!isOrganizationSide(actor) || actor.organizationId === null) return false;
  if (row.status !== 'open' || row.signed_up === true || signupLastDay(row) < today) return false;
  const organization = await q.organizationOf(db, actor.organizationId);
  return organization?.status === 'approved';
}

export async function toDetail(db: q.Executor, actor: Actor, row: q.FairListRow): Promise<FairDetail> {
  const regions = (await q.regionsOf(db, [row.id])).get(row.id) ?? [];
  const paths = await regionPaths(db, [...regions, row.region_code]);
  const program = row.program_id === null ? undefined : await q.programOf(db, row.program_id);
  const manager = managesFair(actor, row.region_code);
  const open = row.status === 'open';
  return {
    ...summaryOf(row, regions, paths),
    description: row.description,
    program: program ? { id: program.id, name: program.name } : null,
    organizer: { code: row.region_code, name: paths.get(row.region_code) ?? row.region_code },
    statusReason: row.status_reason,
    createdAt: iso(row.created_at),
    actions: {
      edit: manager && open,
      close: manager && open,
      cancel: manager && open,
      signUp: await maySignUp(db, actor, row, chinaToday()),
      withdrawSignup: isOrganizationSide(actor) && open && row.signed_up === true,
      dashboard: isOfficial(actor),
    },
  };
}

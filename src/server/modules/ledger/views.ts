// What a caller sees of aid records: the giver by name (a caring individual masked but for themselves and officials),
// the place's full name, the household's head by name for liaisons and officials and masked for givers, the project.
// One query per kind of name for a whole page, never one per row. Heads' names are not among the fields the
// households module treats as sensitive (its lists show them), so showing them here is not a logged read.
import type { Kysely } from 'kysely';
import { maskPersonName } from '../../../common/id-number.ts';
import type { AidRecordStanding } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import { iso } from '../../platform/sql.ts';
import { maskedHouseholds } from '../households/views.ts';
import { regionPaths } from '../regions/queries.ts';
import type { RecordRow } from './queries.ts';
import type { AidRecordView } from './schemas.ts';
import { seesCaringName, seesHouseholdNames, type Viewer } from './viewer.ts';

type Executor = Kysely<DB>;

/** Shown when a caring individual has no profile name (an account being set up). */
const CARING_FALLBACK = '爱心人士';

export function standingOf(r: Pick<RecordRow, 'reverses_id' | 'reversed_by_id'>): AidRecordStanding {
  if (r.reverses_id !== null) return 'reversal';
  return r.reversed_by_id !== null ? 'reversed' : 'standing';
}

function distinct(values: (number | null)[]): number[] {
  return [...new Set(values.filter((v): v is number => v !== null))];
}

/** The names of the givers of these records, as this viewer may see them: 'org:<id>' / 'caring:<account id>'. */
export async function giverNames(
  db: Executor,
  viewer: Viewer,
  rows: readonly Pick<RecordRow, 'organization_id' | 'caring_account_id'>[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const orgIds = distinct(rows.map((r) => r.organization_id));
  const caringIds = distinct(rows.map((r) => r.caring_account_id));
  if (orgIds.length > 0) {
    const orgs = await db.selectFrom('organizations').select(['id', 'name']).where('id', 'in', orgIds).execute();
    for (const o of orgs) out.set(`org:${o.id}`, o.name);
  }
  if (caringIds.length > 0) {
    const people = await db
      .selectFrom('accounts as a')
      .leftJoin('caring_individuals as c', 'c.account_id', 'a.id')
      .select(['a.id', 'c.real_name'])
      .where('a.id', 'in', caringIds)
      .execute();
    for (const p of people) {
      const name = p.real_name ?? CARING_FALLBACK;
      out.set(`caring:${p.id}`, seesCaringName(viewer, p.id) || p.real_name === null ? name : maskPersonName(name));
    }
  }
  return out;
}

export function giverKey(r: Pick<RecordRow, 'organization_id' | 'caring_account_id'>): string {
  return r.organization_id !== null ? `org:${r.organization_id}` : `caring:${r.caring_account_id}`;
}

/** Households' labels: the head's name for liaisons and officials, masked (张某) for givers. */
async function householdLabels(db: Executor, viewer: Viewer, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  if (!seesHouseholdNames(viewer)) {
    const masked = await maskedHouseholds(db, ids);
    return new Map([...masked].map(([id, h]) => [id, h.maskedName]));
  }
  const rows = await db.selectFrom('households').select(['id', 'head_name']).where('id', 'in', ids).execute();
  return new Map(rows.map((h) => [h.id, h.head_name]));
}

export async function recordViews(db: Executor, viewer: Viewer, rows: readonly RecordRow[]): Promise<AidRecordView[]> {
  if (rows.length === 0) return [];
  const projectIds = distinct(rows.map((r) => r.project_id));
  const [givers, paths, households, projects] = await Promise.all([
    giverNames(db, viewer, rows),
    regionPaths(db, rows.map((r) => r.region_code)),
    householdLabels(db, viewer, distinct(rows.map((r) => r.household_id))),
    projectIds.length === 0
      ? Promise.resolve([])
      : db.selectFrom('projects').select(['id', 'name']).where('id', 'in', projectIds).execute(),
  ]);
  const projectNames = new Map(projects.map((p) => [p.id, p.name]));
  return rows.map((r) => ({
    id: r.id,
    seq: r.seq,
    giver: {
      kind: r.organization_id !== null ? 'organization' : 'caring',
      organizationId: r.organization_id,
      name: givers.get(giverKey(r)) ?? CARING_FALLBACK,
      form: r.giver_form,
    },
    counterpart: r.counterpart,
    regionCode: r.region_code,
    regionName: paths.get(r.region_code) ?? r.region_code,
    household: r.household_id === null ? null : { id: r.household_id, label: households.get(r.household_id) ?? '' },
    needId: r.need_id,
    pairingId: r.pairing_id,
    projectId: r.project_id,
    projectName: r.project_id === null ? null : (projectNames.get(r.project_id) ?? null),
    programId: r.program_id,
    occurredOn: r.occurred_on,
    periodEnd: r.period_end,
    kind: r.kind,
    activityType: r.activity_type,
    keyFieldCode: r.key_field_code,
    amountFen: r.amount_fen,
    materialQuantity: r.material_quantity,
    purchaseChannel: r.purchase_channel,
    staffCount: r.staff_count,
    volunteerCount: r.volunteer_count,
    enterpriseCount: r.enterprise_count,
    beneficiaryCount: r.beneficiary_count,
    beneficiaryHouseholds: r.beneficiary_households,
    fundingSource: r.funding_source,
    summary: r.summary,
    externalRef: r.external_ref,
    standing: standingOf(r),
    confirmation: r.confirmation,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by_id,
    replacesId: r.replaces_id,
    suspectedDuplicateOf: r.suspected_duplicate_of,
    createdAt: iso(r.created_at),
  }));
}

export async function recordView(db: Executor, viewer: Viewer, row: RecordRow): Promise<AidRecordView> {
  const [view] = await recordViews(db, viewer, [row]);
  return view!;
}

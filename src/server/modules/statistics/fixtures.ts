// Test data for statistics: a ledger with known contents written through appendRecords (the path every record
// takes), receipts stored as the ledger's confirm route stores them, and reversals as the reverse route writes them.
// Everything lies in 2024, away from any demo data, and comes back as the plain list the oracle (expected.ts) sums.
import type { Kysely } from 'kysely';
import type { AidConfirmation } from '../../../common/ledger.ts';
import type { DB } from '../../db/types.ts';
import { approvedOrganization } from '../claims/fixtures.ts';
import { organizationIdOf, programIdOf } from '../coverage/fixtures.ts';
import { appendDrafts, draft } from '../ledger/fixtures.ts';
import type { AidDraft } from '../ledger/store.ts';
import { insertProject } from '../projects/fixtures.ts';
import type { WrittenRecord } from './expected.ts';

export const ZHONGGANG = '500238118201'; // 巫溪县红池坝镇中岗村
export const XINGHE = '500238118202'; // 巫溪县红池坝镇兴合村
export const HONGCHIBA = '500238118'; // 巫溪县红池坝镇
export const WUXI = '500238';
export const CHENGKOU = '500229';

export interface Givers {
  shancheng: number;
  shandong: number;
  third: number;
  caring: number;
  program: number;
  projectX: number;
  projectY: number;
  chengkouVillage: string;
  shandongCounty: string;
}

async function firstCode(db: Kysely<DB>, prefix: string, length: number): Promise<string> {
  const row = await db
    .selectFrom('regions')
    .select('code')
    .where('code', 'like', `${prefix}%`)
    .where('level', '=', ({ 6: 3, 9: 4, 12: 5 } as Record<number, number>)[length] ?? 0)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  return row.code;
}

export async function givers(db: Kysely<DB>): Promise<Givers> {
  const shancheng = await organizationIdOf(db, 'org_admin');
  const third = await approvedOrganization(db, { name: '巫溪县统计测试协会' });
  const caring = await db.selectFrom('accounts').select('id').where('username_key', '=', 'caring').executeTakeFirstOrThrow();
  return {
    shancheng,
    shandong: await organizationIdOf(db, 'sd_org'),
    third: third.id,
    caring: caring.id,
    program: await programIdOf(db, 'cq-2021-revitalization'),
    projectX: await insertProject(db, { organizationId: shancheng, name: '统计测试项目甲' }),
    projectY: await insertProject(db, { organizationId: third.id, name: '统计测试项目乙' }),
    chengkouVillage: await firstCode(db, CHENGKOU, 12),
    shandongCounty: await firstCode(db, '37', 6),
  };
}

/** Anything of a draft but its giver, which each helper below fixes. */
export type Overrides = Omit<Partial<AidDraft>, 'organization_id' | 'caring_account_id'>;

interface Planned {
  draft: AidDraft;
  state?: 'confirmed' | 'disputed';
  reverse?: boolean;
}

/** Confirms or disputes a record as the liaison's receipt does (history row, then the current state). */
export async function receipt(db: Kysely<DB>, recordId: number, status: 'confirmed' | 'disputed'): Promise<void> {
  const r = await db
    .insertInto('aid_receipts')
    .values({ record_id: recordId, status, reason: status === 'disputed' ? '金额与实际不符' : null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('aid_record_states')
    .values({ record_id: recordId, confirmation: status, receipt_id: r.id })
    .onConflict((oc) => oc.column('record_id').doUpdateSet({ confirmation: status, receipt_id: r.id }))
    .execute();
}

/** The reversal of a record: the same dimensions, figures negated, in the bucket the record sits in. */
export function reversalOf(d: AidDraft, id: number, confirmation: AidConfirmation): AidDraft {
  return {
    ...d,
    amount_fen: -d.amount_fen,
    material_quantity: -d.material_quantity,
    staff_count: -d.staff_count,
    volunteer_count: -d.volunteer_count,
    enterprise_count: -d.enterprise_count,
    beneficiary_count: -d.beneficiary_count,
    beneficiary_households: -d.beneficiary_households,
    items: [],
    external_ref: null,
    reverses_id: id,
    replaces_id: null,
    reason: '录入有误，冲销',
    reversed_confirmation: confirmation,
  };
}

function plan(g: Givers): Planned[] {
  const sc = (o: Overrides) => draft({ organization_id: g.shancheng, giver_form: 'foundation', ...o });
  const sd = (o: Overrides) => draft({ organization_id: g.shandong, giver_form: 'foundation', counterpart: true, ...o });
  const cr = (o: Overrides) => draft({ caring_account_id: g.caring, giver_form: 'individual', ...o });
  const items = (qty: number, value: number) => [{ name: '书包', quantity: qty, unit: '个', value_fen: value }];
  return [
    { draft: sc({ occurred_on: '2024-01-10', amount_fen: 100_000, beneficiary_count: 3, beneficiary_households: 1, program_id: g.program, project_id: g.projectX }), state: 'confirmed' },
    { draft: sc({ region_code: HONGCHIBA, occurred_on: '2024-02-05', kind: 'materials', amount_fen: 50_000, material_quantity: 20, items: items(20, 50_000), project_id: g.projectX }), state: 'disputed' },
    { draft: sc({ occurred_on: '2024-02-20', kind: 'activity', activity_type: 'free_clinic', key_field_code: 'medical_aid', amount_fen: 30_000, staff_count: 2, volunteer_count: 5, beneficiary_count: 40, beneficiary_households: 10 }) },
    { draft: sc({ region_code: WUXI, occurred_on: '2024-03-03', kind: 'purchase', purchase_channel: 'paired_sale', key_field_code: 'consumption', amount_fen: 200_000, enterprise_count: 3, beneficiary_households: 20, program_id: g.program }), state: 'confirmed' },
    { draft: sc({ region_code: CHENGKOU, occurred_on: '2024-03-15', kind: 'purchase', purchase_channel: 'online', key_field_code: 'consumption', amount_fen: 80_000 }) },
    { draft: sc({ region_code: g.chengkouVillage, occurred_on: '2024-04-01', kind: 'service', key_field_code: 'volunteering', amount_fen: 15_000, volunteer_count: 10, beneficiary_count: 30 }), state: 'confirmed' },
    { draft: sc({ region_code: XINGHE, occurred_on: '2024-04-10', kind: 'employment', key_field_code: 'employment', amount_fen: 0, staff_count: 1, beneficiary_count: 12, beneficiary_households: 12 }) },
    { draft: sd({ region_code: CHENGKOU, occurred_on: '2024-01-20', key_field_code: 'industry', amount_fen: 1_000_000, program_id: g.program }), state: 'confirmed' },
    { draft: sd({ occurred_on: '2024-05-05', kind: 'activity', activity_type: 'training', key_field_code: 'employment', amount_fen: 40_000, staff_count: 4, beneficiary_count: 60 }) },
    { draft: sd({ region_code: XINGHE, occurred_on: '2024-05-25', kind: 'purchase', purchase_channel: 'online', key_field_code: 'consumption', amount_fen: 70_000 }), state: 'disputed' },
    { draft: cr({ occurred_on: '2024-02-14', amount_fen: 5_000, beneficiary_count: 1, beneficiary_households: 1 }), state: 'confirmed' },
    { draft: cr({ region_code: XINGHE, occurred_on: '2024-06-01', kind: 'materials', amount_fen: 3_000, material_quantity: 2, items: items(2, 3_000) }), state: 'confirmed' },
    // Confirmed, then reversed: the confirmed bucket nets out.
    { draft: sc({ occurred_on: '2024-06-15', amount_fen: 60_000, beneficiary_count: 2, program_id: g.program }), state: 'confirmed', reverse: true },
    { draft: sd({ region_code: CHENGKOU, occurred_on: '2024-03-01', key_field_code: 'industry', amount_fen: 20_000 }), reverse: true },
    // The association's only record, reversed: neither it nor its project counts.
    { draft: draft({ organization_id: g.third, giver_form: 'association', occurred_on: '2024-04-20', amount_fen: 25_000, project_id: g.projectY }), reverse: true },
    { draft: sc({ occurred_on: '2023-12-20', amount_fen: 9_000 }) },
    { draft: sc({ occurred_on: '2024-07-05', amount_fen: 7_000 }) },
    { draft: sd({ region_code: g.shandongCounty, counterpart: false, occurred_on: '2024-03-10', amount_fen: 11_000 }) },
    { draft: sc({ occurred_on: '2024-03-20', kind: 'materials', amount_fen: 12_000, material_quantity: 6, items: items(6, 12_000) }) },
  ];
}

/** Writes the planned ledger and returns every row written, reversals included, with its confirmation bucket. */
export async function writeLedger(db: Kysely<DB>, g: Givers): Promise<WrittenRecord[]> {
  const planned = plan(g);
  const appended = await appendDrafts(
    db,
    planned.map((p) => p.draft),
  );
  const written: WrittenRecord[] = [];
  for (const [i, p] of planned.entries()) {
    const id = appended[i]!.id;
    if (p.state) await receipt(db, id, p.state);
    written.push({ id, draft: p.draft, confirmation: p.state ?? 'unconfirmed', reversed: p.reverse === true });
  }
  const toReverse = written.filter((w) => w.reversed);
  const reversals = toReverse.map((w) => reversalOf(w.draft, w.id, w.confirmation));
  const ids = await appendDrafts(db, reversals);
  reversals.forEach((d, i) => written.push({ id: ids[i]!.id, draft: d, confirmation: d.reversed_confirmation!, reversed: false }));
  return written;
}

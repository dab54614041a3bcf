// Demo aid records (fictional), so the ledger and the statistics have something true to show on first start:
// - the demo foundation's year in 巫溪县: a bursary, school bags for the reading-room project, a free clinic, a paired
//   purchase of potatoes and cured meat, jobs arranged, monthly visits, and one bursary entered with the wrong amount,
//   reversed and corrected;
// - the Shandong foundation's counterpart support (东西部协作) in 城口县, and a bursary to a 中岗村 household the demo
//   foundation also helped within weeks (the possible duplication liaisons are shown);
// - a caring individual's point-to-point help to a 兴合村 household, disputed by the township liaison;
// - receipts confirmed by the village and township liaisons for part of them, one volunteer day left to confirm.
// Written through appendRecords, the path every record takes (hash chain, rollups). No notifications: the demo's
// liaisons open on a quiet bell. Idempotent: nothing happens once the demo foundation has a chain.
import type { Kysely } from 'kysely';
import { daysFromToday } from '../../common/glossary.ts';
import type { DB } from '../db/types.ts';
import { chainKeyOf } from '../modules/ledger/chain.ts';
import { appendRecords, blankDraft, type AidDraft } from '../modules/ledger/store.ts';

const WUXI = '500238';
const CHENGKOU = '500229';
const HONGCHIBA = '500238118';
const ZHONGGANG = '500238118201';
const XINGHE = '500238118202';

type Draft = Partial<AidDraft> & Pick<AidDraft, 'region_code' | 'kind' | 'key_field_code' | 'summary' | 'occurred_on'>;

function base(d: Draft): AidDraft {
  return { ...blankDraft(), organization_id: null, caring_account_id: null, giver_form: 'foundation', ...d };
}

export async function seedDemoLedger(db: Kysely<DB>): Promise<void> {
  if (!(await db.selectFrom('regions').select('code').where('code', '=', XINGHE).executeTakeFirst())) return;
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'username', 'organization_id'])
    .where('username_key', 'in', ['org_admin', 'sd_org', 'caring', 'zhonggang', 'hongchiba'])
    .execute();
  const account = (u: string) => accounts.find((a) => a.username === u);
  const [shanchengAdmin, shandongAdmin, caring, zhonggang, hongchiba] = ['org_admin', 'sd_org', 'caring', 'zhonggang', 'hongchiba'].map(account);
  const shancheng = shanchengAdmin?.organization_id;
  const shandong = shandongAdmin?.organization_id;
  if (!shanchengAdmin || !shandongAdmin || !caring || !zhonggang || !hongchiba || !shancheng || !shandong) return;
  if (await db.selectFrom('aid_chains').select('chain_key').where('chain_key', '=', chainKeyOf({ organizationId: shancheng })).executeTakeFirst()) return;

  const households = await db.selectFrom('households').select(['id', 'head_name']).where('region_code', 'in', [ZHONGGANG, XINGHE]).execute();
  const household = (name: string) => households.find((h) => h.head_name === name)?.id ?? null;
  const program = (await db.selectFrom('programs').select('id').where('slug', '=', 'cq-2021-revitalization').executeTakeFirst())?.id ?? null;
  const readingRoom = (await db.selectFrom('projects').select('id').where('name', '=', '红池坝镇留守儿童阅读室（演示）').executeTakeFirst())?.id ?? null;
  const ago = (days: number) => daysFromToday(-days);

  const byShancheng = (d: Draft) =>
    base({ organization_id: shancheng, giver_form: 'foundation', program_id: program, created_by: shanchengAdmin.id, ...d });
  const byShandong = (d: Draft) =>
    base({ organization_id: shandong, giver_form: 'foundation', counterpart: true, program_id: program, funding_source: 'counterpart_aid', created_by: shandongAdmin.id, ...d });

  const visits = Array.from({ length: 11 }, (_, i) =>
    byShancheng({
      region_code: i % 2 === 0 ? ZHONGGANG : XINGHE,
      occurred_on: ago(30 * (i + 1) + 3),
      kind: 'activity',
      activity_type: 'donation_visit',
      key_field_code: 'elderly_care',
      amount_fen: 120_000 + i * 15_000,
      staff_count: 3,
      volunteer_count: 2 + (i % 4),
      beneficiary_count: 18 + i * 2,
      beneficiary_households: 9 + i,
      summary: '走访慰问留守老人，送米面油',
      funding_source: 'own_funds',
    }),
  );

  const drafts: AidDraft[] = [
    ...visits,
    byShancheng({
      region_code: ZHONGGANG, household_id: household('李桂兰'), occurred_on: ago(240), kind: 'funds', key_field_code: 'education',
      amount_fen: 300_000, beneficiary_count: 1, beneficiary_households: 1, summary: '高考家庭助学金', funding_source: 'public_fundraising',
      external_ref: 'SC-ZX-2026-001',
    }),
    byShancheng({
      region_code: HONGCHIBA, project_id: readingRoom, occurred_on: ago(150), kind: 'materials', key_field_code: 'education',
      amount_fen: 1_800_000, material_quantity: 400, beneficiary_count: 200, summary: '为阅读室和留守儿童捐赠书包、文具',
      items: [
        { name: '书包', quantity: 200, unit: '个', value_fen: 1_200_000 },
        { name: '文具套装', quantity: 200, unit: '套', value_fen: 600_000 },
      ],
      funding_source: 'member_enterprises',
    }),
    byShancheng({
      region_code: ZHONGGANG, occurred_on: ago(120), kind: 'activity', activity_type: 'free_clinic', key_field_code: 'medical_aid',
      amount_fen: 850_000, staff_count: 6, volunteer_count: 12, beneficiary_count: 156, beneficiary_households: 48,
      summary: '县医院专家进村义诊，免费测血压血糖、发放药品',
    }),
    byShancheng({
      region_code: WUXI, occurred_on: ago(90), kind: 'purchase', purchase_channel: 'paired_sale', key_field_code: 'consumption',
      amount_fen: 4_860_000, enterprise_count: 5, beneficiary_households: 63, summary: '会员企业结对采购巫溪洋芋、老腊肉',
    }),
    byShancheng({
      region_code: HONGCHIBA, occurred_on: ago(60), kind: 'employment', key_field_code: 'employment',
      beneficiary_count: 12, beneficiary_households: 12, staff_count: 2, summary: '联系会员企业安排 12 名脱贫劳动力到渝北园区务工',
    }),
    byShandong({
      region_code: CHENGKOU, occurred_on: ago(180), kind: 'funds', key_field_code: 'industry', amount_fen: 20_000_000,
      beneficiary_households: 120, summary: '东西部协作产业帮扶资金（腊肉加工）', external_ref: 'QL-2026-017',
    }),
    byShandong({
      region_code: CHENGKOU, occurred_on: ago(95), kind: 'activity', activity_type: 'training', key_field_code: 'employment',
      amount_fen: 1_500_000, staff_count: 4, beneficiary_count: 60, beneficiary_households: 55, summary: '鲁渝协作电商直播带货培训',
    }),
    byShandong({
      region_code: CHENGKOU, occurred_on: ago(30), kind: 'purchase', purchase_channel: 'online', key_field_code: 'consumption',
      amount_fen: 8_630_000, enterprise_count: 3, beneficiary_households: 80, summary: '线上采购城口山地鸡、老腊肉', funding_source: null,
    }),
    byShandong({
      region_code: ZHONGGANG, household_id: household('李桂兰'), occurred_on: ago(215), kind: 'funds', key_field_code: 'education',
      amount_fen: 200_000, beneficiary_count: 1, beneficiary_households: 1, summary: '鲁渝助学金',
    }),
    byShancheng({
      region_code: ZHONGGANG, household_id: household('王德富'), occurred_on: ago(45), kind: 'funds', key_field_code: 'medical_aid',
      amount_fen: 500_000, beneficiary_count: 1, beneficiary_households: 1, summary: '大病医疗救助金',
    }),
    byShancheng({
      region_code: ZHONGGANG, occurred_on: ago(10), kind: 'service', key_field_code: 'volunteering',
      volunteer_count: 20, beneficiary_count: 80, summary: '志愿者为村小开展安全教育和课后辅导',
    }),
    base({
      caring_account_id: caring.id, giver_form: 'individual', region_code: XINGHE, household_id: household('张秀英'),
      occurred_on: ago(25), kind: 'funds', key_field_code: 'medical_aid', amount_fen: 80_000, beneficiary_count: 1,
      beneficiary_households: 1, summary: '点对点资助购药费用', created_by: caring.id,
    }),
  ];

  await db.transaction().execute(async (trx) => {
    const appended = await appendRecords(trx, drafts);
    const idOf = (summary: string, giver = shancheng) => {
      const i = drafts.findIndex((d) => d.summary === summary && (d.organization_id ?? 0) === (giver ?? 0));
      return appended[i]!.id;
    };
    const receipt = async (recordId: number, by: number, status: 'confirmed' | 'disputed', reason: string | null = null, byHousehold = false) => {
      const r = await trx.insertInto('aid_receipts').values({ record_id: recordId, status, reason, by_household: byHousehold, created_by: by }).returning('id').executeTakeFirstOrThrow();
      await trx.insertInto('aid_record_states').values({ record_id: recordId, confirmation: status, receipt_id: r.id }).execute();
    };
    await receipt(idOf('高考家庭助学金'), zhonggang.id, 'confirmed', null, true);
    await receipt(idOf('为阅读室和留守儿童捐赠书包、文具'), hongchiba.id, 'confirmed');
    await receipt(idOf('县医院专家进村义诊，免费测血压血糖、发放药品'), zhonggang.id, 'confirmed');
    for (const v of appended.slice(0, 6)) await receipt(v.id, hongchiba.id, 'confirmed');
    const caringIndex = drafts.findIndex((d) => d.caring_account_id === caring.id);
    await receipt(appended[caringIndex]!.id, hongchiba.id, 'disputed', '户主反映只收到 500 元，请资助人核实');

    // The bursary entered as 5,000 yuan instead of 2,000: reversed, then written again, as a correction is.
    const wrongIndex = drafts.findIndex((d) => d.summary === '大病医疗救助金');
    const wrong = drafts[wrongIndex]!;
    const wrongId = appended[wrongIndex]!.id;
    const reason = '金额录入错误：应为 2,000 元';
    await appendRecords(trx, [
      {
        ...wrong,
        amount_fen: -wrong.amount_fen,
        beneficiary_count: -wrong.beneficiary_count,
        beneficiary_households: -wrong.beneficiary_households,
        reverses_id: wrongId,
        reason,
        reversed_confirmation: 'unconfirmed',
      },
      { ...wrong, amount_fen: 200_000, replaces_id: wrongId, reason },
    ]);
  });
}

// Demo needs, households and claims (fictional; ID numbers have valid check digits): what a township liaison of
// 红池坝镇 and their village liaison of 中岗村 have published, and what the demo foundation has taken on, so every role
// sees a working platform on first start. Loaded once, after the villages, by `npm start` with demo data on.
import type { Kysely } from 'kysely';
import { daysFromToday } from '../../common/glossary.ts';
import { idNumberCheckChar } from '../../common/id-number.ts';
import type { DB, HouseholdCategory } from '../db/types.ts';
import { insertNeed, type NewNeed } from '../modules/needs/store.ts';
import { notify } from '../modules/notifications/notify.ts';
import { textArray } from '../modules/organizations/names.ts';
import type { Sensitive } from '../platform/sensitive.ts';

const ZHONGGANG = '500238118201'; // 红池坝镇中岗村
const XINGHE = '500238118202'; // 红池坝镇兴合村
const HONGCHIBA = '500238118'; // 红池坝镇 (a deep-poverty township of the demo program)
const WUXI = '500238'; // 巫溪县 (a key county)
const JINYAN = '500229212204'; // 城口县鸡鸣乡金岩村 (a designated village)

/** The marker: a database that has this need has the demo needs. */
const FIRST_TITLE = '中岗村产业路硬化资金缺口';

interface DemoHousehold {
  key: string;
  village: string;
  headName: string;
  birth: string;
  seq: string;
  membersCount: number;
  category: HouseholdCategory;
  situations: string[];
  hasDisability: boolean;
  minorsCount: number;
}

const HOUSEHOLDS: DemoHousehold[] = [
  { key: 'wang', village: ZHONGGANG, headName: '王德富', birth: '19650312', seq: '201', membersCount: 4, category: 'monitored', situations: ['serious_illness'], hasDisability: false, minorsCount: 1 },
  { key: 'li', village: ZHONGGANG, headName: '李桂兰', birth: '19781105', seq: '302', membersCount: 3, category: 'lifted_out', situations: ['gaokao_family', 'stagnant_income'], hasDisability: false, minorsCount: 1 },
  { key: 'chen', village: ZHONGGANG, headName: '陈家明', birth: '19590721', seq: '413', membersCount: 2, category: 'edge', situations: ['unsafe_housing'], hasDisability: true, minorsCount: 0 },
  { key: 'zhang', village: XINGHE, headName: '张秀英', birth: '19620918', seq: '524', membersCount: 1, category: 'tekun', situations: ['serious_illness', 'stagnant_income'], hasDisability: true, minorsCount: 0 },
  { key: 'liu', village: XINGHE, headName: '刘成林', birth: '19840203', seq: '135', membersCount: 5, category: 'dibao', situations: ['unstable_income'], hasDisability: false, minorsCount: 2 },
];

function demoIdNumber(h: DemoHousehold): string {
  const first17 = `500238${h.birth}${h.seq}`;
  return `${first17}${idNumberCheckChar(first17)}`;
}

type DemoNeed = Omit<NewNeed, 'created_by' | 'household_id' | 'key_population_codes' | 'item_name' | 'unit' | 'amount_fen'> & {
  household?: string;
  author: string;
  key_population_codes?: string[];
  item_name?: string | null;
  unit?: string | null;
  amount_fen?: number | null;
};

const CONTACT = { contact_name: '张锡定', contact_phone: '15730595678' };
const VILLAGE_CONTACT = { contact_name: '中岗村便民服务中心', contact_phone: '023-51523301' };

const NEEDS: DemoNeed[] = [
  {
    author: 'zhonggang', region_code: ZHONGGANG, status: 'published', ...VILLAGE_CONTACT,
    title: FIRST_TITLE, kind: 'money', quantity: 18_000_000, deadline: daysFromToday(75), key_field_code: 'industry',
    key_population_codes: ['lifted_out', 'monitored'],
    description: '中岗村至高山蔬菜基地的 2.4 公里产业路尚有 1.2 公里为泥结石路面，雨季无法通行，影响 63 户蔬菜外运。硬化需资金 18 万元。',
  },
  {
    author: 'zhonggang', region_code: ZHONGGANG, status: 'published', ...VILLAGE_CONTACT,
    title: '中岗村小学冬季学生棉衣', kind: 'materials', item_name: '儿童棉衣', unit: '件', quantity: 120, amount_fen: 1_440_000,
    deadline: daysFromToday(30), key_field_code: 'education', key_population_codes: ['left_behind_children'],
    description: '村小学 120 名学生（其中留守儿童 46 名）过冬缺少棉衣，尺码 110–160，入冬前需要到位。',
  },
  {
    author: 'hongchiba', region_code: HONGCHIBA, status: 'published', ...CONTACT,
    title: '红池坝镇高山蔬菜产销对接', kind: 'service', item_name: '农产品采购与销售渠道对接', unit: '家', quantity: 5,
    deadline: daysFromToday(120), key_field_code: 'consumption', key_population_codes: ['lifted_out', 'edge'],
    description: '全镇高山萝卜、白菜年产约 3000 吨，需 5 家企业或商会建立稳定采购或线上销售渠道，开展消费帮扶。',
  },
  {
    author: 'hongchiba', region_code: XINGHE, status: 'published', ...CONTACT,
    title: '兴合村留守老人助餐点厨具与运营', kind: 'money', quantity: 4_500_000, deadline: daysFromToday(50),
    key_field_code: 'elderly_care', key_population_codes: ['left_behind_elderly'],
    description: '兴合村 38 名留守老人分散居住，计划在村委会设助餐点，需厨具设备及首年运营经费 4.5 万元。',
  },
  {
    author: 'hongchiba', region_code: HONGCHIBA, status: 'draft', ...CONTACT,
    title: '红池坝镇中心卫生院义诊', kind: 'service', item_name: '义诊医生', unit: '人', quantity: 8,
    deadline: daysFromToday(40), key_field_code: 'medical_aid', key_population_codes: ['serious_illness'],
    description: '请 8 名内科、骨科、眼科医生到镇卫生院开展两天义诊并为慢性病患者建档随访。',
  },
  {
    author: 'zhonggang', household: 'wang', region_code: ZHONGGANG, status: 'published', ...VILLAGE_CONTACT,
    title: '大病家庭医疗费用缺口', kind: 'money', quantity: 3_000_000, deadline: daysFromToday(45), key_field_code: 'medical_aid',
    key_population_codes: ['monitored', 'serious_illness'],
    description: '户主患尿毒症需长期透析，医保报销后每年自付约 3 万元，家庭收入难以负担，存在返贫风险。',
  },
  {
    author: 'zhonggang', household: 'li', region_code: ZHONGGANG, status: 'published', ...VILLAGE_CONTACT,
    title: '高考学生学习用品与第一学年助学', kind: 'money', quantity: 500_000, deadline: daysFromToday(90), key_field_code: 'education',
    key_population_codes: ['lifted_out', 'gaokao_family'],
    description: '家中孩子明年参加高考，成绩中上，需学习用品和考入大学后第一学年的部分学费。',
  },
  {
    author: 'zhonggang', household: 'chen', region_code: ZHONGGANG, status: 'published', ...VILLAGE_CONTACT,
    title: '危房加固所需建材', kind: 'materials', item_name: '水泥与钢材（按清单）', unit: '批', quantity: 1, amount_fen: 1_200_000,
    deadline: daysFromToday(60), key_field_code: 'housing', key_population_codes: ['edge', 'unsafe_housing', 'persons_with_disability'],
    description: '老人独居土坯房墙体开裂，已鉴定为 C 级危房，需水泥、钢材等加固材料一批，施工由村里组织。',
  },
  {
    author: 'hongchiba', household: 'zhang', region_code: XINGHE, status: 'published', ...CONTACT,
    title: '特困老人轮椅与康复护理', kind: 'materials', item_name: '轮椅', unit: '台', quantity: 1, amount_fen: 120_000,
    deadline: daysFromToday(25), key_field_code: 'disability_aid', key_population_codes: ['tekun', 'persons_with_disability'],
    description: '老人下肢残疾，现有轮椅已损坏，需要一台轮椅，并希望有志愿者每月上门一次陪护。',
  },
  {
    author: 'wuxi_xczx', region_code: WUXI, status: 'published', contact_name: '巫溪县乡村振兴局', contact_phone: '023-51522021',
    title: '巫溪县残疾人辅具适配', kind: 'materials', item_name: '助听器、拐杖等辅具', unit: '件', quantity: 200, amount_fen: 30_000_000,
    deadline: daysFromToday(100), key_field_code: 'disability_aid', key_population_codes: ['persons_with_disability'],
    description: '全县登记在册的 200 名残疾人需适配辅具，县残联提供名单并组织评估，请有康复资源的组织认领。',
  },
  {
    author: 'chengkou_mz', region_code: JINYAN, status: 'published', contact_name: '城口县民政局', contact_phone: '023-59222146',
    title: '金岩村村级养老服务站适老化改造', kind: 'money', quantity: 8_000_000, deadline: daysFromToday(80),
    key_field_code: 'elderly_care', key_population_codes: ['left_behind_elderly'],
    description: '金岩村养老服务站需加装扶手、防滑地面、无障碍坡道和呼叫设备，预算 8 万元。',
  },
];

export async function seedDemoNeeds(db: Kysely<DB>, sensitive: Sensitive): Promise<void> {
  const done = await db.selectFrom('needs').select('id').where('title', '=', FIRST_TITLE).executeTakeFirst();
  if (done) return;
  const villages = await db.selectFrom('regions').select('code').where('code', 'in', [ZHONGGANG, XINGHE, JINYAN]).execute();
  if (villages.length < 3) return; // Villages not loaded (a quick start with other provinces): nothing to attach to.
  const accounts = await db
    .selectFrom('accounts')
    .select(['id', 'username_key', 'organization_id'])
    .where('username_key', 'in', ['zhonggang', 'hongchiba', 'wuxi_xczx', 'chengkou_mz', 'org_admin'])
    .execute();
  const accountId = new Map(accounts.map((a) => [a.username_key, a.id]));
  const orgAdmin = accounts.find((a) => a.username_key === 'org_admin');
  if (!accountId.has('zhonggang') || !orgAdmin?.organization_id) return;

  await db.transaction().execute(async (trx) => {
    const householdIds = new Map<string, number>();
    for (const h of HOUSEHOLDS) {
      const idNumber = demoIdNumber(h);
      const row = await trx
        .insertInto('households')
        .values({
          region_code: h.village,
          head_name: h.headName,
          id_number_encrypted: sensitive.encryptIdNumber(idNumber),
          id_number_hash: sensitive.hashIdNumber(idNumber),
          members_count: h.membersCount,
          category: h.category,
          situations: textArray(h.situations) as unknown as string[],
          has_disability: h.hasDisability,
          minors_count: h.minorsCount,
          created_by: accountId.get(h.village === ZHONGGANG ? 'zhonggang' : 'hongchiba') ?? null,
        })
        .onConflict((oc) => oc.column('id_number_hash').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row) householdIds.set(h.key, row.id);
    }

    const needIds = new Map<string, number>();
    for (const n of NEEDS) {
      const { author, household, ...rest } = n;
      const id = await insertNeed(trx, {
        ...rest,
        key_population_codes: n.key_population_codes ?? [],
        item_name: n.item_name ?? null,
        unit: n.unit ?? null,
        amount_fen: n.kind === 'money' ? n.quantity : (n.amount_fen ?? null),
        household_id: household ? (householdIds.get(household) ?? null) : null,
        created_by: accountId.get(author) ?? null,
      });
      needIds.set(n.title, id);
    }

    // The demo foundation has taken on half of the coats (waiting for the village to confirm) and 5 万元 of the road
    // (confirmed): the liaison has a claim to decide, the organization a delivery to make.
    const claims = [
      { title: '中岗村小学冬季学生棉衣', quantity: 60, status: 'pending' as const, note: '基金会“温暖冬衣”项目捐赠 60 件，两周内由志愿者送到村小学。' },
      { title: FIRST_TITLE, quantity: 5_000_000, status: 'confirmed' as const, note: '资助 5 万元用于路面硬化材料，本月拨付到村集体账户。' },
    ];
    for (const c of claims) {
      const needId = needIds.get(c.title);
      if (needId === undefined) continue;
      const lapseAt = new Date(Date.now() + 30 * 86_400_000);
      const claim = await trx
        .insertInto('claims')
        .values({
          need_id: needId,
          organization_id: orgAdmin.organization_id,
          quantity: c.quantity,
          note: c.note,
          status: c.status,
          lapse_at: lapseAt,
          created_by: orgAdmin.id,
          decided_by: c.status === 'confirmed' ? (accountId.get('zhonggang') ?? null) : null,
          decided_at: c.status === 'confirmed' ? new Date() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('claim_events')
        .values([
          { claim_id: claim.id, action: 'claimed', note: c.note, actor_account_id: orgAdmin.id },
          ...(c.status === 'confirmed' ? [{ claim_id: claim.id, action: 'confirmed' as const, note: null, actor_account_id: accountId.get('zhonggang') ?? null }] : []),
        ])
        .execute();
      await trx
        .updateTable('needs')
        .set((eb) => ({
          claimed_quantity: eb('claimed_quantity', '+', c.quantity),
          confirmed_quantity: c.status === 'confirmed' ? eb('confirmed_quantity', '+', c.quantity) : eb.ref('confirmed_quantity'),
          status: 'partly_claimed',
        }))
        .where('id', '=', needId)
        .execute();
      if (c.status === 'pending') {
        const liaison = accountId.get('zhonggang');
        await notify(trx, liaison === undefined ? [] : [liaison], {
          kind: 'claim_created',
          title: '新的认领待确认',
          body: `重庆山城乡村发展基金会（演示）认领了“${c.title}”${c.quantity} 件，请确认或婉拒。`,
          link: `/claims/${claim.id}`,
          entityType: 'claim',
          entityId: claim.id,
        });
      }
    }
  });
}

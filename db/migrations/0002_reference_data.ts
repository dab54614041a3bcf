// Reference data: the key fields (重点领域) and key populations (重点人群) of the "three focuses", from the Chongqing
// work guide (渝社组办〔2020〕21号, seed 001) articles 3, 4 and 6-17, plus the household categories officials use.
// This is how reference data ships: the rows are inserted by the migration that creates the tables, so every
// database (fresh, test template, production) has them; later changes by an admin go through the API and the audit log.
// Rows are retired (retired_at), never deleted: later records (needs, projects, aid records) reference their codes.
import { sql, type Kysely } from 'kysely';

const GUIDE = '渝社组办〔2020〕21号';

interface Row {
  code: string;
  zh: string;
  en: string;
  description: string | null;
  source: string | null;
}

const KEY_FIELDS: Row[] = [
  {
    code: 'disability_aid',
    zh: '残疾人帮扶',
    en: 'Disability aid',
    description: '残障人士需求建档、无障碍改造、辅具与康复用品、职业技能培训与就业、心理帮扶',
    source: `${GUIDE} 第四条、第十一条`,
  },
  {
    code: 'medical_aid',
    zh: '医疗救助',
    en: 'Medical aid',
    description: '义诊、免费体检、医疗费用减免、医疗设备支持、重特大疾病专项救助',
    source: `${GUIDE} 第四条、第八条`,
  },
  {
    code: 'education',
    zh: '教育帮扶',
    en: 'Education',
    description: '结对助学、奖学金与助学金、支教、改善教育基础设施、人才培训',
    source: `${GUIDE} 第四条、第七条`,
  },
  {
    code: 'industry',
    zh: '产业扶持',
    en: 'Industry support',
    description: '扶贫特色产业规划与建设、产业基地、技术与智力支持、利益联结机制',
    source: `${GUIDE} 第四条、第六条、第十二条`,
  },
  {
    code: 'volunteering',
    zh: '志愿帮扶',
    en: 'Volunteering',
    description: '扶贫志愿者行动：调研、助教支医、文化下乡、科技推广、创业引领',
    source: `${GUIDE} 第四条、第九条`,
  },
  {
    code: 'social_work',
    zh: '社会工作服务',
    en: 'Social work',
    description: '社会工作服务机构为贫困家庭的儿童、老人和青壮年提供专业服务',
    source: `${GUIDE} 第九条`,
  },
  {
    code: 'employment',
    zh: '就业帮扶',
    en: 'Employment',
    description: '就地就近就业平台、技能培训、就业援助、生计发展',
    source: `${GUIDE} 第九条、第十条`,
  },
  {
    code: 'consumption',
    zh: '消费帮扶',
    en: 'Consumption assistance',
    description: '发掘、包装、推广农特产品，指导成立农民专业合作社，拓宽销路',
    source: `${GUIDE} 第十四条`,
  },
  {
    code: 'elderly_care',
    zh: '养老服务',
    en: 'Elderly care',
    description: '失能失智老年人照护、生活照料、精神慰藉、乡村养老安置',
    source: `${GUIDE} 第八条、第九条、第十五条`,
  },
  {
    code: 'housing',
    zh: '住房与生产生活条件改善',
    en: 'Housing and living conditions',
    description: '危房改造、公共活动场所、乡村公益综合体建设',
    source: `${GUIDE} 第三条、第十五条`,
  },
  {
    code: 'culture',
    zh: '文化关爱',
    en: 'Culture',
    description: '关爱三留守人员文化生活，留守儿童、妇女、老人之家，乡土文化传承',
    source: `${GUIDE} 第十三条、第十五条`,
  },
  {
    code: 'child_psychology',
    zh: '儿童心理关爱',
    en: 'Child psychological support',
    description: '特殊困难儿童矫正辅导、心理调适、安全与生活适应',
    source: `${GUIDE} 第十六条`,
  },
  {
    code: 'civility',
    zh: '安全文明新风',
    en: 'Safety and civic customs',
    description: '安全用电进乡村、文明村风与家风建设',
    source: `${GUIDE} 第十七条`,
  },
  {
    code: 'ecology',
    zh: '生态环保',
    en: 'Ecology and environment',
    description: '生活垃圾分类投放处置、环境保护、美丽乡村建设',
    source: `${GUIDE} 第十七条`,
  },
  {
    code: 'disaster_relief',
    zh: '灾害与意外救助',
    en: 'Disaster relief',
    description: '遭受严重自然灾害或重大意外事故家庭的救助',
    source: `${GUIDE} 第三条`,
  },
];

// Article 3's eight groups in its order; its group (二) "边缘户和监测户" is two household categories, one row each,
// so that later records can name either. Then the categories officials register households under.
const KEY_POPULATIONS: Row[] = [
  {
    code: 'registered_poor_not_lifted',
    zh: '未脱贫的建档立卡贫困户',
    en: 'Registered poor households not yet lifted out',
    description: null,
    source: `${GUIDE} 第三条（一）`,
  },
  {
    code: 'edge',
    zh: '边缘户',
    en: 'Edge households',
    description: '收入略高于贫困线、容易致贫的家庭',
    source: `${GUIDE} 第三条（二）`,
  },
  {
    code: 'monitored',
    zh: '监测户',
    en: 'Monitored households',
    description: '已脱贫但存在返贫风险、纳入监测的家庭',
    source: `${GUIDE} 第三条（二）`,
  },
  {
    code: 'serious_illness',
    zh: '家庭中有大病或慢性病人的人群',
    en: 'Families with serious or chronic illness',
    description: null,
    source: `${GUIDE} 第三条（三）`,
  },
  {
    code: 'gaokao_family',
    zh: '一年内有参加高考学生的人群',
    en: 'Families with a student sitting the college entrance exam within a year',
    description: null,
    source: `${GUIDE} 第三条（四）`,
  },
  {
    code: 'stagnant_income',
    zh: '家庭收入无增长趋势的人群',
    en: 'Families whose income is not growing',
    description: null,
    source: `${GUIDE} 第三条（五）`,
  },
  {
    code: 'unstable_income',
    zh: '打零工、收入不稳定的人群',
    en: 'Casual workers with unstable income',
    description: null,
    source: `${GUIDE} 第三条（六）`,
  },
  {
    code: 'unsafe_housing',
    zh: '住危房的人群',
    en: 'People living in unsafe housing',
    description: null,
    source: `${GUIDE} 第三条（七）`,
  },
  {
    code: 'disaster_or_accident',
    zh: '因遭受严重自然灾害或家庭成员发生较大意外事故的人群',
    en: 'Families hit by a severe natural disaster or a serious accident',
    description: null,
    source: `${GUIDE} 第三条（八）`,
  },
  {
    code: 'registered_poor',
    zh: '建档立卡贫困户',
    en: 'Registered poor households',
    description: '已脱贫和未脱贫的建档立卡贫困户',
    source: null,
  },
  {
    code: 'lifted_out',
    zh: '脱贫户',
    en: 'Lifted-out households',
    description: '已脱贫的建档立卡贫困户',
    source: null,
  },
  {
    code: 'dibao',
    zh: '低保对象',
    en: 'Minimum-allowance (dibao) recipients',
    description: '最低生活保障对象',
    source: null,
  },
  { code: 'tekun', zh: '特困人员', en: 'Extreme-hardship (tekun) persons', description: '特困供养人员', source: null },
  {
    code: 'left_behind_children',
    zh: '留守儿童',
    en: 'Left-behind children',
    description: null,
    source: `${GUIDE} 第十三条`,
  },
  {
    code: 'left_behind_women',
    zh: '留守妇女',
    en: 'Left-behind women',
    description: null,
    source: `${GUIDE} 第十三条`,
  },
  {
    code: 'left_behind_elderly',
    zh: '留守老人',
    en: 'Left-behind elderly',
    description: null,
    source: `${GUIDE} 第十三条`,
  },
  {
    code: 'persons_with_disability',
    zh: '残障人士',
    en: 'Persons with disability',
    description: '特别是建档立卡、特困残障人士',
    source: `${GUIDE} 第十一条`,
  },
];

function table(name: string) {
  return sql`
create table ${sql.table(name)} (
  code text collate "C" primary key check (code ~ '^[a-z][a-z0-9_]{1,47}$'),
  name_zh text not null,
  name_en text not null,
  description text,
  source text,
  sort_order integer not null,
  retired_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
)`;
}

async function insert(db: Kysely<unknown>, name: string, rows: Row[]): Promise<void> {
  const values = rows.map((r, i) => sql`(${r.code}, ${r.zh}, ${r.en}, ${r.description}, ${r.source}, ${(i + 1) * 10})`);
  await sql`insert into ${sql.table(name)} (code, name_zh, name_en, description, source, sort_order)
values ${sql.join(values)}`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const name of ['key_fields', 'key_populations']) {
    await table(name).execute(db);
    await sql`create index ${sql.id(`${name}_sort_idx`)} on ${sql.table(name)} (sort_order, code)`.execute(db);
  }
  await insert(db, 'key_fields', KEY_FIELDS);
  await insert(db, 'key_populations', KEY_POPULATIONS);
}

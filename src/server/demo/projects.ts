// Demo pairings, projects, a rural tour and a work plan (fictional), made through the same services the routes call,
// so every row carries its events, audit rows and notifications as if people had done it:
// - 2020: the demo foundation paired with 巫溪县 and the Shandong foundation with 城口县 under the 2020 program
//   (coverage "as of 2020" shows them; today's shows the 2021 program's four counties unpaired, for the officials to
//   act on), and a pending 2021 pairing of the Shandong foundation with 彭水, waiting for 重庆市民政局;
// - this year's rural tour of the four national key support counties, both foundations signed up;
// - projects in every interesting state: one overdue (signed, not landed: on the checklist), one landed with evidence
//   and in progress, one awaiting 城口县's signature (counterpart aid), one planned;
// - the demo foundation's submitted work plan for this year.
// Idempotent: nothing happens once the tour exists.
import type { Kysely } from 'kysely';
import { chinaToday, daysFromToday } from '../../common/glossary.ts';
import type { Config } from '../config.ts';
import type { DB } from '../db/types.ts';
import type { Actor } from '../platform/access.ts';
import type { RequestContext } from '../platform/context.ts';
import { createFair } from '../modules/fairs/service.ts';
import { signUp } from '../modules/fairs/signups.ts';
import { attachAgreement } from '../modules/pairings/files.ts';
import { createPairing } from '../modules/pairings/service.ts';
import { confirmPairing } from '../modules/pairings/transitions.ts';
import { attachFile } from '../modules/projects/files.ts';
import { createProject } from '../modules/projects/service.ts';
import { landProject, reportProgress, requestSigning, signProject } from '../modules/projects/transitions.ts';
import { saveWorkPlan, submitWorkPlan } from '../modules/work-plans/service.ts';
import { NATIONAL_KEY_SUPPORT_COUNTIES } from './programs.ts';

export const DEMO_TOUR_NAME = '社会组织助力乡村振兴重点帮扶县乡村行（演示）';

const WUXI = '500238';
const CHENGKOU = '500229';
const PENGSHUI = '500243';
const HONGCHIBA = '500238118';
const ZHONGGANG = '500238118201';

// A 1×1 PNG and a one-page PDF: the demo's evidence and agreement files (content-checked like any upload).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function contextOf(db: Kysely<DB>, username: string): Promise<RequestContext | null> {
  const a = await db
    .selectFrom('accounts')
    .select(['id', 'username', 'display_name', 'role', 'department_kind', 'scope_region_code', 'organization_id'])
    .where('username_key', '=', username)
    .executeTakeFirst();
  if (!a) return null;
  const actor: Actor = {
    accountId: a.id,
    username: a.username,
    displayName: a.display_name,
    role: a.role,
    departmentKind: a.department_kind,
    scopeRegionCode: a.scope_region_code,
    organizationId: a.organization_id,
    sessionId: 0,
    csrfToken: '',
    mustChangePassword: false,
  };
  return { actor, ip: '127.0.0.1', requestId: 'demo-projects' };
}

export async function seedDemoProjects(db: Kysely<DB>, config: Pick<Config, 'dataDir'>): Promise<void> {
  if (await db.selectFrom('fairs').select('id').where('name', '=', DEMO_TOUR_NAME).executeTakeFirst()) return;
  if (!(await db.selectFrom('regions').select('code').where('code', '=', ZHONGGANG).executeTakeFirst())) return;
  const [cq, wuxi, chengkou, shancheng, shandong] = await Promise.all(
    ['cq_mz', 'wuxi_xczx', 'chengkou_mz', 'org_admin', 'sd_org'].map((u) => contextOf(db, u)),
  );
  if (!cq || !wuxi || !chengkou || !shancheng || !shandong) return;
  const programs = await db.selectFrom('programs').select(['id', 'slug']).where('slug', 'in', ['cq-2020-poverty', 'cq-2021-revitalization']).execute();
  const program2020 = programs.find((p) => p.slug === 'cq-2020-poverty')?.id;
  const program2021 = programs.find((p) => p.slug === 'cq-2021-revitalization')?.id;
  if (program2020 === undefined || program2021 === undefined) return;
  const counties = await db
    .selectFrom('regions')
    .select('code')
    .where('code', 'like', '50%')
    .where('level', '=', 3)
    .where('name', 'in', NATIONAL_KEY_SUPPORT_COUNTIES)
    .orderBy('code')
    .execute();
  const confirmedClaim = await db
    .selectFrom('claims')
    .innerJoin('needs', 'needs.id', 'claims.need_id')
    .select(['claims.id', 'claims.quantity'])
    .where('claims.organization_id', '=', shancheng.actor!.organizationId)
    .where('claims.status', '=', 'confirmed')
    .where('needs.region_code', '=', ZHONGGANG)
    .orderBy('claims.id')
    .executeTakeFirst();

  // The tour: open now, for the four counties; both foundations sign up.
  const tour = await createFair(db, cq, cq.actor!, {
    kind: 'rural_tour',
    name: DEMO_TOUR_NAME,
    year: Number(daysFromToday(-3).slice(0, 4)),
    theme: '聚焦国家乡村振兴重点帮扶县，产业、就业、教育结对',
    description: '市民政局组织社会组织走进巫溪、城口、彭水、酉阳，现场对接村和乡镇的需求，签约结对和项目。',
    regions: counties.map((c) => c.code),
    programId: program2021,
    startDate: daysFromToday(-3),
    endDate: daysFromToday(10),
    signupDeadline: null,
  });
  await signUp(db, shancheng, shancheng.actor!, tour.id, { note: '带来教育和产业项目资金，希望对接巫溪县的村小学和合作社。' });
  await signUp(db, shandong, shandong.actor!, tour.id, { note: '东西部协作资金，关注城口、彭水的特色农产品加工。' });

  // 2020: two confirmed pairings under the 2020 program (one of them counterpart support).
  const pairings2020 = [
    { who: shancheng, place: WUXI, title: '山城基金会结对帮扶巫溪县（2020）', fields: ['education', 'industry'], amountFen: 80_000_000, people: 10,
      commitments: '2020 年资助巫溪县 10 所村小学改善办学条件，扶持 5 个村的中药材合作社。' },
    { who: shandong, place: CHENGKOU, title: '齐鲁基金会东西部协作结对城口县（2020）', fields: ['industry', 'consumption'], amountFen: 120_000_000, people: 6,
      commitments: '2020 年投入协作资金 120 万元，建设腊肉加工车间，组织山东采购商消费帮扶。' },
  ];
  for (const p of pairings2020) {
    const pairing = await createPairing(db, p.who, {
      programId: program2020,
      title: p.title,
      places: [p.place],
      memberOrganizationIds: [],
      startDate: '2020-01-01',
      endDate: '2020-12-31',
      fieldCodes: p.fields,
      amountFen: p.amountFen,
      people: p.people,
      commitments: p.commitments,
    });
    await attachAgreement(db, config, p.who, pairing.id, { fileName: `${p.title}（签署版）.pdf`, bytes: PDF, fields: {} });
    await confirmPairing(db, cq, pairing.id);
  }
  // 2021 program: the Shandong foundation proposes 彭水 at the tour; 重庆市民政局 has it to decide.
  const pengshui = await createPairing(db, shandong, {
    programId: program2021,
    title: '齐鲁基金会东西部协作结对彭水县',
    places: [PENGSHUI],
    memberOrganizationIds: [],
    startDate: daysFromToday(0),
    endDate: `${Number(daysFromToday(0).slice(0, 4)) + 2}-12-31`,
    fieldCodes: ['industry', 'education'],
    amountFen: 300_000_000,
    people: 8,
    commitments: '三年投入协作资金 300 万元：苗绣和红薯粉加工车间各一个，资助 200 名困难学生。',
    fairId: tour.id,
  });
  await attachAgreement(db, config, shandong, pengshui.id, { fileName: '彭水结对协议（签署版）.pdf', bytes: PDF, fields: {} });

  const responsible = (name: string, phone: string) => [{ name, post: '项目主管', phone }];
  // Overdue: signed for a planned start 45 days ago, nothing landed (30 days of grace: 15 days overdue).
  const road = await createProject(db, shancheng, shancheng.actor!, {
    name: '中岗村产业路硬化（演示）',
    summary: '资助中岗村 2 公里产业路硬化的材料费，路通后合作社的中药材可直接装车外运。',
    fieldCodes: ['industry'],
    places: [ZHONGGANG],
    claimId: confirmedClaim?.id ?? null,
    targetPersons: 320,
    targetHouseholds: 96,
    keyPopulationCodes: [],
    budgetFen: 5_000_000,
    budgetLines: [{ source: 'own_funds', amountFen: 5_000_000 }],
    plannedStart: daysFromToday(-45),
    plannedEnd: daysFromToday(120),
    responsible: responsible('周山城', '023-60000001'),
  });
  await requestSigning(db, shancheng, road.id);
  await signProject(db, wuxi, road.id, { signedOn: daysFromToday(0), signedWith: '巫溪县乡村振兴局', note: '在乡村行现场补签协议。' });

  // Landed with a photo, in progress.
  const reading = await createProject(db, shancheng, shancheng.actor!, {
    name: '红池坝镇留守儿童阅读室（演示）',
    summary: '在红池坝镇中心小学建一间阅读室，配书 3,000 册，每周两次志愿者陪读。',
    fieldCodes: ['education'],
    places: [HONGCHIBA],
    fairId: tour.id,
    targetPersons: 260,
    targetHouseholds: 0,
    keyPopulationCodes: [],
    budgetFen: 15_000_000,
    budgetLines: [
      { source: 'own_funds', amountFen: 9_000_000 },
      { source: 'public_fundraising', amountFen: 6_000_000 },
    ],
    plannedStart: daysFromToday(-10),
    plannedEnd: daysFromToday(200),
    responsible: responsible('周山城', '023-60000001'),
    naming: '山城书香阅读室',
  });
  await requestSigning(db, shancheng, reading.id);
  await signProject(db, wuxi, reading.id, { signedOn: daysFromToday(0), signedWith: '红池坝镇人民政府' });
  const withPhoto = await attachFile(db, config, shancheng, shancheng.actor!, reading.id, { fileName: '阅读室开放.png', bytes: PNG, fields: { kind: 'evidence' } });
  await landProject(db, shancheng, reading.id, {
    landedOn: daysFromToday(0),
    note: '阅读室已布置完成，首批 1,200 册图书上架，当天接待学生 80 人次。',
    fileIds: withPhoto.files.filter((f) => f.kind === 'evidence').map((f) => f.id),
  });
  await reportProgress(db, shancheng, reading.id, { note: '第二批图书 1,800 册已采购，志愿者排班到学期末。' });

  // Counterpart aid awaiting 城口县's signature.
  const workshop = await createProject(db, shandong, shandong.actor!, {
    name: '城口县东西部协作腊肉加工车间（演示）',
    summary: '在城口县建设腊肉标准化加工车间，带动 120 户养殖户，产品进入山东商超。',
    fieldCodes: ['industry', 'consumption'],
    places: [CHENGKOU],
    fairId: tour.id,
    targetPersons: 450,
    targetHouseholds: 120,
    keyPopulationCodes: [],
    budgetFen: 200_000_000,
    budgetLines: [
      { source: 'counterpart_aid', amountFen: 150_000_000 },
      { source: 'member_enterprises', amountFen: 50_000_000 },
    ],
    plannedStart: daysFromToday(30),
    plannedEnd: daysFromToday(400),
    responsible: responsible('鲁齐', '0531-86000001'),
  });
  await requestSigning(db, shandong, workshop.id);

  // Planned, from the tour.
  await createProject(db, shancheng, shancheng.actor!, {
    name: '巫溪县乡村教师暑期培训（演示）',
    summary: '组织 60 名村小教师到主城学校跟岗学习两周。',
    fieldCodes: ['education'],
    places: [WUXI],
    fairId: tour.id,
    targetPersons: 60,
    targetHouseholds: 0,
    keyPopulationCodes: [],
    budgetFen: 24_000_000,
    budgetLines: [{ source: 'own_funds', amountFen: 24_000_000 }],
    plannedStart: daysFromToday(60),
    plannedEnd: daysFromToday(75),
    responsible: responsible('周山城', '023-60000001'),
  });

  const year = Number(chinaToday().slice(0, 4));
  await saveWorkPlan(db, shancheng, year, {
    summary: '聚焦巫溪县、城口县：教育帮扶（阅读室、教师培训）和产业帮扶（产业路、合作社），全年投入不少于 500 万元。',
    people: 25,
    amountFen: 500_000_000,
    materials: '图书 3,000 册、冬衣 600 件',
  });
  await submitWorkPlan(db, shancheng, year);
}

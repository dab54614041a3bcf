// Demo data for `npm start` on the embedded database: fictional organizations and one account per role.
// Every demo account shares one published password; outside the demo no default password exists anywhere.
import type { Kysely } from 'kysely';
import type { DepartmentKind, Role } from '../../common/glossary.ts';
import type { DB } from '../db/types.ts';
import { SYSTEM_CONTEXT } from '../platform/context.ts';
import { recordAudit } from '../platform/audit.ts';
import { createAccount } from '../modules/accounts/service.ts';
import { loadDemoKeyAreas } from './key-areas/load.ts';
import { seedDemoPrograms } from './programs.ts';
import { seedDemoOrganization, type DemoOrganization } from './organizations.ts';

export const DEMO_PASSWORD = 'Demo-2026-bf';

// Fictional names; codes are made-up 17-character prefixes completed with a valid GB 32100 check character.
// Registered in Chongqing (50) or in the Wuxi (500238) and Chengkou (500229) counties; all approved except one that
// awaits the Wuxi official's review, and one of Shandong for counterpart support. shancheng and shandong have accounts;
// the imported ones can claim theirs (/claim).
const ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'shancheng', name: '重庆山城乡村发展基金会（演示）', creditCode17: '53500000MJP100015', form: 'foundation', registrationRegionCode: '50',
    isCharity: true, supervisingUnit: '重庆市民政局', grade: '4A', gradeYear: 2023, fields: ['education', 'industry'],
    serviceRegions: ['500238', '500229'], offers: [{ kind: 'money', text: '乡村教育与产业项目资助' }],
    contactName: '周山城', contactPhone: '023-60000001', description: '资助渝东北乡村的教育和特色产业（演示数据）。',
  },
  {
    key: 'cishan', imported: true, name: '重庆市山水慈善会（演示）', creditCode17: '51500000MJP100021', form: 'association', registrationRegionCode: '50',
    isCharity: true, hasPublicFundraising: true, grade: '5A', gradeYear: 2022, fields: ['medical_aid', 'disaster_relief'],
    serviceRegions: ['50'], offers: [{ kind: 'money', text: '大病救助与灾后重建募捐' }, { kind: 'materials', text: '救灾物资' }],
    contactName: '何善文', contactPhone: '023-60000002',
  },
  {
    key: 'nongte', imported: true, name: '重庆市渝东北农特产品行业协会（演示）', creditCode17: '51500000MJP100030', form: 'association',
    registrationRegionCode: '50', isIndustryAssociation: true, supervisingUnit: '重庆市农业农村委员会', grade: '3A', gradeYear: 2021,
    fields: ['industry', 'consumption', 'employment'], serviceRegions: ['500238', '500229', '500236'],
    offers: [{ kind: 'skills', text: '农产品品牌与电商培训' }, { kind: 'people', text: '会员企业技术人员' }],
    contactName: '孙农', contactPhone: '13800000103',
  },
  {
    key: 'jiaoyu', imported: true, name: '重庆市乡村教育发展基金会（演示）', creditCode17: '53500000MJP100048', form: 'foundation', registrationRegionCode: '50',
    isCharity: true, grade: '4A', gradeYear: 2024, fields: ['education', 'child_psychology'], serviceRegions: ['500238', '500229'],
    offers: [{ kind: 'money', text: '乡村学校助学金' }], contactName: '吴育才', contactPhone: '13800000104',
  },
  {
    key: 'wuxi_zhiyuan', imported: true, name: '巫溪县志愿者协会（演示）', creditCode17: '51500238MJP100056', form: 'association',
    registrationRegionCode: '500238', supervisingUnit: '共青团巫溪县委', fields: ['volunteering', 'elderly_care'], serviceRegions: ['500238'],
    offers: [{ kind: 'people', text: '志愿者 200 余人' }], contactName: '郑志远', contactPhone: '13800000105',
  },
  {
    key: 'chengkou_zhucan', imported: true, name: '城口县助残扶贫基金会（演示）', creditCode17: '53500229MJP100064', form: 'foundation',
    registrationRegionCode: '500229', fields: ['disability_aid'], serviceRegions: ['500229'],
    offers: [{ kind: 'materials', text: '康复辅具' }], contactName: '冯助', contactPhone: '13800000106',
  },
  {
    key: 'hongchiba_shegong', imported: true, name: '巫溪县红池坝社会工作服务中心（演示）', creditCode17: '52500238MJP100072', form: 'service_agency',
    registrationRegionCode: '500238', grade: '2A', gradeYear: 2023, fields: ['social_work', 'elderly_care'], serviceRegions: ['500238118'],
    offers: [{ kind: 'skills', text: '留守老人和儿童的社会工作服务' }], contactName: '陈红', contactPhone: '13800000107',
  },
  {
    key: 'chengkou_shegong', imported: true, name: '城口县乡村振兴社会工作服务站（演示）', creditCode17: '52500229MJP100080', form: 'service_agency',
    registrationRegionCode: '500229', fields: ['social_work', 'employment'], serviceRegions: ['500229'],
    offers: [{ kind: 'skills', text: '就业指导' }], contactName: '褚城', contactPhone: '13800000108',
  },
  {
    // Counterpart support (东西部协作, seed 000: Shandong to Chongqing): registered in 济南市, serving 城口县 and 彭水.
    key: 'shandong', name: '山东齐鲁乡村振兴公益基金会（演示）', creditCode17: '53370000MJP100116', form: 'foundation',
    registrationRegionCode: '37', isCharity: true, supervisingUnit: '山东省民政厅', fields: ['industry', 'consumption', 'education'],
    serviceRegions: ['500229', '500243'], offers: [{ kind: 'money', text: '东西部协作产业帮扶资金' }],
    contactName: '鲁齐', contactPhone: '0531-86000001', description: '山东对口协作重庆的公益基金会，资助产业和教育项目（演示数据）。',
  },
  {
    key: 'wuxi_yanglao', name: '巫溪县乡村养老服务中心（演示）', creditCode17: '52500238MJP100099', form: 'service_agency',
    registrationRegionCode: '500238', status: 'pending', fields: ['elderly_care'], serviceRegions: ['500238'],
    offers: [{ kind: 'people', text: '护理员上门服务' }], contactName: '卫养', contactPhone: '13800000109',
  },
];

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  departmentKind?: DepartmentKind;
  scopeRegionCode?: string;
  organization?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '全国平台管理员（演示）', role: 'platform_admin' },
  { username: 'cq_admin', displayName: '重庆市平台管理员（演示）', role: 'platform_admin', scopeRegionCode: '50' },
  { username: 'cq_mz', displayName: '重庆市民政局社会组织管理局（演示）', role: 'department_official', departmentKind: 'civil_affairs', scopeRegionCode: '50' },
  { username: 'wuxi_xczx', displayName: '巫溪县乡村振兴局（演示）', role: 'department_official', departmentKind: 'rural_revitalization', scopeRegionCode: '500238' },
  { username: 'chengkou_mz', displayName: '城口县民政局（演示）', role: 'department_official', departmentKind: 'civil_affairs', scopeRegionCode: '500229' },
  { username: 'hongchiba', displayName: '红池坝镇联系人（演示）', role: 'liaison', scopeRegionCode: '500238118' },
  { username: 'zhonggang', displayName: '中岗村联系人（演示）', role: 'liaison', scopeRegionCode: '500238118201' },
  { username: 'org_admin', displayName: '山城基金会管理员（演示）', role: 'organization_admin', organization: 'shancheng' },
  { username: 'org_member', displayName: '山城基金会项目专员（演示）', role: 'organization_member', organization: 'shancheng' },
  { username: 'caring', displayName: '爱心人士（演示）', role: 'caring_individual' },
  { username: 'sd_org', displayName: '齐鲁基金会管理员（演示）', role: 'organization_admin', organization: 'shandong' },
];

/**
 * Creates what is missing: accounts, the two Chongqing programs and the 2020 program's key areas (imported from the
 * seed's attachments). An existing demo account (maybe with a changed password) is left as it is.
 */
export async function seedDemo(db: Kysely<DB>, options: { villages?: boolean } = {}): Promise<DemoAccount[]> {
  const accounts = await seedDemoAccounts(db);
  await seedDemoPrograms(db);
  await loadDemoKeyAreas(db, 'cq-2020-poverty', options.villages === false ? ['county', 'township'] : undefined);
  return accounts;
}

/** The designated villages of the demo program, once the villages are loaded (npm start loads them after starting). */
export async function seedDemoVillages(db: Kysely<DB>): Promise<void> {
  await seedDemoAccounts(db);
  await loadDemoKeyAreas(db, 'cq-2020-poverty', ['village']);
}

function seedDemoAccounts(db: Kysely<DB>): Promise<DemoAccount[]> {
  return db.transaction().execute(async (trx) => {
    const orgIds = new Map<string, number>();
    for (const org of ORGANIZATIONS) orgIds.set(org.key, await seedDemoOrganization(trx, org));
    for (const account of DEMO_ACCOUNTS) {
      const exists = await trx.selectFrom('accounts').select('id').where('username_key', '=', account.username).executeTakeFirst();
      if (exists) continue;
      // A village liaison waits for the villages, which npm start loads after it starts serving.
      if (account.scopeRegionCode) {
        const region = await trx.selectFrom('regions').select('code').where('code', '=', account.scopeRegionCode).executeTakeFirst();
        if (!region) continue;
      }
      await createAccount(trx, SYSTEM_CONTEXT, {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        password: DEMO_PASSWORD,
        departmentKind: account.departmentKind ?? null,
        scopeRegionCode: account.scopeRegionCode ?? null,
        organizationId: account.organization ? (orgIds.get(account.organization) ?? null) : null,
      });
    }
    await seedDemoCaringProfile(trx);
    return DEMO_ACCOUNTS;
  });
}

/** The demo caring individual's profile: a fictional name and mobile in Wuxi county, interested in two fields. */
async function seedDemoCaringProfile(trx: Kysely<DB>): Promise<void> {
  const account = await trx.selectFrom('accounts').select('id').where('username_key', '=', 'caring').executeTakeFirst();
  if (!account) return;
  const profile = await trx
    .insertInto('caring_individuals')
    .values({ account_id: account.id, real_name: '林爱华', mobile: '13800000000', region_code: '500238' })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!profile) return;
  const fieldCodes = ['education', 'volunteering'];
  await trx.insertInto('caring_individual_fields').values(fieldCodes.map((code) => ({ account_id: account.id, key_field_code: code }))).execute();
  await recordAudit(trx, SYSTEM_CONTEXT, {
    action: 'create', entityType: 'caring_individual', entityId: account.id, regionCode: profile.region_code,
    after: { real_name: profile.real_name, mobile: '138****0000', region_code: profile.region_code, field_codes: fieldCodes },
  });
}

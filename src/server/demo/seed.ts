// Demo data for `npm start` on the embedded database: fictional organizations and one account per role.
// Every demo account shares one published password; outside the demo no default password exists anywhere.
import type { Kysely } from 'kysely';
import { withCreditCheckChar } from '../../common/credit-code.ts';
import type { DepartmentKind, OrganizationForm, Role } from '../../common/glossary.ts';
import type { DB } from '../db/types.ts';
import { SYSTEM_CONTEXT } from '../platform/context.ts';
import { recordAudit } from '../platform/audit.ts';
import { createAccount } from '../modules/accounts/service.ts';

export const DEMO_PASSWORD = 'Demo-2026-bf';

interface DemoOrganization {
  key: string;
  name: string;
  creditCode17: string;
  form: OrganizationForm;
  registrationRegionCode: string;
}

// Fictional names; codes are made-up 17-character prefixes completed with a valid GB 32100 check character.
const ORGANIZATIONS: DemoOrganization[] = [
  { key: 'shancheng', name: '重庆山城乡村发展基金会（演示）', creditCode17: '53500000MJP100015', form: 'foundation', registrationRegionCode: '50' },
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
];

/** Creates what is missing; an existing demo account (maybe with a changed password) is left as it is. */
export async function seedDemo(db: Kysely<DB>): Promise<DemoAccount[]> {
  return db.transaction().execute(async (trx) => {
    const orgIds = new Map<string, number>();
    for (const org of ORGANIZATIONS) {
      const creditCode = withCreditCheckChar(org.creditCode17);
      let row = await trx.selectFrom('organizations').select('id').where('credit_code', '=', creditCode).executeTakeFirst();
      if (!row) {
        const created = await trx
          .insertInto('organizations')
          .values({ name: org.name, credit_code: creditCode, form: org.form, registration_region_code: org.registrationRegionCode })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, SYSTEM_CONTEXT, {
          action: 'create', entityType: 'organization', entityId: created.id,
          regionCode: created.registration_region_code, organizationId: created.id, after: created,
        });
        row = created;
      }
      orgIds.set(org.key, row.id);
    }
    for (const account of DEMO_ACCOUNTS) {
      const exists = await trx.selectFrom('accounts').select('id').where('username_key', '=', account.username).executeTakeFirst();
      if (exists) continue;
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
    return DEMO_ACCOUNTS;
  });
}

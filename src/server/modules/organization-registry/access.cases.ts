import { withCreditCheckChar } from '../../../common/credit-code.ts';
import type { AccessCases } from '../../../../test/support/access.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { nameColumns } from '../organizations/names.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;
const SHEET = '组织名称,统一社会信用代码,组织形式,登记管理机关,业务领域,服务地区,联系人,联系电话\n';

const cases: AccessCases = async (t) => {
  // An imported organization without accounts: the first caller claims it, everyone after is told it is claimed.
  const creditCode = withCreditCheckChar('51500238MJA9ACC01');
  await t.database.db
    .insertInto('organizations')
    .values({
      ...nameColumns('访问测试认领协会（演示）'),
      credit_code: creditCode,
      form: 'association',
      registration_level: 'county',
      registration_region_code: '500238',
      status: 'approved',
      source: 'registry_import',
      contact_name: '访问测试',
      contact_phone: '13900000001',
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const upload = multipart({}, { name: 'registry.csv', bytes: SHEET });
  const claimed = 409;
  return [
    {
      route: 'POST /api/organization-registry/imports',
      payload: upload.payload,
      headers: upload.headers,
      allowed: OFFICIALS,
      okStatus: 202,
    },
    { route: 'GET /api/organization-registry/template', allowed: OFFICIALS },
    {
      route: 'POST /api/organization-registry/claim',
      payload: {
        creditCode,
        contactName: '访问测试',
        contactPhone: '13900000001',
        username: 'access_claim',
        displayName: '认领人',
        password: 'Claim-2026-ok',
      },
      allowed: 'anyone',
      statusFor: {
        department_official: claimed,
        liaison: claimed,
        organization_admin: claimed,
        organization_member: claimed,
        caring_individual: claimed,
      },
    },
  ];
};
export default cases;

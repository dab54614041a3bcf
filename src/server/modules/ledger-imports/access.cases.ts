import type { AccessCases } from '../../../../test/support/access.ts';
import { multipart } from '../../../../test/support/multipart.ts';
import { daysFromToday } from '../../../common/glossary.ts';
import { aidWorkbook, dateCell, importAs } from './test-helpers.ts';

const IMPORTERS = ['platform_admin', 'department_official', 'organization_admin', 'organization_member'] as const;

const cases: AccessCases = async (t) => {
  const row = {
    地区代码: '500238118201',
    帮扶日期: dateCell(daysFromToday(-3)),
    帮扶方式: '捐赠资金',
    重点领域: '教育帮扶',
    '金额（元）': 10,
    帮扶内容: '访问测试',
  };
  const upload = multipart({}, { name: '访问测试.xlsx', bytes: await aidWorkbook([row]) });
  // An import of org_admin with a bad row: its error workbook is org_admin's alone.
  const { jobId } = await importAs(t, 'org_admin', await aidWorkbook([{ ...row, 重点领域: '不存在的领域' }]));
  return [
    { route: 'GET /api/aid-imports/template', allowed: IMPORTERS },
    {
      route: 'POST /api/aid-imports',
      payload: upload.payload,
      headers: upload.headers,
      allowed: IMPORTERS,
      okStatus: 202,
    },
    {
      route: 'GET /api/aid-imports/:jobId/errors',
      url: `/api/aid-imports/${jobId}/errors`,
      allowed: IMPORTERS,
      okStatus: 200,
      statusFor: { platform_admin: 404, department_official: 404, organization_member: 404 },
      outOfScope: [
        { as: 'org_member', why: 'a member of the same organization asking for the administrator’s import' },
        { as: 'wuxi_xczx', why: 'an official asking for an organization’s import' },
      ],
    },
  ];
};
export default cases;

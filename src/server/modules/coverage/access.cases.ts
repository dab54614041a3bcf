import type { AccessCases } from '../../../../test/support/access.ts';
import { CHENGKOU, programIdOf, programWith } from './fixtures.ts';

const OFFICIALS = ['platform_admin', 'department_official'] as const;

const cases: AccessCases = async (t) => {
  const db = t.database.db;
  const program = await programIdOf(db, 'cq-2021-revitalization');
  // A program of 城口县: out of sight for 巫溪县's official (404), as is 城口县 as a filter on a visible program (403).
  const chengkou = await programWith(db, [{ region: CHENGKOU, kind: 'key_county_municipal' }], CHENGKOU);
  const outOfScope = (path: string) => [
    { as: 'wuxi_xczx' as const, url: `${path}?programId=${chengkou}`, why: '巫溪县的工作人员看城口县的计划' },
    {
      as: 'wuxi_xczx' as const,
      url: `${path}?programId=${program}&region=${CHENGKOU}`,
      why: '巫溪县的工作人员看城口县的覆盖',
    },
  ];
  return [
    {
      route: 'GET /api/coverage',
      url: `/api/coverage?programId=${program}`,
      allowed: OFFICIALS,
      outOfScope: outOfScope('/api/coverage'),
    },
    {
      route: 'GET /api/coverage/counties',
      url: `/api/coverage/counties?programId=${program}`,
      allowed: OFFICIALS,
      outOfScope: outOfScope('/api/coverage/counties'),
    },
    {
      route: 'GET /api/coverage/areas',
      url: `/api/coverage/areas?programId=${program}`,
      allowed: OFFICIALS,
      outOfScope: [
        ...outOfScope('/api/coverage/areas'),
        {
          as: 'wuxi_xczx',
          url: `/api/coverage/areas?programId=${program}&county=${CHENGKOU}`,
          why: '巫溪县的工作人员按城口县筛选',
        },
      ],
    },
    {
      route: 'POST /api/coverage/export',
      payload: { programId: program },
      allowed: OFFICIALS,
      okStatus: 202,
      outOfScope: [
        { as: 'wuxi_xczx', payload: { programId: chengkou }, why: '巫溪县的工作人员导出城口县的计划' },
        { as: 'wuxi_xczx', payload: { programId: program, region: CHENGKOU }, why: '巫溪县的工作人员导出城口县的覆盖' },
      ],
    },
  ];
};

export default cases;
